;; Four threads add 1 to one counter 1000 times each with atomic.rmw.add, preempted in their
;; loops (the scheduler's budget), so their turns interleave: no increment may be lost. A fifth
;; thread does the same with i64 cmpxchg loops at another address.
(module $M
  (memory (export "shared") 1 1 shared)

  (func (export "add") (param $n i32)
    (loop $again
      (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $again (local.get $n))))

  (func (export "cas-add") (param $n i32)
    (local $old i64)
    (loop $again
      (loop $retry
        (local.set $old (i64.atomic.load (i32.const 8)))
        (br_if $retry (i64.ne (i64.atomic.rmw.cmpxchg (i32.const 8) (local.get $old) (i64.add (local.get $old) (i64.const 1)))
                              (local.get $old))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $again (local.get $n))))

  (func (export "counter") (result i32) (i32.atomic.load (i32.const 0)))
  (func (export "cas-counter") (result i64) (i64.atomic.load (i32.const 8)))
)

(thread $T1 (shared (module $M)) (invoke $M "add" (i32.const 1000)) (invoke $M "cas-add" (i32.const 100)))
(thread $T2 (shared (module $M)) (invoke $M "add" (i32.const 1000)) (invoke $M "cas-add" (i32.const 100)))
(thread $T3 (shared (module $M)) (invoke $M "add" (i32.const 1000)) (invoke $M "cas-add" (i32.const 100)))
(thread $T4 (shared (module $M)) (invoke $M "add" (i32.const 1000)) (invoke $M "cas-add" (i32.const 100)))
(wait $T1)
(wait $T2)
(wait $T3)
(wait $T4)
(assert_return (invoke $M "counter") (i32.const 4000))
(assert_return (invoke $M "cas-counter") (i64.const 400))
