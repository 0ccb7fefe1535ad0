;; The text format's abbreviations and symbolic references, each checked by running the code:
;; inline imports/exports, inline element and data segments, offset/item shorthands, implicit
;; type definitions, labels by name (incl. shadowing), folded and plain block syntax,
;; multi-value block types, typed select, memargs, and string escapes.

(module $m
  (type $ii (func (param i32) (result i32)))
  (import "spectest" "global_i32" (global $g666 i32))
  (func $twice (import "spectest" "print_i32") (param i32))
  (global $counter (export "counter") (mut i32) (i32.const 0))
  (table $t (export "table") funcref (elem $inc $dec))
  (memory $mem (export "mem") (data "\00\01\t\n\r\"\'\\\ff" "\u{1F600}" "\u{7f}"))
  (elem declare func $inc)

  (func $inc (type $ii) (i32.add (local.get 0) (i32.const 1)))
  (func $dec (param $x i32) (result i32) (i32.sub (local.get $x) (i32.const 1)))

  (func (export "call-table") (param $i i32) (param $v i32) (result i32)
    (call_indirect $t (type $ii) (local.get $v) (local.get $i)))
  (func (export "imported-global") (result i32) (global.get $g666))
  (func (export "byte") (param i32) (result i32) (i32.load8_u offset=0 align=1 (local.get 0)))
  (func (export "word") (result i32) (i32.load offset=4 (i32.const 0)))

  ;; Labels: names resolve to the innermost binding, and end/else may repeat them.
  (func (export "labels") (param i32) (result i32)
    (block $out (result i32)
      (block $out (result i32)
        (br_if $out (i32.const 10) (local.get 0))
        drop
        (br 1 (i32.const 20)))
      (i32.add (i32.const 100))))
  (func (export "plain-if") (param i32) (result i32)
    local.get 0
    if $l (result i32)
      i32.const 1
    else $l
      i32.const 2
    end $l)
  (func (export "br-table") (param i32) (result i32)
    block $a block $b block $c
      (br_table $a $b $c (local.get 0))
    end $c (return (i32.const 3))
    end $b (return (i32.const 2))
    end $a (i32.const 1))

  ;; Multi-value block with parameters: an implicit type [i32 i32] -> [i32 i32].
  (func (export "swap") (param i32 i32) (result i32 i32)
    (local.get 0) (local.get 1)
    (block (param i32 i32) (result i32 i32)
      (local.set 0) (local.set 1) (local.get 0) (local.get 1)))
  (func (export "select-typed") (param i32) (result externref)
    (select (result externref) (ref.null extern) (ref.null extern) (local.get 0)))
  (func (export "ref-func") (result funcref) (ref.func $inc))
  (func (export "table-size") (result i32) (table.size $t))
  (func (export "global-inc") (result i32)
    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
    (global.get $counter))
)

(assert_return (invoke "call-table" (i32.const 0) (i32.const 41)) (i32.const 42))
(assert_return (invoke "call-table" (i32.const 1) (i32.const 43)) (i32.const 42))
(assert_return (invoke "imported-global") (i32.const 666))
(assert_return (invoke "byte" (i32.const 0)) (i32.const 0))
(assert_return (invoke "byte" (i32.const 2)) (i32.const 9))
(assert_return (invoke "byte" (i32.const 5)) (i32.const 34))
(assert_return (invoke "byte" (i32.const 6)) (i32.const 39))
(assert_return (invoke "byte" (i32.const 7)) (i32.const 92))
(assert_return (invoke "byte" (i32.const 8)) (i32.const 255))
(assert_return (invoke "byte" (i32.const 9)) (i32.const 0xf0))
(assert_return (invoke "byte" (i32.const 12)) (i32.const 0x80))
(assert_return (invoke "byte" (i32.const 13)) (i32.const 0x7f))
(assert_return (invoke "word") (i32.const 0x5c_27_22_0d))
(assert_return (invoke "labels" (i32.const 1)) (i32.const 110))
(assert_return (invoke "labels" (i32.const 0)) (i32.const 20))
(assert_return (invoke "plain-if" (i32.const 1)) (i32.const 1))
(assert_return (invoke "plain-if" (i32.const 0)) (i32.const 2))
(assert_return (invoke "br-table" (i32.const 0)) (i32.const 1))
(assert_return (invoke "br-table" (i32.const 1)) (i32.const 2))
(assert_return (invoke "br-table" (i32.const 2)) (i32.const 3))
(assert_return (invoke "br-table" (i32.const 7)) (i32.const 3))
(assert_return (invoke "swap" (i32.const 1) (i32.const 2)) (i32.const 2) (i32.const 1))
(assert_return (invoke "select-typed" (i32.const 1)) (ref.null extern))
(assert_return (invoke "ref-func") (ref.func))
(assert_return (invoke "table-size") (i32.const 2))
(assert_return (invoke "global-inc") (i32.const 1))
(assert_return (get "counter") (i32.const 1))

;; Element segments in all their forms, and data segments with explicit memory and offset.
(module
  (table $t 8 funcref)
  (memory $m 1)
  (func $f1 (result i32) (i32.const 1))
  (func $f2 (result i32) (i32.const 2))
  (elem (i32.const 0) $f1)
  (elem (table $t) (offset (i32.const 1)) func $f2)
  (elem (table $t) (i32.const 2) funcref (ref.func $f1) (item ref.func $f2) (item (ref.null func)))
  (elem $passive funcref (ref.func $f2))
  (data (memory $m) (offset (i32.const 16)) "ab" "c")
  (data $later "xyz")
  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
  (func (export "init") (table.init $t $passive (i32.const 5) (i32.const 0) (i32.const 1)))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "data-init") (memory.init $later (i32.const 100) (i32.const 1) (i32.const 2)))
)
(assert_return (invoke "call" (i32.const 0)) (i32.const 1))
(assert_return (invoke "call" (i32.const 1)) (i32.const 2))
(assert_return (invoke "call" (i32.const 2)) (i32.const 1))
(assert_return (invoke "call" (i32.const 3)) (i32.const 2))
(assert_trap (invoke "call" (i32.const 4)) "uninitialized element")
(assert_return (invoke "init"))
(assert_return (invoke "call" (i32.const 5)) (i32.const 2))
(assert_return (invoke "load" (i32.const 18)) (i32.const 0x63))
(assert_return (invoke "data-init"))
(assert_return (invoke "load" (i32.const 100)) (i32.const 0x79))
(assert_return (invoke "load" (i32.const 101)) (i32.const 0x7a))

;; A function defined only by its inline import and export.
(module (func (export "print") (import "spectest" "print_i32") (param i32)))
(assert_return (invoke "print" (i32.const 7)))
