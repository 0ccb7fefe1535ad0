;; Many threads park on one address until a release; each then counts itself in.
(module
  (memory (export "memory") 1 1 shared)
  (func (export "park") (result i32)
    (loop $check
      (if (i32.eqz (i32.atomic.load (i32.const 0)))
        (then
          (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
          (br $check))))
    (i32.atomic.rmw.add (i32.const 4) (i32.const 1)))
  (func (export "release") (result i32)
    (i32.atomic.store (i32.const 0) (i32.const 1))
    (memory.atomic.notify (i32.const 0) (i32.const -1)))
  (func (export "arrived") (result i32) (i32.atomic.load (i32.const 4)))
)
