package org.wasmroutines.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The plain instructions of the text format: name, binary opcode and the kind of immediate that
 * follows the name. Block instructions (block, loop, if) are structural and parsed separately.
 * Opcodes above 0xFF are prefixed: {@code 0xFCxx} (bulk memory, saturating truncation) and
 * {@code 0xFExx} (threads atomics); the prefix is emitted as a byte and the rest as a u32.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/instructions.html">Text instructions</a>
 * @see <a href="https://webassembly.github.io/spec/core/binary/instructions.html">Binary instructions</a>
 */
final class Instructions {
    /** What follows an instruction name. */
    enum Immediate {
        NONE, LABEL, BR_TABLE, FUNC, CALL_INDIRECT, SELECT, LOCAL, GLOBAL, TABLE, TABLE_COPY, TABLE_INIT, ELEM,
        MEMARG, MEMORY0, MEMORY_COPY, MEMORY_INIT, DATA, I32, I64, F32, F64, REF_NULL, REF_FUNC
    }

    /** One instruction: its opcode and, for memory accesses, the log2 of its natural alignment. */
    record Op(String name, int opcode, Immediate immediate, int naturalAlignment) {
    }

    /** Keywords that are part of the syntax but never an operator (so "unexpected token", not "unknown operator"). */
    static final Set<String> STRUCTURE_KEYWORDS = Set.of("module", "type", "func", "param", "result", "local",
            "import", "export", "table", "memory", "global", "elem", "data", "start", "offset", "item", "declare",
            "mut", "then", "else", "end", "block", "loop", "if", "funcref", "externref", "i32", "i64", "f32",
            "f64", "shared", "binary", "quote", "extern", "register", "invoke", "get", "nan:canonical",
            "nan:arithmetic");

    private static final Map<String, Op> BY_NAME = new HashMap<>();

    static {
        for (String line : Instructions.TABLE.strip().split("\n")) {
            String[] f = line.split(" ");
            int align = f.length > 3 ? Integer.parseInt(f[3]) : -1;
            BY_NAME.put(f[0], new Op(f[0], Integer.decode(f[1]), Immediate.valueOf(f[2]), align));
        }
    }

    private Instructions() {
    }

    /** The instruction with this name, or null. */
    static Op lookup(String name) {
        return BY_NAME.get(name);
    }

    private static final String TABLE = """
            unreachable 0x0 NONE
            nop 0x1 NONE
            return 0xf NONE
            drop 0x1a NONE
            br 0xc LABEL
            br_if 0xd LABEL
            br_table 0xe BR_TABLE
            call 0x10 FUNC
            call_indirect 0x11 CALL_INDIRECT
            select 0x1b SELECT
            local.get 0x20 LOCAL
            local.set 0x21 LOCAL
            local.tee 0x22 LOCAL
            global.get 0x23 GLOBAL
            global.set 0x24 GLOBAL
            table.get 0x25 TABLE
            table.set 0x26 TABLE
            i32.load 0x28 MEMARG 2
            i64.load 0x29 MEMARG 3
            f32.load 0x2a MEMARG 2
            f64.load 0x2b MEMARG 3
            i32.load8_s 0x2c MEMARG 0
            i32.load8_u 0x2d MEMARG 0
            i32.load16_s 0x2e MEMARG 1
            i32.load16_u 0x2f MEMARG 1
            i64.load8_s 0x30 MEMARG 0
            i64.load8_u 0x31 MEMARG 0
            i64.load16_s 0x32 MEMARG 1
            i64.load16_u 0x33 MEMARG 1
            i64.load32_s 0x34 MEMARG 2
            i64.load32_u 0x35 MEMARG 2
            i32.store 0x36 MEMARG 2
            i64.store 0x37 MEMARG 3
            f32.store 0x38 MEMARG 2
            f64.store 0x39 MEMARG 3
            i32.store8 0x3a MEMARG 0
            i32.store16 0x3b MEMARG 1
            i64.store8 0x3c MEMARG 0
            i64.store16 0x3d MEMARG 1
            i64.store32 0x3e MEMARG 2
            memory.size 0x3f MEMORY0
            memory.grow 0x40 MEMORY0
            i32.const 0x41 I32
            i64.const 0x42 I64
            f32.const 0x43 F32
            f64.const 0x44 F64
            i32.eqz 0x45 NONE
            i32.eq 0x46 NONE
            i32.ne 0x47 NONE
            i32.lt_s 0x48 NONE
            i32.lt_u 0x49 NONE
            i32.gt_s 0x4a NONE
            i32.gt_u 0x4b NONE
            i32.le_s 0x4c NONE
            i32.le_u 0x4d NONE
            i32.ge_s 0x4e NONE
            i32.ge_u 0x4f NONE
            i64.eqz 0x50 NONE
            i64.eq 0x51 NONE
            i64.ne 0x52 NONE
            i64.lt_s 0x53 NONE
            i64.lt_u 0x54 NONE
            i64.gt_s 0x55 NONE
            i64.gt_u 0x56 NONE
            i64.le_s 0x57 NONE
            i64.le_u 0x58 NONE
            i64.ge_s 0x59 NONE
            i64.ge_u 0x5a NONE
            f32.eq 0x5b NONE
            f32.ne 0x5c NONE
            f32.lt 0x5d NONE
            f32.gt 0x5e NONE
            f32.le 0x5f NONE
            f32.ge 0x60 NONE
            f64.eq 0x61 NONE
            f64.ne 0x62 NONE
            f64.lt 0x63 NONE
            f64.gt 0x64 NONE
            f64.le 0x65 NONE
            f64.ge 0x66 NONE
            i32.clz 0x67 NONE
            i32.ctz 0x68 NONE
            i32.popcnt 0x69 NONE
            i32.add 0x6a NONE
            i32.sub 0x6b NONE
            i32.mul 0x6c NONE
            i32.div_s 0x6d NONE
            i32.div_u 0x6e NONE
            i32.rem_s 0x6f NONE
            i32.rem_u 0x70 NONE
            i32.and 0x71 NONE
            i32.or 0x72 NONE
            i32.xor 0x73 NONE
            i32.shl 0x74 NONE
            i32.shr_s 0x75 NONE
            i32.shr_u 0x76 NONE
            i32.rotl 0x77 NONE
            i32.rotr 0x78 NONE
            i64.clz 0x79 NONE
            i64.ctz 0x7a NONE
            i64.popcnt 0x7b NONE
            i64.add 0x7c NONE
            i64.sub 0x7d NONE
            i64.mul 0x7e NONE
            i64.div_s 0x7f NONE
            i64.div_u 0x80 NONE
            i64.rem_s 0x81 NONE
            i64.rem_u 0x82 NONE
            i64.and 0x83 NONE
            i64.or 0x84 NONE
            i64.xor 0x85 NONE
            i64.shl 0x86 NONE
            i64.shr_s 0x87 NONE
            i64.shr_u 0x88 NONE
            i64.rotl 0x89 NONE
            i64.rotr 0x8a NONE
            f32.abs 0x8b NONE
            f32.neg 0x8c NONE
            f32.ceil 0x8d NONE
            f32.floor 0x8e NONE
            f32.trunc 0x8f NONE
            f32.nearest 0x90 NONE
            f32.sqrt 0x91 NONE
            f32.add 0x92 NONE
            f32.sub 0x93 NONE
            f32.mul 0x94 NONE
            f32.div 0x95 NONE
            f32.min 0x96 NONE
            f32.max 0x97 NONE
            f32.copysign 0x98 NONE
            f64.abs 0x99 NONE
            f64.neg 0x9a NONE
            f64.ceil 0x9b NONE
            f64.floor 0x9c NONE
            f64.trunc 0x9d NONE
            f64.nearest 0x9e NONE
            f64.sqrt 0x9f NONE
            f64.add 0xa0 NONE
            f64.sub 0xa1 NONE
            f64.mul 0xa2 NONE
            f64.div 0xa3 NONE
            f64.min 0xa4 NONE
            f64.max 0xa5 NONE
            f64.copysign 0xa6 NONE
            i32.wrap_i64 0xa7 NONE
            i32.trunc_f32_s 0xa8 NONE
            i32.trunc_f32_u 0xa9 NONE
            i32.trunc_f64_s 0xaa NONE
            i32.trunc_f64_u 0xab NONE
            i64.extend_i32_s 0xac NONE
            i64.extend_i32_u 0xad NONE
            i64.trunc_f32_s 0xae NONE
            i64.trunc_f32_u 0xaf NONE
            i64.trunc_f64_s 0xb0 NONE
            i64.trunc_f64_u 0xb1 NONE
            f32.convert_i32_s 0xb2 NONE
            f32.convert_i32_u 0xb3 NONE
            f32.convert_i64_s 0xb4 NONE
            f32.convert_i64_u 0xb5 NONE
            f32.demote_f64 0xb6 NONE
            f64.convert_i32_s 0xb7 NONE
            f64.convert_i32_u 0xb8 NONE
            f64.convert_i64_s 0xb9 NONE
            f64.convert_i64_u 0xba NONE
            f64.promote_f32 0xbb NONE
            i32.reinterpret_f32 0xbc NONE
            i64.reinterpret_f64 0xbd NONE
            f32.reinterpret_i32 0xbe NONE
            f64.reinterpret_i64 0xbf NONE
            i32.extend8_s 0xc0 NONE
            i32.extend16_s 0xc1 NONE
            i64.extend8_s 0xc2 NONE
            i64.extend16_s 0xc3 NONE
            i64.extend32_s 0xc4 NONE
            ref.null 0xd0 REF_NULL
            ref.is_null 0xd1 NONE
            ref.func 0xd2 REF_FUNC
            i32.trunc_sat_f32_s 0xfc00 NONE
            i32.trunc_sat_f32_u 0xfc01 NONE
            i32.trunc_sat_f64_s 0xfc02 NONE
            i32.trunc_sat_f64_u 0xfc03 NONE
            i64.trunc_sat_f32_s 0xfc04 NONE
            i64.trunc_sat_f32_u 0xfc05 NONE
            i64.trunc_sat_f64_s 0xfc06 NONE
            i64.trunc_sat_f64_u 0xfc07 NONE
            memory.init 0xfc08 MEMORY_INIT
            data.drop 0xfc09 DATA
            memory.copy 0xfc0a MEMORY_COPY
            memory.fill 0xfc0b MEMORY0
            table.init 0xfc0c TABLE_INIT
            elem.drop 0xfc0d ELEM
            table.copy 0xfc0e TABLE_COPY
            table.grow 0xfc0f TABLE
            table.size 0xfc10 TABLE
            table.fill 0xfc11 TABLE
            memory.atomic.notify 0xfe00 MEMARG 2
            memory.atomic.wait32 0xfe01 MEMARG 2
            memory.atomic.wait64 0xfe02 MEMARG 3
            atomic.fence 0xfe03 MEMORY0
            i32.atomic.load 0xfe10 MEMARG 2
            i64.atomic.load 0xfe11 MEMARG 3
            i32.atomic.load8_u 0xfe12 MEMARG 0
            i32.atomic.load16_u 0xfe13 MEMARG 1
            i64.atomic.load8_u 0xfe14 MEMARG 0
            i64.atomic.load16_u 0xfe15 MEMARG 1
            i64.atomic.load32_u 0xfe16 MEMARG 2
            i32.atomic.store 0xfe17 MEMARG 2
            i64.atomic.store 0xfe18 MEMARG 3
            i32.atomic.store8 0xfe19 MEMARG 0
            i32.atomic.store16 0xfe1a MEMARG 1
            i64.atomic.store8 0xfe1b MEMARG 0
            i64.atomic.store16 0xfe1c MEMARG 1
            i64.atomic.store32 0xfe1d MEMARG 2
            i32.atomic.rmw.add 0xfe1e MEMARG 2
            i64.atomic.rmw.add 0xfe1f MEMARG 3
            i32.atomic.rmw8.add_u 0xfe20 MEMARG 0
            i32.atomic.rmw16.add_u 0xfe21 MEMARG 1
            i64.atomic.rmw8.add_u 0xfe22 MEMARG 0
            i64.atomic.rmw16.add_u 0xfe23 MEMARG 1
            i64.atomic.rmw32.add_u 0xfe24 MEMARG 2
            i32.atomic.rmw.sub 0xfe25 MEMARG 2
            i64.atomic.rmw.sub 0xfe26 MEMARG 3
            i32.atomic.rmw8.sub_u 0xfe27 MEMARG 0
            i32.atomic.rmw16.sub_u 0xfe28 MEMARG 1
            i64.atomic.rmw8.sub_u 0xfe29 MEMARG 0
            i64.atomic.rmw16.sub_u 0xfe2a MEMARG 1
            i64.atomic.rmw32.sub_u 0xfe2b MEMARG 2
            i32.atomic.rmw.and 0xfe2c MEMARG 2
            i64.atomic.rmw.and 0xfe2d MEMARG 3
            i32.atomic.rmw8.and_u 0xfe2e MEMARG 0
            i32.atomic.rmw16.and_u 0xfe2f MEMARG 1
            i64.atomic.rmw8.and_u 0xfe30 MEMARG 0
            i64.atomic.rmw16.and_u 0xfe31 MEMARG 1
            i64.atomic.rmw32.and_u 0xfe32 MEMARG 2
            i32.atomic.rmw.or 0xfe33 MEMARG 2
            i64.atomic.rmw.or 0xfe34 MEMARG 3
            i32.atomic.rmw8.or_u 0xfe35 MEMARG 0
            i32.atomic.rmw16.or_u 0xfe36 MEMARG 1
            i64.atomic.rmw8.or_u 0xfe37 MEMARG 0
            i64.atomic.rmw16.or_u 0xfe38 MEMARG 1
            i64.atomic.rmw32.or_u 0xfe39 MEMARG 2
            i32.atomic.rmw.xor 0xfe3a MEMARG 2
            i64.atomic.rmw.xor 0xfe3b MEMARG 3
            i32.atomic.rmw8.xor_u 0xfe3c MEMARG 0
            i32.atomic.rmw16.xor_u 0xfe3d MEMARG 1
            i64.atomic.rmw8.xor_u 0xfe3e MEMARG 0
            i64.atomic.rmw16.xor_u 0xfe3f MEMARG 1
            i64.atomic.rmw32.xor_u 0xfe40 MEMARG 2
            i32.atomic.rmw.xchg 0xfe41 MEMARG 2
            i64.atomic.rmw.xchg 0xfe42 MEMARG 3
            i32.atomic.rmw8.xchg_u 0xfe43 MEMARG 0
            i32.atomic.rmw16.xchg_u 0xfe44 MEMARG 1
            i64.atomic.rmw8.xchg_u 0xfe45 MEMARG 0
            i64.atomic.rmw16.xchg_u 0xfe46 MEMARG 1
            i64.atomic.rmw32.xchg_u 0xfe47 MEMARG 2
            i32.atomic.rmw.cmpxchg 0xfe48 MEMARG 2
            i64.atomic.rmw.cmpxchg 0xfe49 MEMARG 3
            i32.atomic.rmw8.cmpxchg_u 0xfe4a MEMARG 0
            i32.atomic.rmw16.cmpxchg_u 0xfe4b MEMARG 1
            i64.atomic.rmw8.cmpxchg_u 0xfe4c MEMARG 0
            i64.atomic.rmw16.cmpxchg_u 0xfe4d MEMARG 1
            i64.atomic.rmw32.cmpxchg_u 0xfe4e MEMARG 2
            """;
}
