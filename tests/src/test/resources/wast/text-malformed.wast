;; Text-format errors and the spec's messages for them: identifiers (duplicate, unknown),
;; labels, type uses, import order, literals and memargs, names, and lexical structure.
;; A numeric index out of range is not a text error but a validation one.

(assert_malformed (module quote "(func $f) (func $f)") "duplicate func")
(assert_malformed (module quote "(func (param $x i32) (local $x i32))") "duplicate local")
(assert_malformed (module quote "(type $t (func)) (type $t (func))") "duplicate type")
(assert_malformed (module quote "(elem $e func) (elem $e func)") "duplicate elem")
(assert_malformed (module quote "(data $d \"\") (data $d \"\")") "duplicate data")
(assert_malformed (module quote "(func (call $nowhere))") "unknown function")
(assert_malformed (module quote "(func (drop (local.get $x)))") "unknown local")
(assert_malformed (module quote "(func (drop (global.get $g)))") "unknown global")
(assert_malformed (module quote "(func (type $t))") "unknown type")
(assert_malformed (module quote "(func (data.drop $d))") "unknown data segment")
(assert_malformed (module quote "(func (block $a (br $b)))") "unknown label")
(assert_malformed (module quote "(func block $a end $b)") "mismatching label")
(assert_malformed (module quote "(func (i32.const 1) if $a else $b end)") "mismatching label")
(assert_malformed (module quote "(type $t (func (param i32))) (func (type $t) (param i64))") "inline function type")
(assert_malformed (module quote "(func (result i32) (param i32) (i32.const 0))") "unexpected token")
(assert_malformed (module quote "(global i32 (i32.const 0)) (import \"m\" \"g\" (global i32))") "import after global")
(assert_malformed (module quote "(memory 1) (func (import \"m\" \"f\"))") "import after memory")
(assert_malformed (module quote "(memory 1) (func (drop (i32.load align=3 (i32.const 0))))") "alignment")
(assert_malformed (module quote "(memory 1) (func (drop (i32.load offset=0x1_0000_0000 (i32.const 0))))") "i32 constant out of range")
(assert_malformed (module quote "(func (export \"\\ff\"))") "malformed UTF-8 encoding")
(assert_malformed (module quote "(func (i32.fancy))") "unknown operator")
(assert_malformed (module quote "(func (f32.const nan:canonical) drop)") "unexpected token")
(assert_malformed (module quote "(func) (; unclosed (; nested ;) comment") "unexpected token")

;; Nested block comments and numeric indices out of range are fine for the text format.
(module (; outer (; inner ;) still outer ;) (func (export "f") (result i32) (i32.const 5)))
(assert_return (invoke "f") (i32.const 5))
(assert_invalid (module (func (call 7))) "unknown function")
(assert_invalid (module (func (drop (local.get 3)))) "unknown local")
