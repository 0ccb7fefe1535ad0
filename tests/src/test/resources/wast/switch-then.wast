;; A C switch in a loop followed by more statements of the loop's body: the chain of nested blocks
;; takes those statements in (ControlFrame.sequence, NestedBlocksNode.followedBy), so compiled code
;; runs them on each case's path. Cases branch to the end of the switch (the statements after it
;; run), fall through into that end, branch to the loop or out of it (they do not run), or take the
;; default out of the loop; the statements after the switch hold a second switch with statements
;; after it in turn, and a return. Expected values from a Python model of the function.
(module
  (func (export "switch-then") (param $n i32) (param $magic i32) (result i32)
    (local $i i32) (local $acc i32) (local $k i32)
    block $exit
    loop $next
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      local.get $n
      i32.gt_u
      br_if $exit
      block $sw
       block $c2
        block $c1
         block $c0
           i32.const 99
           local.get $i
           i32.const 5
           i32.mul
           i32.const 1
           i32.add
           i32.const 6
           i32.rem_u
           local.get $i
           i32.const 777
           i32.eq
           select
           br_table $c0 $c1 $c2 $sw $next $c1 $exit
         end
         local.get $acc
         i32.const 3
         i32.mul
         local.get $i
         i32.add
         local.set $acc
         br $sw
        end
        local.get $acc
        local.get $i
        i32.xor
        local.set $acc
       end
       local.get $acc
       i32.const 7
       i32.add
       local.set $acc
       local.get $i
       i32.const 3
       i32.and
       i32.eqz
       br_if $next
      end
      local.get $acc
      i32.const 1
      i32.rotl
      local.set $acc
      local.get $k
      i32.const 1
      i32.add
      local.set $k
      block $t1
       block $t0
         local.get $k
         i32.const 3
         i32.rem_u
         br_table $t0 $t1 $next
       end
       local.get $acc
       i32.const 1000
       i32.add
       local.set $acc
       br $next
      end
      local.get $acc
      local.get $k
      i32.sub
      local.set $acc
      local.get $acc
      i32.const 0xff
      i32.and
      local.get $magic
      i32.eq
      if
        local.get $acc
        i32.const 2
        i32.mul
        return
      end
      br $next
    end
    end
    local.get $acc
    local.get $k
    i32.const 1000000
    i32.mul
    i32.add))
;; Three rounds: under the JIT the later ones run code compiled with the profiles of the earlier.
(assert_return (invoke "switch-then" (i32.const 0) (i32.const 90)) (i32.const 0))
(assert_return (invoke "switch-then" (i32.const 0) (i32.const 256)) (i32.const 0))
(assert_return (invoke "switch-then" (i32.const 1) (i32.const 90)) (i32.const 1000001))
(assert_return (invoke "switch-then" (i32.const 1) (i32.const 256)) (i32.const 1000001))
(assert_return (invoke "switch-then" (i32.const 2) (i32.const 90)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 2) (i32.const 256)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 3) (i32.const 90)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 3) (i32.const 256)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 4) (i32.const 90)) (i32.const 3001040))
(assert_return (invoke "switch-then" (i32.const 4) (i32.const 256)) (i32.const 3001040))
(assert_return (invoke "switch-then" (i32.const 5) (i32.const 90)) (i32.const 4002090))
(assert_return (invoke "switch-then" (i32.const 5) (i32.const 256)) (i32.const 4002090))
(assert_return (invoke "switch-then" (i32.const 6) (i32.const 90)) (i32.const 5004198))
(assert_return (invoke "switch-then" (i32.const 6) (i32.const 256)) (i32.const 5004198))
(assert_return (invoke "switch-then" (i32.const 7) (i32.const 90)) (i32.const 6026202))
(assert_return (invoke "switch-then" (i32.const 7) (i32.const 256)) (i32.const 6026202))
(assert_return (invoke "switch-then" (i32.const 12) (i32.const 90)) (i32.const 8104815))
(assert_return (invoke "switch-then" (i32.const 12) (i32.const 256)) (i32.const 8104815))
(assert_return (invoke "switch-then" (i32.const 100) (i32.const 90)) (i32.const -1126507850))
(assert_return (invoke "switch-then" (i32.const 100) (i32.const 256)) (i32.const -1126507850))
(assert_return (invoke "switch-then" (i32.const 333) (i32.const 90)) (i32.const -907070692))
(assert_return (invoke "switch-then" (i32.const 333) (i32.const 256)) (i32.const -907070692))
(assert_return (invoke "switch-then" (i32.const 334) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 334) (i32.const 256)) (i32.const -2035141606))
(assert_return (invoke "switch-then" (i32.const 335) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 335) (i32.const 256)) (i32.const 2684098))
(assert_return (invoke "switch-then" (i32.const 776) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 776) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 777) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 777) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 778) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 778) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 2000) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 2000) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 100000) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 100000) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 0) (i32.const 90)) (i32.const 0))
(assert_return (invoke "switch-then" (i32.const 0) (i32.const 256)) (i32.const 0))
(assert_return (invoke "switch-then" (i32.const 1) (i32.const 90)) (i32.const 1000001))
(assert_return (invoke "switch-then" (i32.const 1) (i32.const 256)) (i32.const 1000001))
(assert_return (invoke "switch-then" (i32.const 2) (i32.const 90)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 2) (i32.const 256)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 3) (i32.const 90)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 3) (i32.const 256)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 4) (i32.const 90)) (i32.const 3001040))
(assert_return (invoke "switch-then" (i32.const 4) (i32.const 256)) (i32.const 3001040))
(assert_return (invoke "switch-then" (i32.const 5) (i32.const 90)) (i32.const 4002090))
(assert_return (invoke "switch-then" (i32.const 5) (i32.const 256)) (i32.const 4002090))
(assert_return (invoke "switch-then" (i32.const 6) (i32.const 90)) (i32.const 5004198))
(assert_return (invoke "switch-then" (i32.const 6) (i32.const 256)) (i32.const 5004198))
(assert_return (invoke "switch-then" (i32.const 7) (i32.const 90)) (i32.const 6026202))
(assert_return (invoke "switch-then" (i32.const 7) (i32.const 256)) (i32.const 6026202))
(assert_return (invoke "switch-then" (i32.const 12) (i32.const 90)) (i32.const 8104815))
(assert_return (invoke "switch-then" (i32.const 12) (i32.const 256)) (i32.const 8104815))
(assert_return (invoke "switch-then" (i32.const 100) (i32.const 90)) (i32.const -1126507850))
(assert_return (invoke "switch-then" (i32.const 100) (i32.const 256)) (i32.const -1126507850))
(assert_return (invoke "switch-then" (i32.const 333) (i32.const 90)) (i32.const -907070692))
(assert_return (invoke "switch-then" (i32.const 333) (i32.const 256)) (i32.const -907070692))
(assert_return (invoke "switch-then" (i32.const 334) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 334) (i32.const 256)) (i32.const -2035141606))
(assert_return (invoke "switch-then" (i32.const 335) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 335) (i32.const 256)) (i32.const 2684098))
(assert_return (invoke "switch-then" (i32.const 776) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 776) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 777) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 777) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 778) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 778) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 2000) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 2000) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 100000) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 100000) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 0) (i32.const 90)) (i32.const 0))
(assert_return (invoke "switch-then" (i32.const 0) (i32.const 256)) (i32.const 0))
(assert_return (invoke "switch-then" (i32.const 1) (i32.const 90)) (i32.const 1000001))
(assert_return (invoke "switch-then" (i32.const 1) (i32.const 256)) (i32.const 1000001))
(assert_return (invoke "switch-then" (i32.const 2) (i32.const 90)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 2) (i32.const 256)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 3) (i32.const 90)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 3) (i32.const 256)) (i32.const 2000020))
(assert_return (invoke "switch-then" (i32.const 4) (i32.const 90)) (i32.const 3001040))
(assert_return (invoke "switch-then" (i32.const 4) (i32.const 256)) (i32.const 3001040))
(assert_return (invoke "switch-then" (i32.const 5) (i32.const 90)) (i32.const 4002090))
(assert_return (invoke "switch-then" (i32.const 5) (i32.const 256)) (i32.const 4002090))
(assert_return (invoke "switch-then" (i32.const 6) (i32.const 90)) (i32.const 5004198))
(assert_return (invoke "switch-then" (i32.const 6) (i32.const 256)) (i32.const 5004198))
(assert_return (invoke "switch-then" (i32.const 7) (i32.const 90)) (i32.const 6026202))
(assert_return (invoke "switch-then" (i32.const 7) (i32.const 256)) (i32.const 6026202))
(assert_return (invoke "switch-then" (i32.const 12) (i32.const 90)) (i32.const 8104815))
(assert_return (invoke "switch-then" (i32.const 12) (i32.const 256)) (i32.const 8104815))
(assert_return (invoke "switch-then" (i32.const 100) (i32.const 90)) (i32.const -1126507850))
(assert_return (invoke "switch-then" (i32.const 100) (i32.const 256)) (i32.const -1126507850))
(assert_return (invoke "switch-then" (i32.const 333) (i32.const 90)) (i32.const -907070692))
(assert_return (invoke "switch-then" (i32.const 333) (i32.const 256)) (i32.const -907070692))
(assert_return (invoke "switch-then" (i32.const 334) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 334) (i32.const 256)) (i32.const -2035141606))
(assert_return (invoke "switch-then" (i32.const 335) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 335) (i32.const 256)) (i32.const 2684098))
(assert_return (invoke "switch-then" (i32.const 776) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 776) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 777) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 777) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 778) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 778) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 2000) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 2000) (i32.const 256)) (i32.const -126475717))
(assert_return (invoke "switch-then" (i32.const 100000) (i32.const 90)) (i32.const -221315916))
(assert_return (invoke "switch-then" (i32.const 100000) (i32.const 256)) (i32.const -126475717))
