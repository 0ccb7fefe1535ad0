;; A one-shot barrier for four threads: each arrives (atomic add); the last one bumps the
;; generation at 4 and wakes everybody (notify with the largest count); the others wait while the
;; generation is 0. After the barrier every thread must see all four arrivals.
(module $M
  (memory (export "shared") 1 1 shared)

  (func (export "arrive") (result i32)
    (if (i32.eq (i32.atomic.rmw.add (i32.const 0) (i32.const 1)) (i32.const 3))
      (then
        (i32.atomic.store (i32.const 4) (i32.const 1))
        (drop (memory.atomic.notify (i32.const 4) (i32.const -1))))
      (else
        (loop $check
          (if (i32.eqz (i32.atomic.load (i32.const 4)))
            (then
              (drop (memory.atomic.wait32 (i32.const 4) (i32.const 0) (i64.const -1)))
              (br $check))))))
    (i32.atomic.load (i32.const 0)))
)

(thread $T1 (shared (module $M)) (assert_return (invoke $M "arrive") (i32.const 4)))
(thread $T2 (shared (module $M)) (assert_return (invoke $M "arrive") (i32.const 4)))
(thread $T3 (shared (module $M)) (assert_return (invoke $M "arrive") (i32.const 4)))
(thread $T4 (shared (module $M)) (assert_return (invoke $M "arrive") (i32.const 4)))
(wait $T1)
(wait $T2)
(wait $T3)
(wait $T4)
