;; A one-slot mailbox between a producer and a consumer thread, with memory.atomic.wait/notify:
;; full flag at 0 (0 empty, 1 full), the value at 4. The producer sends 1..100, the consumer sums.
(module $M
  (memory (export "shared") 1 1 shared)

  (func (export "produce")
    (local $i i32)
    (local.set $i (i32.const 1))
    (loop $next
      ;; wait while the mailbox is full
      (block $empty
        (loop $check
          (br_if $empty (i32.eqz (i32.atomic.load (i32.const 0))))
          (drop (memory.atomic.wait32 (i32.const 0) (i32.const 1) (i64.const -1)))
          (br $check)))
      (i32.store (i32.const 4) (local.get $i))
      (i32.atomic.store (i32.const 0) (i32.const 1))
      (drop (memory.atomic.notify (i32.const 0) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.le_u (local.get $i) (i32.const 100)))))

  (func (export "consume") (result i32)
    (local $n i32) (local $sum i32)
    (loop $next
      ;; wait while the mailbox is empty
      (block $full
        (loop $check
          (br_if $full (i32.eq (i32.atomic.load (i32.const 0)) (i32.const 1)))
          (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
          (br $check)))
      (local.set $sum (i32.add (local.get $sum) (i32.load (i32.const 4))))
      (i32.atomic.store (i32.const 0) (i32.const 0))
      (drop (memory.atomic.notify (i32.const 0) (i32.const 1)))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $n) (i32.const 100))))
    (local.get $sum))
)

(thread $Consumer (shared (module $M))
  (assert_return (invoke $M "consume") (i32.const 5050))
)
(thread $Producer (shared (module $M))
  (invoke $M "produce")
)
(wait $Producer)
(wait $Consumer)
