;; Sleeping by waiting on an address nobody notifies, with a timeout in nanoseconds.
(module
  (memory 1 1 shared)
  (func (export "sleep") (param $nanos i64) (result i32)
    (memory.atomic.wait64 (i32.const 0) (i64.const 0) (local.get $nanos)))
)
