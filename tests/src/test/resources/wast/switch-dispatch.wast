;; A C switch in a loop: nested blocks whose innermost ends in a br_table. Compiled code gives
;; each distinct target of the table its own path to the case it continues with
;; (NestedBlocksNode.dispatch): cases that fall through into the next, a br_if and a return inside
;; a case, entries sharing a target, a default, targets past the nested blocks (the loop, the block
;; after them), a branch out before the table, and a table that carries a value.
(module
  (func $switch (export "switch") (param $n i32) (result i32)
    (local $i i32) (local $acc i32)
    block $exit
    loop $next
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      local.get $n
      i32.gt_u
      br_if $exit
      block $after
       block $c3
        block $c2
         block $c1
          block $c0
            local.get $i
            i32.const 50
            i32.rem_u
            i32.eqz
            br_if $after
            local.get $i
            i32.const 7
            i32.mul
            i32.const 3
            i32.add
            i32.const 7
            i32.rem_u
            br_table $c0 $c1 $c2 $c1 $c3 $after $next $c2
          end
          local.get $acc
          i32.const 3
          i32.mul
          local.get $i
          i32.add
          local.set $acc
          br $next
         end
         local.get $acc
         local.get $i
         i32.xor
         local.set $acc
        end
        local.get $acc
        i32.const 5
        i32.add
        local.set $acc
        local.get $i
        i32.const 99991
        i32.eq
        if
          local.get $acc
          i32.const 0xff
          i32.and
          return
        end
        local.get $i
        i32.const 1
        i32.and
        br_if $next
        local.get $acc
        i32.const 1
        i32.sub
        local.set $acc
       end
       local.get $acc
       i32.const 1
       i32.rotl
       local.set $acc
       br $after
      end
      local.get $acc
      i32.const 100
      i32.add
      local.set $acc
      br $next
    end
    end
    local.get $acc)
  (func $values (export "switch-values") (param $x i32) (result i32)
    block $outer (result i32)
      block $b2 (result i32)
        block $b1 (result i32)
          block $b0 (result i32)
            local.get $x
            i32.const 10
            i32.mul
            local.get $x
            br_table $b0 $b1 $b2 $outer $b1
          end
          i32.const 1
          i32.add
          br $outer
        end
        i32.const 2
        i32.mul
      end
      i32.const 3
      i32.sub
    end)
  (func (export "sum-values") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $sum (i32.add (i32.mul (local.get $sum) (i32.const 7))
                                 (call $values (i32.sub (local.get $i) (i32.const 3)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $sum)))
;; Three rounds: under the JIT the later ones run code compiled with the profiles of the earlier.
(assert_return (invoke "switch" (i32.const 0)) (i32.const 0))
(assert_return (invoke "switch" (i32.const 1)) (i32.const 6))
(assert_return (invoke "switch" (i32.const 2)) (i32.const 116))
(assert_return (invoke "switch" (i32.const 7)) (i32.const 800))
(assert_return (invoke "switch" (i32.const 49)) (i32.const 1897440402))
(assert_return (invoke "switch" (i32.const 50)) (i32.const 1897440502))
(assert_return (invoke "switch" (i32.const 51)) (i32.const 1897440458))
(assert_return (invoke "switch" (i32.const 100)) (i32.const 1803155995))
(assert_return (invoke "switch" (i32.const 1000)) (i32.const -1582255287))
(assert_return (invoke "switch" (i32.const 99990)) (i32.const -655590897))
(assert_return (invoke "switch" (i32.const 100000)) (i32.const 157))
(assert_return (invoke "switch-values" (i32.const 0)) (i32.const 1))
(assert_return (invoke "switch-values" (i32.const 1)) (i32.const 17))
(assert_return (invoke "switch-values" (i32.const 2)) (i32.const 17))
(assert_return (invoke "switch-values" (i32.const 3)) (i32.const 30))
(assert_return (invoke "switch-values" (i32.const 4)) (i32.const 77))
(assert_return (invoke "switch-values" (i32.const 5)) (i32.const 97))
(assert_return (invoke "switch-values" (i32.const -1)) (i32.const -23))
(assert_return (invoke "switch-values" (i32.const 7)) (i32.const 137))
(assert_return (invoke "sum-values" (i32.const 0)) (i32.const 0))
(assert_return (invoke "sum-values" (i32.const 1)) (i32.const -63))
(assert_return (invoke "sum-values" (i32.const 5)) (i32.const -167115))
(assert_return (invoke "sum-values" (i32.const 100)) (i32.const -1179720245))
(assert_return (invoke "sum-values" (i32.const 10000)) (i32.const 181778963))
(assert_return (invoke "switch" (i32.const 0)) (i32.const 0))
(assert_return (invoke "switch" (i32.const 1)) (i32.const 6))
(assert_return (invoke "switch" (i32.const 2)) (i32.const 116))
(assert_return (invoke "switch" (i32.const 7)) (i32.const 800))
(assert_return (invoke "switch" (i32.const 49)) (i32.const 1897440402))
(assert_return (invoke "switch" (i32.const 50)) (i32.const 1897440502))
(assert_return (invoke "switch" (i32.const 51)) (i32.const 1897440458))
(assert_return (invoke "switch" (i32.const 100)) (i32.const 1803155995))
(assert_return (invoke "switch" (i32.const 1000)) (i32.const -1582255287))
(assert_return (invoke "switch" (i32.const 99990)) (i32.const -655590897))
(assert_return (invoke "switch" (i32.const 100000)) (i32.const 157))
(assert_return (invoke "switch-values" (i32.const 0)) (i32.const 1))
(assert_return (invoke "switch-values" (i32.const 1)) (i32.const 17))
(assert_return (invoke "switch-values" (i32.const 2)) (i32.const 17))
(assert_return (invoke "switch-values" (i32.const 3)) (i32.const 30))
(assert_return (invoke "switch-values" (i32.const 4)) (i32.const 77))
(assert_return (invoke "switch-values" (i32.const 5)) (i32.const 97))
(assert_return (invoke "switch-values" (i32.const -1)) (i32.const -23))
(assert_return (invoke "switch-values" (i32.const 7)) (i32.const 137))
(assert_return (invoke "sum-values" (i32.const 0)) (i32.const 0))
(assert_return (invoke "sum-values" (i32.const 1)) (i32.const -63))
(assert_return (invoke "sum-values" (i32.const 5)) (i32.const -167115))
(assert_return (invoke "sum-values" (i32.const 100)) (i32.const -1179720245))
(assert_return (invoke "sum-values" (i32.const 10000)) (i32.const 181778963))
(assert_return (invoke "switch" (i32.const 0)) (i32.const 0))
(assert_return (invoke "switch" (i32.const 1)) (i32.const 6))
(assert_return (invoke "switch" (i32.const 2)) (i32.const 116))
(assert_return (invoke "switch" (i32.const 7)) (i32.const 800))
(assert_return (invoke "switch" (i32.const 49)) (i32.const 1897440402))
(assert_return (invoke "switch" (i32.const 50)) (i32.const 1897440502))
(assert_return (invoke "switch" (i32.const 51)) (i32.const 1897440458))
(assert_return (invoke "switch" (i32.const 100)) (i32.const 1803155995))
(assert_return (invoke "switch" (i32.const 1000)) (i32.const -1582255287))
(assert_return (invoke "switch" (i32.const 99990)) (i32.const -655590897))
(assert_return (invoke "switch" (i32.const 100000)) (i32.const 157))
(assert_return (invoke "switch-values" (i32.const 0)) (i32.const 1))
(assert_return (invoke "switch-values" (i32.const 1)) (i32.const 17))
(assert_return (invoke "switch-values" (i32.const 2)) (i32.const 17))
(assert_return (invoke "switch-values" (i32.const 3)) (i32.const 30))
(assert_return (invoke "switch-values" (i32.const 4)) (i32.const 77))
(assert_return (invoke "switch-values" (i32.const 5)) (i32.const 97))
(assert_return (invoke "switch-values" (i32.const -1)) (i32.const -23))
(assert_return (invoke "switch-values" (i32.const 7)) (i32.const 137))
(assert_return (invoke "sum-values" (i32.const 0)) (i32.const 0))
(assert_return (invoke "sum-values" (i32.const 1)) (i32.const -63))
(assert_return (invoke "sum-values" (i32.const 5)) (i32.const -167115))
(assert_return (invoke "sum-values" (i32.const 100)) (i32.const -1179720245))
(assert_return (invoke "sum-values" (i32.const 10000)) (i32.const 181778963))
