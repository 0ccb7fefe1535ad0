package org.wasmroutines.binary;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.ValType;

/**
 * Walks encoded instructions and checks everything the binary format says about them (known
 * opcodes, well-formed LEB128 immediates, reserved zero bytes, memarg flags, block nesting and
 * the final {@code end}) without typing them, so that {@link CodeReader} can later trust the bytes.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/instructions.html">Binary instructions</a>
 */
final class InstructionScanner {
    private final BinaryReader in;
    /** Set once memory.init or data.drop is seen (they need the data count section). */
    boolean usesDataInstructions;
    /** The first immediate of the last scanned instruction (constants, indices, ref.null type). */
    long immediate;

    InstructionScanner(BinaryReader in) {
        this.in = in;
    }

    /**
     * Scans a function body's instructions up to and including the {@code end} that closes the
     * function; the body must end exactly at {@code declaredEnd}.
     */
    void scanFunctionBody(int declaredEnd) {
        // one entry per open block: whether it is an `if` that may still take an `else`
        boolean[] openIf = new boolean[16];
        int depth = 1;
        openIf[0] = false;
        while (depth > 0) {
            int opcode = scanInstruction();
            switch (opcode) {
                case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF -> {
                    if (depth == openIf.length) {
                        openIf = java.util.Arrays.copyOf(openIf, depth * 2);
                    }
                    openIf[depth++] = opcode == Opcodes.IF;
                }
                case Opcodes.ELSE -> {
                    if (!openIf[depth - 1]) {
                        throw WasmException.create(Failure.END_OPCODE_EXPECTED);
                    }
                    openIf[depth - 1] = false;
                }
                case Opcodes.END -> depth--;
                default -> {
                }
            }
        }
        if (in.position() != declaredEnd) {
            throw WasmException.create(Failure.SECTION_SIZE_MISMATCH);
        }
    }

    /** Scans one instruction with its immediates and returns its opcode as {@link Opcodes} names it. */
    int scanInstruction() {
        int opcode = in.readByte();
        immediate = 0;
        switch (opcode) {
            case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF -> scanBlockType();
            case Opcodes.BR, Opcodes.BR_IF, Opcodes.CALL, Opcodes.LOCAL_GET, Opcodes.LOCAL_SET, Opcodes.LOCAL_TEE,
                            Opcodes.GLOBAL_GET, Opcodes.GLOBAL_SET, Opcodes.TABLE_GET, Opcodes.TABLE_SET, Opcodes.REF_FUNC -> immediate = in.readUnsigned(32);
            case Opcodes.BR_TABLE -> {
                int count = in.readCount();
                for (int i = 0; i <= count; i++) {
                    in.readUnsigned(32);
                }
            }
            case Opcodes.CALL_INDIRECT -> {
                immediate = in.readUnsigned(32);
                in.readUnsigned(32);
            }
            case Opcodes.SELECT_T -> {
                int count = in.readCount();
                for (int i = 0; i < count; i++) {
                    readValueType(in);
                }
            }
            case Opcodes.MEMORY_SIZE, Opcodes.MEMORY_GROW -> expectZeroByte();
            case Opcodes.I32_CONST -> immediate = in.readSigned(32);
            case Opcodes.I64_CONST -> immediate = in.readSigned(64);
            case Opcodes.F32_CONST -> immediate = in.readFixed32() & 0xFFFF_FFFFL;
            case Opcodes.F64_CONST -> immediate = in.readFixed64();
            case Opcodes.REF_NULL -> immediate = readReferenceType(in);
            case Opcodes.PREFIX_MISC -> opcode = scanMisc();
            case Opcodes.PREFIX_ATOMIC -> opcode = scanAtomic();
            default -> {
                if (opcode >= Opcodes.I32_LOAD && opcode <= Opcodes.I64_STORE32) {
                    scanMemArg();
                } else if (!isPlainOpcode(opcode)) {
                    throw WasmException.create(Failure.ILLEGAL_OPCODE);
                }
            }
        }
        return opcode;
    }

    /** Opcodes without immediates. */
    private static boolean isPlainOpcode(int opcode) {
        return opcode <= Opcodes.ELSE || opcode == Opcodes.END || opcode == Opcodes.RETURN
                        || opcode == Opcodes.DROP || opcode == Opcodes.SELECT
                        || (opcode >= Opcodes.I32_EQZ && opcode <= Opcodes.I64_EXTEND32_S)
                        || opcode == Opcodes.REF_IS_NULL;
    }

    private int scanMisc() {
        long sub = in.readUnsigned(32);
        int opcode = Opcodes.PREFIX_MISC << 8 | (int) Math.min(sub, 0xFF);
        switch (opcode) {
            case Opcodes.MEMORY_INIT -> {
                usesDataInstructions = true;
                immediate = in.readUnsigned(32);
                expectZeroByte();
            }
            case Opcodes.DATA_DROP -> {
                usesDataInstructions = true;
                immediate = in.readUnsigned(32);
            }
            case Opcodes.MEMORY_COPY -> {
                expectZeroByte();
                expectZeroByte();
            }
            case Opcodes.MEMORY_FILL -> expectZeroByte();
            case Opcodes.TABLE_INIT, Opcodes.TABLE_COPY -> {
                immediate = in.readUnsigned(32);
                in.readUnsigned(32);
            }
            case Opcodes.ELEM_DROP, Opcodes.TABLE_GROW, Opcodes.TABLE_SIZE, Opcodes.TABLE_FILL -> immediate = in.readUnsigned(32);
            default -> {
                if (sub > 7) {
                    throw WasmException.create(Failure.ILLEGAL_OPCODE);
                }
            }
        }
        return opcode;
    }

    private int scanAtomic() {
        long sub = in.readUnsigned(32);
        if (sub == (Opcodes.ATOMIC_FENCE & 0xFF)) {
            expectZeroByte();
        } else if (sub <= (Opcodes.MEMORY_ATOMIC_WAIT64 & 0xFF)
                        || (sub >= (Opcodes.I32_ATOMIC_LOAD & 0xFF) && sub <= (Opcodes.I64_ATOMIC_RMW32_CMPXCHG_U & 0xFF))) {
            scanMemArg();
        } else {
            throw WasmException.create(Failure.ILLEGAL_OPCODE);
        }
        return Opcodes.PREFIX_ATOMIC << 8 | (int) sub;
    }

    /** A memarg: alignment exponent (below 32, else the flags are malformed) and offset. */
    private void scanMemArg() {
        long align = in.readUnsigned(32);
        if (align >= 32) {
            throw WasmException.create(Failure.MALFORMED_MEMOP_FLAGS);
        }
        in.readUnsigned(32);
    }

    private void scanBlockType() {
        long type = in.readSigned(33);
        if (type < 0 && type != CodeReader.BLOCK_TYPE_EMPTY
                        && (type < -64 || !ValType.isValid(CodeReader.blockValueType((int) type)))) {
            throw WasmException.create(Failure.MALFORMED_VALUE_TYPE);
        }
        immediate = type;
    }

    private void expectZeroByte() {
        if (in.readByte() != 0) {
            throw WasmException.create(Failure.ZERO_BYTE_EXPECTED);
        }
    }

    static byte readValueType(BinaryReader in) {
        byte type = (byte) in.readByte();
        if (!ValType.isValid(type)) {
            throw WasmException.create(Failure.MALFORMED_VALUE_TYPE);
        }
        return type;
    }

    static byte readReferenceType(BinaryReader in) {
        byte type = (byte) in.readByte();
        if (!ValType.isReference(type)) {
            throw WasmException.create(Failure.MALFORMED_REFERENCE_TYPE);
        }
        return type;
    }
}
