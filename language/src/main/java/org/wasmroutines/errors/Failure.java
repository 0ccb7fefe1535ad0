package org.wasmroutines.errors;

/**
 * The failure catalogue: every error the engine reports, in the spec's words so that a wast
 * assertion compares the message verbatim (by prefix) and a user reads the spec's text. Add new
 * entries here rather than writing message strings elsewhere.
 */
public enum Failure {
    // Binary format (malformed)
    MAGIC_HEADER_NOT_DETECTED(Kind.MALFORMED, "magic header not detected"),
    UNKNOWN_BINARY_VERSION(Kind.MALFORMED, "unknown binary version"),
    UNEXPECTED_END(Kind.MALFORMED, "unexpected end"),
    UNEXPECTED_END_OF_SECTION(Kind.MALFORMED, "unexpected end of section or function"),
    INTEGER_TOO_LARGE(Kind.MALFORMED, "integer too large"),
    INTEGER_REPRESENTATION_TOO_LONG(Kind.MALFORMED, "integer representation too long"),
    MALFORMED_SECTION_ID(Kind.MALFORMED, "malformed section id"),
    SECTION_SIZE_MISMATCH(Kind.MALFORMED, "section size mismatch"),
    UNEXPECTED_CONTENT_AFTER_LAST_SECTION(Kind.MALFORMED, "unexpected content after last section"),
    MALFORMED_IMPORT_KIND(Kind.MALFORMED, "malformed import kind"),
    MALFORMED_EXPORT_KIND(Kind.MALFORMED, "malformed export kind"),
    MALFORMED_FUNCTION_TYPE(Kind.MALFORMED, "malformed function type"),
    MALFORMED_MUTABILITY(Kind.MALFORMED, "malformed mutability"),
    MALFORMED_MEMOP_FLAGS(Kind.MALFORMED, "malformed memop flags"),
    MALFORMED_UTF8(Kind.MALFORMED, "malformed UTF-8 encoding"),
    MALFORMED_REFERENCE_TYPE(Kind.MALFORMED, "malformed reference type"),
    MALFORMED_VALUE_TYPE(Kind.MALFORMED, "malformed value type"),
    MALFORMED_LIMITS_FLAGS(Kind.MALFORMED, "integer too large"),
    MALFORMED_ELEMENTS_SEGMENT_KIND(Kind.MALFORMED, "malformed elements segment kind"),
    MALFORMED_DATA_SEGMENT_KIND(Kind.MALFORMED, "malformed data segment kind"),
    ZERO_BYTE_EXPECTED(Kind.MALFORMED, "zero byte expected"),
    ILLEGAL_OPCODE(Kind.MALFORMED, "illegal opcode"),
    TOO_MANY_LOCALS(Kind.MALFORMED, "too many locals"),
    FUNCTION_AND_CODE_INCONSISTENT(Kind.MALFORMED, "function and code section have inconsistent lengths"),
    DATA_COUNT_AND_DATA_INCONSISTENT(Kind.MALFORMED, "data count and data section have inconsistent lengths"),
    DATA_COUNT_SECTION_REQUIRED(Kind.MALFORMED, "data count section required"),
    LENGTH_OUT_OF_BOUNDS(Kind.MALFORMED, "length out of bounds"),
    END_OPCODE_EXPECTED(Kind.MALFORMED, "END opcode expected"),
    INTEGER_TYPE_EXPECTED(Kind.MALFORMED, "integer representation too long"),

    // Text format (malformed)
    UNEXPECTED_TOKEN(Kind.MALFORMED, "unexpected token"),
    UNKNOWN_OPERATOR(Kind.MALFORMED, "unknown operator"),
    UNKNOWN_TYPE_TEXT(Kind.MALFORMED, "unknown type"),
    INLINE_FUNCTION_TYPE(Kind.MALFORMED, "inline function type"),
    CONSTANT_OUT_OF_RANGE(Kind.MALFORMED, "constant out of range"),
    I32_CONSTANT_OUT_OF_RANGE(Kind.MALFORMED, "i32 constant out of range"),
    MISMATCHING_LABEL(Kind.MALFORMED, "mismatching label"),
    UNKNOWN_LABEL_TEXT(Kind.MALFORMED, "unknown label"),
    DUPLICATE_FUNC(Kind.MALFORMED, "duplicate func"),
    DUPLICATE_LOCAL(Kind.MALFORMED, "duplicate local"),
    DUPLICATE_GLOBAL(Kind.MALFORMED, "duplicate global"),
    DUPLICATE_TABLE(Kind.MALFORMED, "duplicate table"),
    DUPLICATE_MEMORY(Kind.MALFORMED, "duplicate memory"),
    DUPLICATE_TYPE(Kind.MALFORMED, "duplicate type"),
    DUPLICATE_ELEM(Kind.MALFORMED, "duplicate elem"),
    DUPLICATE_DATA(Kind.MALFORMED, "duplicate data"),
    IMPORT_AFTER_FUNCTION(Kind.MALFORMED, "import after function"),
    IMPORT_AFTER_TABLE(Kind.MALFORMED, "import after table"),
    IMPORT_AFTER_MEMORY(Kind.MALFORMED, "import after memory"),
    IMPORT_AFTER_GLOBAL(Kind.MALFORMED, "import after global"),
    ALIGNMENT_TEXT(Kind.MALFORMED, "alignment"),
    MALFORMED_UTF8_TEXT(Kind.MALFORMED, "malformed UTF-8 encoding"),
    UNKNOWN_FUNCTION_TEXT(Kind.MALFORMED, "unknown function"),
    UNKNOWN_LOCAL_TEXT(Kind.MALFORMED, "unknown local"),
    UNKNOWN_GLOBAL_TEXT(Kind.MALFORMED, "unknown global"),
    UNKNOWN_TABLE_TEXT(Kind.MALFORMED, "unknown table"),
    UNKNOWN_MEMORY_TEXT(Kind.MALFORMED, "unknown memory"),
    UNKNOWN_ELEM_TEXT(Kind.MALFORMED, "unknown elem segment"),
    UNKNOWN_DATA_TEXT(Kind.MALFORMED, "unknown data segment"),
    MULTIPLE_START_TEXT(Kind.MALFORMED, "multiple start sections"),
    DUPLICATE_ELEM_SEGMENT_TEXT(Kind.MALFORMED, "duplicate elem segment"),
    DUPLICATE_DATA_SEGMENT_TEXT(Kind.MALFORMED, "duplicate data segment"),

    // Validation (invalid)
    TYPE_MISMATCH(Kind.INVALID, "type mismatch"),
    UNKNOWN_TYPE(Kind.INVALID, "unknown type"),
    UNKNOWN_FUNCTION(Kind.INVALID, "unknown function"),
    UNKNOWN_TABLE(Kind.INVALID, "unknown table"),
    UNKNOWN_MEMORY(Kind.INVALID, "unknown memory"),
    UNKNOWN_GLOBAL(Kind.INVALID, "unknown global"),
    UNKNOWN_LOCAL(Kind.INVALID, "unknown local"),
    UNKNOWN_LABEL(Kind.INVALID, "unknown label"),
    UNKNOWN_ELEM_SEGMENT(Kind.INVALID, "unknown elem segment"),
    UNKNOWN_DATA_SEGMENT(Kind.INVALID, "unknown data segment"),
    CONSTANT_EXPRESSION_REQUIRED(Kind.INVALID, "constant expression required"),
    DUPLICATE_EXPORT_NAME(Kind.INVALID, "duplicate export name"),
    MULTIPLE_MEMORIES(Kind.INVALID, "multiple memories"),
    MULTIPLE_TABLES(Kind.INVALID, "multiple tables"),
    ALIGNMENT_TOO_LARGE(Kind.INVALID, "alignment must not be larger than natural"),
    ATOMIC_ALIGNMENT(Kind.INVALID, "atomic alignment must be natural"),
    SIZE_MIN_GREATER_THAN_MAX(Kind.INVALID, "size minimum must not be greater than maximum"),
    MEMORY_SIZE_TOO_LARGE(Kind.INVALID, "memory size must be at most 65536 pages (4GiB)"),
    TABLE_SIZE_TOO_LARGE(Kind.INVALID, "table size must be at most 2^32-1"),
    SHARED_MEMORY_NEEDS_MAX(Kind.INVALID, "shared memory must have maximum"),
    GLOBAL_IS_IMMUTABLE(Kind.INVALID, "global is immutable"),
    UNDECLARED_FUNCTION_REFERENCE(Kind.INVALID, "undeclared function reference"),
    START_FUNCTION(Kind.INVALID, "start function"),
    INVALID_RESULT_ARITY(Kind.INVALID, "invalid result arity"),
    DATA_COUNT_REQUIRED_INVALID(Kind.INVALID, "data count section required"),

    // Linking (unlinkable)
    UNKNOWN_IMPORT(Kind.UNLINKABLE, "unknown import"),
    INCOMPATIBLE_IMPORT_TYPE(Kind.UNLINKABLE, "incompatible import type"),

    // Execution (traps)
    UNREACHABLE(Kind.TRAP, "unreachable"),
    OUT_OF_BOUNDS_MEMORY_ACCESS(Kind.TRAP, "out of bounds memory access"),
    OUT_OF_BOUNDS_TABLE_ACCESS(Kind.TRAP, "out of bounds table access"),
    UNDEFINED_ELEMENT(Kind.TRAP, "undefined element"),
    UNINITIALIZED_ELEMENT(Kind.TRAP, "uninitialized element"),
    INDIRECT_CALL_TYPE_MISMATCH(Kind.TRAP, "indirect call type mismatch"),
    INTEGER_OVERFLOW(Kind.TRAP, "integer overflow"),
    INTEGER_DIVIDE_BY_ZERO(Kind.TRAP, "integer divide by zero"),
    INVALID_CONVERSION_TO_INTEGER(Kind.TRAP, "invalid conversion to integer"),
    UNALIGNED_ATOMIC(Kind.TRAP, "unaligned atomic"),
    EXPECTED_SHARED_MEMORY(Kind.TRAP, "expected shared memory"),
    CALL_STACK_EXHAUSTED(Kind.EXHAUSTION, "call stack exhausted");

    /** The spec phase a failure belongs to; each matches one kind of wast assertion. */
    public enum Kind {
        MALFORMED,
        INVALID,
        UNLINKABLE,
        TRAP,
        EXHAUSTION
    }

    public final Kind kind;
    public final String message;

    Failure(Kind kind, String message) {
        this.kind = kind;
        this.message = message;
    }
}
