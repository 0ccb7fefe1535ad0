;; An echo client: each call of "client" asks the host's async "echo" import `calls` times and
;; sums the replies; after every reply it appends its id to a log in shared memory, so the order
;; in which replies reached the threads can be read back.
(module
  (import "env" "echo" (func $echo (param i32 i32) (result i32)))
  (memory (export "memory") 1 1 shared)

  (func (export "client") (param $id i32) (param $calls i32) (result i32)
    (local $i i32) (local $sum i32) (local $slot i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $calls)))
        (local.set $sum (i32.add (local.get $sum) (call $echo (local.get $id) (local.get $i))))
        ;; log[slot] = id, slot taken from the counter at address 0; the log starts at 16
        (local.set $slot (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
        (i32.store (i32.add (i32.const 16) (i32.shl (local.get $slot) (i32.const 2))) (local.get $id))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $sum))

  (func (export "logged") (result i32)
    (i32.atomic.load (i32.const 0)))

  (func (export "logEntry") (param $slot i32) (result i32)
    (i32.load (i32.add (i32.const 16) (i32.shl (local.get $slot) (i32.const 2))))))
