/* Indirect calls and a dispatch loop: a tiny stack-machine bytecode interpreter. The loop
 * dispatches with a switch (a br_table in wasm) and every arithmetic instruction calls its
 * handler through a table of function pointers (call_indirect). The program computes a
 * Collatz-style mix; size = number of times the program runs. */
#include "kernel.h"

enum { PUSH, LOAD, STORE, ARITH, JNZ, DUP, DROP, HALT };
enum { ADD, SUB, MUL, XOR, SHR, AND, INC, DEC, OPS };

typedef uint32_t (*binary_op)(uint32_t, uint32_t);

static uint32_t op_add(uint32_t a, uint32_t b) { return a + b; }
static uint32_t op_sub(uint32_t a, uint32_t b) { return a - b; }
static uint32_t op_mul(uint32_t a, uint32_t b) { return a * b; }
static uint32_t op_xor(uint32_t a, uint32_t b) { return a ^ b; }
static uint32_t op_shr(uint32_t a, uint32_t b) { return a >> (b & 31); }
static uint32_t op_and(uint32_t a, uint32_t b) { return a & b; }
static uint32_t op_inc(uint32_t a, uint32_t b) { return a + 1 + (b & 0); }
static uint32_t op_dec(uint32_t a, uint32_t b) { return a - 1 + (b & 0); }

/* volatile keeps clang from turning the indirect calls into direct ones. */
static binary_op volatile handlers[OPS] = {op_add, op_sub, op_mul, op_xor, op_shr, op_and, op_inc, op_dec};

/* vars: 0 = counter, 1 = accumulator, 2 = x. Loop: x = (x*3+1) ^ (x>>3); acc += x & 255; counter--. */
static const int32_t program[] = {
    LOAD, 2, PUSH, 3, ARITH, MUL, PUSH, 0, ARITH, INC,   /* x*3+1 */
    LOAD, 2, PUSH, 3, ARITH, SHR, ARITH, XOR, DUP, STORE, 2,
    PUSH, 255, ARITH, AND, LOAD, 1, ARITH, ADD, STORE, 1,
    LOAD, 0, PUSH, 0, ARITH, DEC, DUP, STORE, 0,
    JNZ, 0,
    HALT,
};

static uint32_t run(uint32_t iterations, uint32_t x) {
    uint32_t stack[16];
    uint32_t vars[3] = {iterations, 0, x};
    int32_t sp = 0;
    int32_t pc = 0;
    for (;;) {
        switch (program[pc++]) {
        case PUSH: stack[sp++] = (uint32_t) program[pc++]; break;
        case LOAD: stack[sp++] = vars[program[pc++]]; break;
        case STORE: vars[program[pc++]] = stack[--sp]; break;
        case ARITH: {
            uint32_t b = stack[--sp];
            uint32_t a = stack[--sp];
            stack[sp++] = handlers[program[pc++]](a, b);
            break;
        }
        case JNZ: {
            int32_t target = program[pc++];
            if (stack[--sp] != 0) pc = target;
            break;
        }
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case DROP: sp--; break;
        case HALT: return vars[1] ^ vars[2];
        }
    }
}

KERNEL_EXPORT uint64_t kernel(uint32_t runs) {
    uint64_t checksum = 0;
    for (uint32_t r = 0; r < runs; r++) {
        checksum = checksum * 31 + run(1000, r);
    }
    return checksum;
}

KERNEL_MAIN(2500)
