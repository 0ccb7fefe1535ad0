;; worker(id): asks the host's fetch for three parts, logs each reply, stores the sum at 4 * id
;; (the script reads the sums with memory.read).
(module
  (import "env" "fetch" (func $fetch (param i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32 i32)))
  (memory (export "memory") 1)
  (func (export "worker") (param $id i32) (result i32)
    (local $part i32) (local $reply i32) (local $sum i32)
    (loop $next
      (local.set $reply (call $fetch (local.get $id) (local.get $part)))
      (call $log (local.get $id) (local.get $reply))
      (local.set $sum (i32.add (local.get $sum) (local.get $reply)))
      (local.set $part (i32.add (local.get $part) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $part) (i32.const 3))))
    (i32.store (i32.shl (local.get $id) (i32.const 2)) (local.get $sum))
    (local.get $sum)))
