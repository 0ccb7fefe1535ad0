;; Calls from the host into wasm, the reverse of hostcall.wat: the host runs the loop and calls the
;; exported step(h, i) -> i32 once per iteration, size = number of calls. step is hostcall's mix,
;; (h * 31 + i) ^ (h >>> 3) on 32-bit integers, and each driver (SideBySide.java, runner.mjs)
;; folds the results as hostcall.wat's loop does, so both kernels give the same checksum for the
;; same size. A module that exports step and no kernel is driven this way by both harnesses.
(module
  (func (export "step") (param $h i32) (param $i i32) (result i32)
    (i32.xor
      (i32.add (i32.mul (local.get $h) (i32.const 31)) (local.get $i))
      (i32.shr_u (local.get $h) (i32.const 3)))))
