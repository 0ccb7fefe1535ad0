;; Threads that spin in plain loops: without preemption the first would never let the second run.
(module
  (memory 1 1 shared)
  (func (export "spin_until_flag") (result i32)
    (local $spins i32)
    (loop $again
      (local.set $spins (i32.add (local.get $spins) (i32.const 1)))
      (br_if $again (i32.eqz (i32.atomic.load (i32.const 0)))))
    (local.get $spins))
  (func (export "set_flag")
    (i32.atomic.store (i32.const 0) (i32.const 1)))
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "trap") (result i32) (unreachable))
)
