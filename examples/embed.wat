;; The module of the README's "Embedding in five lines": it imports a function from the host and
;; exports one to call, directly or as a wasm thread.
(module
  (import "env" "log" (func $log (param i32)))
  (func $fib (param $n i32) (result i32)
    (if (result i32) (i32.lt_s (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else
        (i32.add
          (call $fib (i32.sub (local.get $n) (i32.const 1)))
          (call $fib (i32.sub (local.get $n) (i32.const 2)))))))
  ;; fib(n), also handed to the host's log before it is returned
  (func (export "fib") (param $n i32) (result i32)
    (local $result i32)
    (local.set $result (call $fib (local.get $n)))
    (call $log (local.get $result))
    (local.get $result)))
