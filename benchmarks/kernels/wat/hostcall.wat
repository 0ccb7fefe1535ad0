;; Calls from wasm to the host: a loop that calls the imported env.mix(a, b) -> i32 once per
;; iteration, size = number of calls. Each engine implements mix with its own host mechanism
;; (a Java function for the Truffle engines, a JavaScript function on Node), always as
;; mix(a, b) = (a * 31 + b) ^ (a >>> 3) on 32-bit integers, so the checksums agree.
(module
  (import "env" "mix" (func $mix (param i32 i32) (result i32)))
  (func (export "kernel") (param $calls i32) (result i64)
    (local $i i32) (local $h i32) (local $sum i64)
    (local.set $h (i32.const 17))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $calls)))
        (local.set $h (call $mix (local.get $h) (local.get $i)))
        (local.set $sum (i64.add (local.get $sum) (i64.extend_i32_u (local.get $h))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.xor (local.get $sum) (i64.shl (i64.extend_i32_u (local.get $h)) (i64.const 32)))))
