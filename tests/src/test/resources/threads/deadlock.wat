;; Two threads that each wait for the other: $consumer waits at 0 for a value only $producer
;; would store after its own wait at 4, which only $consumer would end.
(module
  (memory 1 1 shared)
  (func $await_item (result i32)
    (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
  (func $consumer (export "consumer") (result i32)
    (call $await_item))
  (func $await_space (result i32)
    (memory.atomic.wait32 (i32.const 4) (i32.const 0) (i64.const -1)))
  (func $producer (export "producer") (result i32)
    (call $await_space))
  ;; what the host can do after the report: wake one waiter at an address
  (func (export "wake") (param i32) (result i32)
    (memory.atomic.notify (local.get 0) (i32.const 1)))
)
