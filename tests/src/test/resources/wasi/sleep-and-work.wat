;; Two wasm threads of one WASI program: "sleeper" sleeps in poll_oneoff (one monotonic clock
;; subscription) and returns how often "worker" counted meanwhile; "worker" counts, yielding with
;; sched_yield after each step. "reader" reads standard input while "releaser" calls the host's
;; env.release, which lets the input arrive.
(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sched_yield" (func $yield (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "env" "release" (func $release))
  (memory (export "memory") 1)
  ;; 0: counter; 64: subscription (48 bytes); 128: event (32 bytes); 200: nevents;
  ;; 256: iovec {ptr 512, len 64}; 300: nread; 512: read buffer

  (func (export "sleeper") (param $nanos i64) (result i32)
    (local $before i32)
    (local.set $before (i32.load (i32.const 0)))
    (i64.store (i32.const 64) (i64.const 7))          ;; userdata
    (i32.store8 (i32.const 72) (i32.const 0))         ;; eventtype clock
    (i32.store (i32.const 80) (i32.const 1))          ;; monotonic
    (i64.store (i32.const 88) (local.get $nanos))     ;; relative timeout
    (i64.store (i32.const 96) (i64.const 0))          ;; precision
    (i32.store16 (i32.const 104) (i32.const 0))       ;; flags: relative
    (if (call $poll (i32.const 64) (i32.const 128) (i32.const 1) (i32.const 200))
      (then (unreachable)))
    (if (i32.ne (i32.load (i32.const 200)) (i32.const 1))
      (then (unreachable)))
    (i32.sub (i32.load (i32.const 0)) (local.get $before)))

  (func (export "worker") (param $n i32) (result i32)
    (local $i i32)
    (loop $again
      (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1)))
      (drop (call $yield))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $i))

  (func (export "releaser") (result i32)
    (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1)))
    (call $release)
    (i32.load (i32.const 0)))

  ;; Returns the bytes read; "seen" then gives the counter as the read returned.
  (func (export "reader") (result i32)
    (i32.store (i32.const 256) (i32.const 512))
    (i32.store (i32.const 260) (i32.const 64))
    (if (call $fd_read (i32.const 0) (i32.const 256) (i32.const 1) (i32.const 300))
      (then (unreachable)))
    (i32.store (i32.const 304) (i32.load (i32.const 0)))
    (i32.load (i32.const 300)))

  (func (export "seen") (result i32) (i32.load (i32.const 304)))
)
