package org.wasmroutines.nodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wasmroutines.binary.CodeReader;
import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.syntax.FunctionBody;

/**
 * Finds, for each innermost {@code loop} of a function (one with no loop inside), the locals that
 * are dead where an iteration starts (every path from there writes them before it reads them,
 * inside the loop or after it) although the loop writes them. The loop clears those locals on
 * entry and at each back-edge ({@link WasmLoopNode}).
 *
 * <p>Why: compiled code keeps, at every loop header, the value of each frame slot a
 * deoptimization could need, and C compilers reuse wasm locals for temporaries. nbody's pair loop
 * stored six such dead values (a distance, a magnitude...) to stack slots at every back-edge, for
 * a deoptimization that would never read them; cleared slots hold no value, so the header has
 * nothing to keep. Only innermost loops: clearing in the loops around them too made nbody's
 * outermost loop grow by a hundred LIR instructions, most of them stack moves, and the kernel
 * slower than without any clearing (our time over GraalWasm's 1.08–1.14 against 1.04–1.06).
 *
 * <p>The analysis must not call a live local dead: compiled code reads a cleared primitive slot as
 * zero (the interpreter keeps the old value), so such a mistake shows up only once a loop runs
 * compiled ({@code wast/loop-dead-locals.wast} under {@code tests/jit-spec}).
 *
 * <p>A backward liveness analysis over the instructions, solved by iteration to a fixed point: a
 * {@code local.get} reads its local, {@code local.set} and {@code local.tee} write theirs; a branch
 * continues at its label (the start of a loop, the end of a block or an {@code if}); {@code
 * return}, {@code unreachable} and a branch out of the function end all paths. It runs when a
 * function with a loop is first called (its nodes are built then), so it keeps its sets in one flat
 * {@code long[]} (a row of bits per instruction) and allocates nothing per pass.
 */
final class LocalLiveness {
    /** Functions whose sets (a row of 64-bit words per instruction) would exceed this many bits are not analysed: their loops clear nothing. */
    private static final long MAX_BITS = 1L << 24;
    /** A successor standing for the function's exit: nothing is live there. */
    private static final int EXIT = -1;

    private enum Kind {
        OTHER, GET, SET, BLOCK, LOOP, IF, ELSE, END, BR, BR_IF, BR_TABLE, STOP
    }

    private Kind[] kinds = new Kind[256];
    /** The local of a get or set; for a branch, its target construct's instruction (EXIT: the function); for an else, its if. */
    private int[] args = new int[256];
    /** For a block, loop or if: its end instruction; for an if: its else instruction, or -1. */
    private int[] endOf = new int[256];
    private int[] elseOf = new int[256];
    private int size;
    /** The loops' instructions, and for each the code position after its opcode and block type, where the compiler looks it up. */
    private final List<int[]> loops = new ArrayList<>();
    private final Map<Integer, int[]> tableTargets = new HashMap<>();

    private LocalLiveness() {
    }

    /**
     * @return for each innermost loop, by the code position right after its opcode and block type:
     *         the locals to clear on entry and at each back-edge (no entry for a loop with none)
     */
    static Map<Integer, int[]> clearedAtLoops(FunctionBody body, int localCount) {
        LocalLiveness analysis = new LocalLiveness();
        analysis.decode(CodeReader.of(body));
        int words = (localCount + 63) >>> 6;
        if ((long) analysis.size * words * Long.SIZE > MAX_BITS) {
            return Map.of();
        }
        return analysis.clearedAtLoops(analysis.solve(words), words);
    }

    private void decode(CodeReader code) {
        List<Integer> open = new ArrayList<>();
        while (!code.atEnd()) {
            int i = size;
            int opcode = code.readOpcode();
            switch (opcode) {
                case Opcodes.LOCAL_GET -> add(Kind.GET, code.readU32());
                case Opcodes.LOCAL_SET, Opcodes.LOCAL_TEE -> add(Kind.SET, code.readU32());
                case Opcodes.BLOCK, Opcodes.IF -> {
                    code.readBlockType();
                    add(opcode == Opcodes.BLOCK ? Kind.BLOCK : Kind.IF, 0);
                    open.add(i);
                }
                case Opcodes.LOOP -> {
                    code.readBlockType();
                    loops.add(new int[]{i, code.position()});
                    add(Kind.LOOP, 0);
                    open.add(i);
                }
                case Opcodes.ELSE -> {
                    int construct = open.get(open.size() - 1);
                    elseOf[construct] = i;
                    add(Kind.ELSE, construct);
                }
                case Opcodes.END -> {
                    if (!open.isEmpty()) {
                        endOf[open.remove(open.size() - 1)] = i;
                    }
                    add(Kind.END, 0);
                }
                case Opcodes.BR, Opcodes.BR_IF -> add(opcode == Opcodes.BR ? Kind.BR : Kind.BR_IF, target(open, code.readU32()));
                case Opcodes.BR_TABLE -> {
                    int count = code.readU32();
                    int[] targets = new int[count + 1];
                    for (int t = 0; t <= count; t++) {
                        targets[t] = target(open, code.readU32());
                    }
                    tableTargets.put(i, targets);
                    add(Kind.BR_TABLE, 0);
                }
                case Opcodes.RETURN, Opcodes.UNREACHABLE -> add(Kind.STOP, 0);
                default -> {
                    InstructionSkipper.skipImmediates(code, opcode);
                    add(Kind.OTHER, 0);
                }
            }
        }
    }

    private void add(Kind kind, int arg) {
        if (size == kinds.length) {
            int capacity = size * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            args = Arrays.copyOf(args, capacity);
            endOf = Arrays.copyOf(endOf, capacity);
            elseOf = Arrays.copyOf(elseOf, capacity);
        }
        kinds[size] = kind;
        args[size] = arg;
        elseOf[size] = -1;
        size++;
    }

    /** The construct that branch depth {@code depth} targets, or EXIT for the function's own label. */
    private static int target(List<Integer> open, int depth) {
        return depth < open.size() ? open.get(open.size() - 1 - depth) : EXIT;
    }

    /** Where a branch to {@code construct} continues: a loop's start, or the end of a block or if. */
    private int continuation(int construct) {
        if (construct == EXIT) {
            return EXIT;
        }
        return kinds[construct] == Kind.LOOP ? construct : endOf[construct];
    }

    /**
     * The locals live before each instruction: row {@code i} of the result, {@code words} longs
     * from {@code i * words}, has bit {@code l} set if local {@code l} is live there.
     */
    private long[] solve(int words) {
        long[] liveIn = new long[size * words];
        long[] live = new long[words];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = size - 1; i >= 0; i--) {
                Arrays.fill(live, 0);
                int next = i + 1 < size ? i + 1 : EXIT;
                switch (kinds[i]) {
                    case OTHER, GET, SET, BLOCK, LOOP, END -> or(live, liveIn, next, words);
                    case IF -> {
                        or(live, liveIn, next, words);
                        or(live, liveIn, elseOf[i] >= 0 ? elseOf[i] + 1 : endOf[i], words);
                    }
                    case ELSE -> or(live, liveIn, endOf[args[i]], words);
                    case BR -> or(live, liveIn, continuation(args[i]), words);
                    case BR_IF -> {
                        or(live, liveIn, continuation(args[i]), words);
                        or(live, liveIn, next, words);
                    }
                    case BR_TABLE -> {
                        for (int target : tableTargets.get(i)) {
                            or(live, liveIn, continuation(target), words);
                        }
                    }
                    case STOP -> {
                    }
                }
                if (kinds[i] == Kind.GET) {
                    live[args[i] >>> 6] |= 1L << args[i];
                } else if (kinds[i] == Kind.SET) {
                    live[args[i] >>> 6] &= ~(1L << args[i]);
                }
                if (!Arrays.equals(live, 0, words, liveIn, i * words, i * words + words)) {
                    System.arraycopy(live, 0, liveIn, i * words, words);
                    changed = true;
                }
            }
        }
        return liveIn;
    }

    /** Adds the row of instruction {@code from} (none for EXIT) to {@code live}. */
    private static void or(long[] live, long[] liveIn, int from, int words) {
        if (from == EXIT) {
            return;
        }
        for (int w = 0; w < words; w++) {
            live[w] |= liveIn[from * words + w];
        }
    }

    private Map<Integer, int[]> clearedAtLoops(long[] liveIn, int words) {
        Map<Integer, int[]> cleared = new HashMap<>();
        long[] written = new long[words];
        for (int[] loop : loops) {
            int start = loop[0];
            Arrays.fill(written, 0);
            boolean innermost = true;
            for (int i = start + 1; i < endOf[start]; i++) {
                if (kinds[i] == Kind.SET) {
                    written[args[i] >>> 6] |= 1L << args[i];
                } else if (kinds[i] == Kind.LOOP) {
                    innermost = false;
                }
            }
            if (!innermost) {
                continue;
            }
            List<Integer> dead = new ArrayList<>();
            for (int w = 0; w < words; w++) {
                long bits = written[w] & ~liveIn[start * words + w];
                for (; bits != 0; bits &= bits - 1) {
                    dead.add(w * 64 + Long.numberOfTrailingZeros(bits));
                }
            }
            if (!dead.isEmpty()) {
                cleared.put(loop[1], dead.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return cleared;
    }
}
