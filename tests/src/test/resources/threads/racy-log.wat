;; A racy program: each worker appends its id to a shared log n times, taking a slot with an
;; atomic add. Which thread gets which slot depends only on the schedule.
(module
  (memory (export "memory") 1 1 shared)
  (func (export "worker") (param $id i32) (param $n i32)
    (loop $again
      (i32.store8 offset=16 (i32.atomic.rmw.add (i32.const 0) (i32.const 1)) (local.get $id))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $again (local.get $n))))
  (func (export "length") (result i32) (i32.atomic.load (i32.const 0)))
)
