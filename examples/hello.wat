;; A WASI command: prints its arguments, one per line.
;;   bin/wasmroutines examples/hello.wat world and everyone
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "hello, ")
  (data (i32.const 8) "\n")

  ;; Writes the bytes [ptr, ptr+len) to stdout.
  (func $write (param $ptr i32) (param $len i32)
    (i32.store (i32.const 16) (local.get $ptr))
    (i32.store (i32.const 20) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 24))))

  (func $strlen (param $s i32) (result i32)
    (local $n i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $s) (local.get $n)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $n))

  (func (export "_start")
    (local $argc i32) (local $i i32) (local $arg i32)
    ;; argv pointers at 1024, argument bytes at 4096
    (drop (call $args_sizes_get (i32.const 32) (i32.const 36)))
    (local.set $argc (i32.load (i32.const 32)))
    (drop (call $args_get (i32.const 1024) (i32.const 4096)))
    ;; argv[0] is the program; greet the others
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $argc)))
        (local.set $arg (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2)))))
        (call $write (i32.const 0) (i32.const 7))
        (call $write (local.get $arg) (call $strlen (local.get $arg)))
        (call $write (i32.const 8) (i32.const 1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))))
