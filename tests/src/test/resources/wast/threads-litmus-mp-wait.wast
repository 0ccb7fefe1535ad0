;; Message passing with a flag and wait/notify: the writer stores data then sets the flag with a
;; seq-cst store and notifies; the reader waits for the flag, then must see the data.
(module $M
  (memory (export "shared") 1 1 shared)
  (func (export "writer")
    (i32.store (i32.const 0) (i32.const 42))
    (i32.atomic.store (i32.const 4) (i32.const 1))
    (drop (memory.atomic.notify (i32.const 4) (i32.const 1))))
  (func (export "reader") (result i32)
    (loop $check
      (if (i32.eqz (i32.atomic.load (i32.const 4)))
        (then
          (drop (memory.atomic.wait32 (i32.const 4) (i32.const 0) (i64.const -1)))
          (br $check))))
    (i32.load (i32.const 0)))
)
(thread $R (shared (module $M)) (assert_return (invoke $M "reader") (i32.const 42)))
(thread $W (shared (module $M)) (invoke $M "writer"))
(wait $R)
(wait $W)
