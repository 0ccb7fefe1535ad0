;; Loads and stores skip the look at the current size below the minimum of the module's memory
;; type. An imported memory can be larger than its import asks and grow later; accesses between
;; the import's minimum and the actual size must work, and the traps must stay exact at the end.
(module $exporter (memory (export "mem") 2))
(register "exporter" $exporter)

(module
  (import "exporter" "mem" (memory 1))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "load8") (param i32) (result i32) (i32.load8_u offset=65535 (local.get 0)))
  (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  ;; A masked index the compiler can bound below the minimum: no check is left in compiled code.
  (func (export "masked") (param i32) (result i32)
    (i32.load (i32.and (local.get 0) (i32.const 0xFFFC)))))

(assert_return (invoke "load" (i32.const 65532)) (i32.const 0))
(assert_return (invoke "store" (i32.const 100000) (i32.const 7)))
(assert_return (invoke "load" (i32.const 100000)) (i32.const 7))
(assert_return (invoke "load8" (i32.const 34465)) (i32.const 7))
(assert_return (invoke "load" (i32.const 131068)) (i32.const 0))
(assert_trap (invoke "load" (i32.const 131069)) "out of bounds memory access")
(assert_trap (invoke "store" (i32.const 131069) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "load8" (i32.const 65537)) "out of bounds memory access")
(assert_return (invoke "grow" (i32.const 1)) (i32.const 2))
(assert_return (invoke "store" (i32.const 196604) (i32.const 9)))
(assert_return (invoke "load" (i32.const 196604)) (i32.const 9))
(assert_trap (invoke "load" (i32.const 196605)) "out of bounds memory access")
(assert_trap (invoke "load" (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "store" (i32.const 34464) (i32.const 5)))
(assert_return (invoke "masked" (i32.const 100000)) (i32.const 5))
(assert_return (invoke "masked" (i32.const -1)) (i32.const 0))

;; A memory of minimum 0: every access looks at the current size.
(module
  (memory 0)
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
(assert_trap (invoke "load" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "grow" (i32.const 1)) (i32.const 0))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0))
(assert_trap (invoke "load" (i32.const 65533)) "out of bounds memory access")
