;; An innermost loop clears the locals it writes that are dead where an iteration starts (the
;; compiler's liveness analysis, LocalLiveness). Each function below has a loop with both kinds:
;; locals live at the loop's start on some path (into the next iteration, out through the exit, a
;; branch out, a return, one arm of an if) that must keep their values, and temporaries that are
;; written before every read and get cleared. A wrong analysis changes the results.
(module
  (memory 1)
  ;; bounds every loop, so that a wrongly cleared counter traps instead of spinning
  (global $fuel (mut i32) (i32.const 0))
  (func $tick
    (if (i32.eqz (global.get $fuel)) (then (unreachable)))
    (global.set $fuel (i32.sub (global.get $fuel) (i32.const 1))))
  ;; x leaves through the exit, which comes before the write in an iteration
  (func (export "exit-before-write") (param $n i32) (result i32)
    (local $i i32) (local $x i32)
    (global.set $fuel (i32.const 1000000))
    (local.set $x (i32.const 100))
    (block $out
      (loop $top
        (call $tick)
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.mul (local.get $i) (i32.const 3)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $top)))
    (local.get $x))

  ;; acc and n go round the loop; t is a temporary
  (func (export "carried") (param $n i32) (result i32)
    (local $acc i32) (local $t i32)
    (global.set $fuel (i32.const 1000000))
    (loop $top
      (call $tick)
      (local.set $t (i32.mul (local.get $n) (local.get $n)))
      (local.set $acc (i32.add (local.get $acc) (local.get $t)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $top (local.get $n)))
    (local.get $acc))

  ;; only one arm of the if writes x, so x reaches the next iteration unwritten on the other
  (func (export "one-arm") (param $n i32) (result i32)
    (local $x i32) (local $i i32)
    (global.set $fuel (i32.const 1000000))
    (local.set $x (i32.const 7))
    (loop $top
      (call $tick)
      (if (i32.eq (local.get $i) (i32.const 2))
        (then (local.set $x (i32.add (local.get $x) (i32.const 10)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $top (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $x))

  ;; x is written before every branch, so it is dead at the start and cleared; the br_table
  ;; leaves to one of two blocks with this iteration's x
  (func (export "table-out") (param $n i32) (result i32)
    (local $x i32) (local $i i32)
    (global.set $fuel (i32.const 1000000))
    (block $b1
      (block $b0
        (loop $top
          (call $tick)
          (local.set $x (i32.add (local.get $i) (i32.const 40)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_table $top $b0 $b1
            (select (i32.add (i32.and (local.get $i) (i32.const 1)) (i32.const 1))
                    (i32.const 0)
                    (i32.ge_u (local.get $i) (local.get $n))))))
      (return (i32.add (local.get $x) (i32.const 1000))))
    (i32.add (local.get $x) (i32.const 2000)))

  ;; prev, written in an earlier iteration, is returned from inside the loop
  (func (export "return-inside") (param $n i32) (result i32)
    (local $prev i32) (local $i i32)
    (global.set $fuel (i32.const 1000000))
    (loop $top
      (call $tick)
      (if (i32.eq (local.get $i) (local.get $n))
        (then (return (local.get $prev))))
      (local.set $prev (i32.mul (local.get $i) (i32.const 5)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $top))
    (i32.const -1))

  ;; the inner loop writes y before reading it (cleared there); the outer loop, which is not
  ;; innermost and clears nothing, reads the inner loop's last y
  (func (export "inner-last") (param $n i32) (result i32)
    (local $i i32) (local $j i32) (local $y i32) (local $sum i32)
    (global.set $fuel (i32.const 1000000))
    (loop $outer
      (call $tick)
      (local.set $j (i32.const 0))
      (loop $inner
        (call $tick)
        (local.set $y (i32.add (i32.mul (local.get $i) (i32.const 10)) (local.get $j)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $inner (i32.lt_u (local.get $j) (i32.const 3))))
      (local.set $sum (i32.add (local.get $sum) (local.get $y)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $sum))

  ;; f64 temporaries like nbody's: d is cleared at the start and read after the loop; the
  ;; parameter x is carried
  (func (export "f64-temps") (param $n i32) (param $x f64) (result f64)
    (local $d f64) (local $acc f64)
    (global.set $fuel (i32.const 1000000))
    (loop $top
      (call $tick)
      (local.set $d (f64.sub (local.get $x) (f64.convert_i32_u (local.get $n))))
      (local.set $acc (f64.add (local.get $acc) (f64.mul (local.get $d) (local.get $d))))
      (local.set $x (f64.mul (local.get $x) (f64.const 0.5)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $top (local.get $n)))
    (f64.add (local.get $acc) (local.get $d)))

  ;; a local.tee writes too: s is written by the tee before any read in an iteration
  (func (export "tee-temp") (param $n i32) (result i64)
    (local $s i64) (local $total i64)
    (global.set $fuel (i32.const 1000000))
    (loop $top
      (call $tick)
      (local.set $total
        (i64.add (local.get $total)
                 (i64.mul (local.tee $s (i64.extend_i32_u (local.get $n))) (local.get $s))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $top (local.get $n)))
    (i64.add (local.get $total) (local.get $s)))

  ;; the last iteration loads from the second page, beyond the size compiled code assumes
  ;; (BoundsCheckNode), so the first call leaves compiled code in the middle of its last iteration,
  ;; after the back-edge cleared t; sum and i are live there and must come through
  (func (export "late-deopt") (param $n i32) (result i32)
    (local $i i32) (local $t i32) (local $keep i32) (local $sum i32)
    (global.set $fuel (i32.const 1000000))
    (drop (memory.grow (i32.const 1)))
    (local.set $keep (i32.const 3))
    (loop $top
      (call $tick)
      (local.set $t (i32.and (i32.mul (local.get $i) (i32.const 7)) (i32.const 255)))
      (local.set $sum (i32.add (local.get $sum)
        (i32.load (select (i32.const 70000) (i32.const 0)
                          (i32.eq (local.get $i) (i32.sub (local.get $n) (i32.const 1)))))))
      (local.set $sum (i32.add (local.get $sum) (i32.mul (local.get $t) (local.get $keep))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $top (i32.lt_u (local.get $i) (local.get $n))))
    (i32.add (local.get $sum) (i32.mul (local.get $keep) (i32.const 1000000))))
)

;; Each assertion runs six times: under tests/jit-spec a function is compiled on its first call,
;; before its nodes have specialized, and the first compilations leave for the interpreter at each
;; path not yet taken; by the last calls the loop runs in compiled code from start to end, where
;; a clear of a live local would read as zero.
(assert_return (invoke "exit-before-write" (i32.const 0)) (i32.const 100))
(assert_return (invoke "exit-before-write" (i32.const 0)) (i32.const 100))
(assert_return (invoke "exit-before-write" (i32.const 0)) (i32.const 100))
(assert_return (invoke "exit-before-write" (i32.const 0)) (i32.const 100))
(assert_return (invoke "exit-before-write" (i32.const 0)) (i32.const 100))
(assert_return (invoke "exit-before-write" (i32.const 0)) (i32.const 100))
(assert_return (invoke "exit-before-write" (i32.const 5)) (i32.const 12))
(assert_return (invoke "exit-before-write" (i32.const 5)) (i32.const 12))
(assert_return (invoke "exit-before-write" (i32.const 5)) (i32.const 12))
(assert_return (invoke "exit-before-write" (i32.const 5)) (i32.const 12))
(assert_return (invoke "exit-before-write" (i32.const 5)) (i32.const 12))
(assert_return (invoke "exit-before-write" (i32.const 5)) (i32.const 12))
(assert_return (invoke "carried" (i32.const 3)) (i32.const 14))
(assert_return (invoke "carried" (i32.const 3)) (i32.const 14))
(assert_return (invoke "carried" (i32.const 3)) (i32.const 14))
(assert_return (invoke "carried" (i32.const 3)) (i32.const 14))
(assert_return (invoke "carried" (i32.const 3)) (i32.const 14))
(assert_return (invoke "carried" (i32.const 3)) (i32.const 14))
(assert_return (invoke "carried" (i32.const 10)) (i32.const 385))
(assert_return (invoke "carried" (i32.const 10)) (i32.const 385))
(assert_return (invoke "carried" (i32.const 10)) (i32.const 385))
(assert_return (invoke "carried" (i32.const 10)) (i32.const 385))
(assert_return (invoke "carried" (i32.const 10)) (i32.const 385))
(assert_return (invoke "carried" (i32.const 10)) (i32.const 385))
(assert_return (invoke "one-arm" (i32.const 1)) (i32.const 7))
(assert_return (invoke "one-arm" (i32.const 1)) (i32.const 7))
(assert_return (invoke "one-arm" (i32.const 1)) (i32.const 7))
(assert_return (invoke "one-arm" (i32.const 1)) (i32.const 7))
(assert_return (invoke "one-arm" (i32.const 1)) (i32.const 7))
(assert_return (invoke "one-arm" (i32.const 1)) (i32.const 7))
(assert_return (invoke "one-arm" (i32.const 5)) (i32.const 17))
(assert_return (invoke "one-arm" (i32.const 5)) (i32.const 17))
(assert_return (invoke "one-arm" (i32.const 5)) (i32.const 17))
(assert_return (invoke "one-arm" (i32.const 5)) (i32.const 17))
(assert_return (invoke "one-arm" (i32.const 5)) (i32.const 17))
(assert_return (invoke "one-arm" (i32.const 5)) (i32.const 17))
(assert_return (invoke "table-out" (i32.const 3)) (i32.const 2042))
(assert_return (invoke "table-out" (i32.const 3)) (i32.const 2042))
(assert_return (invoke "table-out" (i32.const 3)) (i32.const 2042))
(assert_return (invoke "table-out" (i32.const 3)) (i32.const 2042))
(assert_return (invoke "table-out" (i32.const 3)) (i32.const 2042))
(assert_return (invoke "table-out" (i32.const 3)) (i32.const 2042))
(assert_return (invoke "table-out" (i32.const 4)) (i32.const 1043))
(assert_return (invoke "table-out" (i32.const 4)) (i32.const 1043))
(assert_return (invoke "table-out" (i32.const 4)) (i32.const 1043))
(assert_return (invoke "table-out" (i32.const 4)) (i32.const 1043))
(assert_return (invoke "table-out" (i32.const 4)) (i32.const 1043))
(assert_return (invoke "table-out" (i32.const 4)) (i32.const 1043))
(assert_return (invoke "table-out" (i32.const 0)) (i32.const 2040))
(assert_return (invoke "table-out" (i32.const 0)) (i32.const 2040))
(assert_return (invoke "table-out" (i32.const 0)) (i32.const 2040))
(assert_return (invoke "table-out" (i32.const 0)) (i32.const 2040))
(assert_return (invoke "table-out" (i32.const 0)) (i32.const 2040))
(assert_return (invoke "table-out" (i32.const 0)) (i32.const 2040))
(assert_return (invoke "return-inside" (i32.const 0)) (i32.const 0))
(assert_return (invoke "return-inside" (i32.const 0)) (i32.const 0))
(assert_return (invoke "return-inside" (i32.const 0)) (i32.const 0))
(assert_return (invoke "return-inside" (i32.const 0)) (i32.const 0))
(assert_return (invoke "return-inside" (i32.const 0)) (i32.const 0))
(assert_return (invoke "return-inside" (i32.const 0)) (i32.const 0))
(assert_return (invoke "return-inside" (i32.const 4)) (i32.const 15))
(assert_return (invoke "return-inside" (i32.const 4)) (i32.const 15))
(assert_return (invoke "return-inside" (i32.const 4)) (i32.const 15))
(assert_return (invoke "return-inside" (i32.const 4)) (i32.const 15))
(assert_return (invoke "return-inside" (i32.const 4)) (i32.const 15))
(assert_return (invoke "return-inside" (i32.const 4)) (i32.const 15))
(assert_return (invoke "inner-last" (i32.const 1)) (i32.const 2))
(assert_return (invoke "inner-last" (i32.const 1)) (i32.const 2))
(assert_return (invoke "inner-last" (i32.const 1)) (i32.const 2))
(assert_return (invoke "inner-last" (i32.const 1)) (i32.const 2))
(assert_return (invoke "inner-last" (i32.const 1)) (i32.const 2))
(assert_return (invoke "inner-last" (i32.const 1)) (i32.const 2))
(assert_return (invoke "inner-last" (i32.const 3)) (i32.const 36))
(assert_return (invoke "inner-last" (i32.const 3)) (i32.const 36))
(assert_return (invoke "inner-last" (i32.const 3)) (i32.const 36))
(assert_return (invoke "inner-last" (i32.const 3)) (i32.const 36))
(assert_return (invoke "inner-last" (i32.const 3)) (i32.const 36))
(assert_return (invoke "inner-last" (i32.const 3)) (i32.const 36))
(assert_return (invoke "f64-temps" (i32.const 2) (f64.const 8)) (f64.const 48))
(assert_return (invoke "f64-temps" (i32.const 2) (f64.const 8)) (f64.const 48))
(assert_return (invoke "f64-temps" (i32.const 2) (f64.const 8)) (f64.const 48))
(assert_return (invoke "f64-temps" (i32.const 2) (f64.const 8)) (f64.const 48))
(assert_return (invoke "f64-temps" (i32.const 2) (f64.const 8)) (f64.const 48))
(assert_return (invoke "f64-temps" (i32.const 2) (f64.const 8)) (f64.const 48))
(assert_return (invoke "f64-temps" (i32.const 1) (f64.const 2.5)) (f64.const 3.75))
(assert_return (invoke "f64-temps" (i32.const 1) (f64.const 2.5)) (f64.const 3.75))
(assert_return (invoke "f64-temps" (i32.const 1) (f64.const 2.5)) (f64.const 3.75))
(assert_return (invoke "f64-temps" (i32.const 1) (f64.const 2.5)) (f64.const 3.75))
(assert_return (invoke "f64-temps" (i32.const 1) (f64.const 2.5)) (f64.const 3.75))
(assert_return (invoke "f64-temps" (i32.const 1) (f64.const 2.5)) (f64.const 3.75))
(assert_return (invoke "tee-temp" (i32.const 3)) (i64.const 15))
(assert_return (invoke "tee-temp" (i32.const 3)) (i64.const 15))
(assert_return (invoke "tee-temp" (i32.const 3)) (i64.const 15))
(assert_return (invoke "tee-temp" (i32.const 3)) (i64.const 15))
(assert_return (invoke "tee-temp" (i32.const 3)) (i64.const 15))
(assert_return (invoke "tee-temp" (i32.const 3)) (i64.const 15))
(assert_return (invoke "late-deopt" (i32.const 100000)) (i32.const 41247024))
(assert_return (invoke "late-deopt" (i32.const 100000)) (i32.const 41247024))
(assert_return (invoke "late-deopt" (i32.const 100000)) (i32.const 41247024))
(assert_return (invoke "late-deopt" (i32.const 100000)) (i32.const 41247024))
(assert_return (invoke "late-deopt" (i32.const 100000)) (i32.const 41247024))
(assert_return (invoke "late-deopt" (i32.const 100000)) (i32.const 41247024))
