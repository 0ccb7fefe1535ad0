package org.wasmroutines.runtime;

import org.wasmroutines.syntax.GlobalType;
import org.wasmroutines.syntax.ValType;

/**
 * A global variable. Numbers live in {@link #bits} (i32 as an int widened to long, f32 as its raw
 * int bits, f64 as its raw long bits, so NaN payloads survive); references live in {@link #ref}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#global-instances">Global instances</a>
 */
public final class WasmGlobal {
    private final GlobalType type;
    /** The value of a numeric global, as raw bits. */
    public long bits;
    /** The value of a reference global ({@link WasmNull#NULL} for null). */
    public Object ref;

    public WasmGlobal(GlobalType type) {
        this.type = type;
        this.ref = ValType.isReference(type.valType()) ? WasmNull.NULL : null;
    }

    /** A global holding a boxed wasm value ({@code Integer}, {@code Long}, {@code Float}, {@code Double} or a reference). */
    public WasmGlobal(GlobalType type, Object value) {
        this(type);
        setValue(value);
    }

    public GlobalType type() {
        return type;
    }

    public byte valType() {
        return type.valType();
    }

    public boolean mutable() {
        return type.mutable();
    }

    public int getI32() {
        return (int) bits;
    }

    public long getI64() {
        return bits;
    }

    public float getF32() {
        return Float.intBitsToFloat((int) bits);
    }

    public double getF64() {
        return Double.longBitsToDouble(bits);
    }

    public Object getRef() {
        return ref;
    }

    public void setI32(int value) {
        bits = value;
    }

    public void setI64(long value) {
        bits = value;
    }

    public void setF32(float value) {
        bits = Float.floatToRawIntBits(value);
    }

    public void setF64(double value) {
        bits = Double.doubleToRawLongBits(value);
    }

    public void setRef(Object value) {
        ref = value;
    }

    /** The value boxed as the calling convention boxes it. */
    public Object getValue() {
        return switch (type.valType()) {
            case ValType.I32 -> getI32();
            case ValType.I64 -> getI64();
            case ValType.F32 -> getF32();
            case ValType.F64 -> getF64();
            default -> ref;
        };
    }

    /** Stores a boxed value of this global's type (no check of mutability: that is the caller's rule). */
    public void setValue(Object value) {
        switch (type.valType()) {
            case ValType.I32 -> setI32((Integer) value);
            case ValType.I64 -> setI64((Long) value);
            case ValType.F32 -> setF32((Float) value);
            case ValType.F64 -> setF64((Double) value);
            default -> setRef(value);
        }
    }

    @Override
    public String toString() {
        return "global " + (type.mutable() ? "mut " : "") + ValType.name(type.valType()) + " = " + getValue();
    }
}
