;; memory.atomic.notify returns how many it woke, wakes at most its count, oldest waiter first.
;; Each waiter takes a ticket (atomic add at 0) right before it waits at 8, with no scheduling point
;; in between, so once three tickets are out all three are parked in ticket order. The notifier
;; wakes them one at a time and lets each record its wake-up (atomic add at 4): every waiter must
;; wake in its ticket's turn (FIFO).
(module $M
  (memory (export "shared") 1 1 shared)

  (func (export "waiter") (result i32)
    (local $ticket i32)
    (local.set $ticket (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
    (drop (memory.atomic.wait32 (i32.const 8) (i32.const 0) (i64.const -1)))
    (i32.eq (i32.atomic.rmw.add (i32.const 4) (i32.const 1)) (local.get $ticket)))

  (func $spin-until (param $addr i32) (param $value i32)
    (loop $again
      (br_if $again (i32.ne (i32.atomic.load (local.get $addr)) (local.get $value)))))

  ;; wakes the waiters one by one; returns the three notify results and one of an empty queue
  (func (export "notifier") (result i32 i32 i32 i32)
    (call $spin-until (i32.const 0) (i32.const 3))
    (memory.atomic.notify (i32.const 8) (i32.const 1))
    (call $spin-until (i32.const 4) (i32.const 1))
    (memory.atomic.notify (i32.const 8) (i32.const 1))
    (call $spin-until (i32.const 4) (i32.const 2))
    (memory.atomic.notify (i32.const 8) (i32.const 5))
    (call $spin-until (i32.const 4) (i32.const 3))
    (memory.atomic.notify (i32.const 8) (i32.const 5)))

  ;; notify on an address nobody waits at, and with count 0
  (func (export "notify") (param i32 i32) (result i32)
    (memory.atomic.notify (local.get 0) (local.get 1)))
)

(assert_return (invoke $M "notify" (i32.const 8) (i32.const 0)) (i32.const 0))
(assert_return (invoke $M "notify" (i32.const 12) (i32.const 1)) (i32.const 0))

(thread $W1 (shared (module $M)) (assert_return (invoke $M "waiter") (i32.const 1)))
(thread $W2 (shared (module $M)) (assert_return (invoke $M "waiter") (i32.const 1)))
(thread $W3 (shared (module $M)) (assert_return (invoke $M "waiter") (i32.const 1)))
(thread $N (shared (module $M))
  (assert_return (invoke $M "notifier") (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 0))
)
(wait $N)
(wait $W1)
(wait $W2)
(wait $W3)
