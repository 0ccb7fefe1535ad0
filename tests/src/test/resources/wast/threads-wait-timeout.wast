;; memory.atomic.wait timeouts, in a wasm thread and on the host (the script's main line runs on
;; the host: its waits run a stand-in wasm thread, see runtime.WasmThreads).
(module $M
  (memory (export "shared") 1 1 shared)
  (func (export "wait32") (param i32 i32 i64) (result i32)
    (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "wait64") (param i32 i64 i64) (result i32)
    (memory.atomic.wait64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "notify") (param i32 i32) (result i32)
    (memory.atomic.notify (local.get 0) (local.get 1)))
  ;; spins (preemption lets the waiter run) until a notify at 32 wakes somebody
  (func (export "notify-until-one")
    (loop $again
      (br_if $again (i32.eqz (memory.atomic.notify (i32.const 32) (i32.const 1))))))
)

;; host side: not-equal, zero timeout, a short timeout
(assert_return (invoke $M "wait32" (i32.const 0) (i32.const 1) (i64.const -1)) (i32.const 1))
(assert_return (invoke $M "wait32" (i32.const 0) (i32.const 0) (i64.const 0)) (i32.const 2))
(assert_return (invoke $M "wait32" (i32.const 0) (i32.const 0) (i64.const 1000)) (i32.const 2))
(assert_return (invoke $M "wait64" (i32.const 8) (i64.const 0) (i64.const 1000)) (i32.const 2))

;; in a thread: a short timeout passes while nobody notifies
(thread $T1 (shared (module $M))
  (assert_return (invoke $M "wait32" (i32.const 16) (i32.const 0) (i64.const 5000)) (i32.const 2))
  (assert_return (invoke $M "wait64" (i32.const 24) (i64.const 0) (i64.const 5000)) (i32.const 2))
)
(wait $T1)

;; a timed wait that is notified first returns 0 (a minute of timeout: the notify comes long before)
(thread $T2 (shared (module $M))
  (assert_return (invoke $M "wait32" (i32.const 32) (i32.const 0) (i64.const 60_000_000_000)) (i32.const 0))
)
(thread $T3 (shared (module $M))
  (invoke $M "notify-until-one")
)
(wait $T2)
(wait $T3)
