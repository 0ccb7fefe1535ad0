;; Exports, an import and a memory for the JavaScript and Python tests: "addOne" calls the host's
;; env.add, "greet" writes "hello" into memory at 0, "square" is pure wasm.
(module
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global (export "answer") i32 (i32.const 42))
  (func (export "addOne") (param i32) (result i32)
    (call $add (local.get 0) (i32.const 1)))
  (func (export "square") (param i64) (result i64)
    (i64.mul (local.get 0) (local.get 0)))
  (func (export "greet")
    (i32.store (i32.const 0) (i32.const 0x6c6c6568)) ;; "hell"
    (i32.store8 (i32.const 4) (i32.const 0x6f))))     ;; "o"
