package org.wasmroutines.nodes;

import java.util.ArrayList;
import java.util.BitSet;
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
 * return}, {@code unreachable} and a branch out of the function end all paths.
 */
final class LocalLiveness {
    /** Functions whose instructions × locals exceed this are not analysed: their loops clear nothing. */
    private static final long MAX_BITS = 1L << 24;
    private static final int[] NONE = new int[0];
    /** A successor standing for the function's exit: nothing is live there. */
    private static final int EXIT = -1;

    private enum Kind {
        OTHER, GET, SET, BLOCK, LOOP, IF, ELSE, END, BR, BR_IF, BR_TABLE, STOP
    }

    private final List<Kind> kinds = new ArrayList<>();
    /** The local of a get or set; for a branch, its target construct's instruction (EXIT: the function); for an else, its if. */
    private final List<Integer> args = new ArrayList<>();
    /** By a loop's instruction: the code position after its opcode and block type, where the compiler looks it up. */
    private final Map<Integer, Integer> loopPositions = new HashMap<>();
    private final Map<Integer, int[]> tableTargets = new HashMap<>();
    private final Map<Integer, Integer> elseOf = new HashMap<>();
    private final Map<Integer, Integer> endOf = new HashMap<>();

    private LocalLiveness() {
    }

    /**
     * @return for each innermost loop, by the code position right after its opcode and block type:
     *         the locals to clear on entry and at each back-edge (no entry for a loop with none)
     */
    static Map<Integer, int[]> clearedAtLoops(FunctionBody body, int localCount) {
        LocalLiveness analysis = new LocalLiveness();
        analysis.decode(CodeReader.of(body));
        int n = analysis.kinds.size();
        if ((long) n * localCount > MAX_BITS) {
            return Map.of();
        }
        return analysis.clearedAtLoops(analysis.solve(), localCount);
    }

    private void decode(CodeReader code) {
        List<Integer> open = new ArrayList<>();
        while (!code.atEnd()) {
            int i = kinds.size();
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
                    loopPositions.put(i, code.position());
                    add(Kind.LOOP, 0);
                    open.add(i);
                }
                case Opcodes.ELSE -> {
                    int construct = open.get(open.size() - 1);
                    elseOf.put(construct, i);
                    add(Kind.ELSE, construct);
                }
                case Opcodes.END -> {
                    if (!open.isEmpty()) {
                        endOf.put(open.remove(open.size() - 1), i);
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
        kinds.add(kind);
        args.add(arg);
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
        return kinds.get(construct) == Kind.LOOP ? construct : endOf.get(construct);
    }

    private int[] successors(int i) {
        int next = i + 1 < kinds.size() ? i + 1 : EXIT;
        int arg = args.get(i);
        return switch (kinds.get(i)) {
            case OTHER, GET, SET, BLOCK, LOOP, END -> new int[]{next};
            case IF -> new int[]{next, elseOf.containsKey(i) ? elseOf.get(i) + 1 : endOf.get(i)};
            case ELSE -> new int[]{endOf.get(arg)};
            case BR -> new int[]{continuation(arg)};
            case BR_IF -> new int[]{continuation(arg), next};
            case BR_TABLE -> {
                int[] targets = tableTargets.get(i);
                int[] successors = new int[targets.length];
                for (int t = 0; t < targets.length; t++) {
                    successors[t] = continuation(targets[t]);
                }
                yield successors;
            }
            case STOP -> NONE;
        };
    }

    /** The locals live before each instruction. */
    private BitSet[] solve() {
        int n = kinds.size();
        int[][] successors = new int[n][];
        BitSet[] liveIn = new BitSet[n];
        for (int i = 0; i < n; i++) {
            successors[i] = successors(i);
            liveIn[i] = new BitSet();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                BitSet live = new BitSet();
                for (int s : successors[i]) {
                    if (s != EXIT) {
                        live.or(liveIn[s]);
                    }
                }
                switch (kinds.get(i)) {
                    case GET -> live.set(args.get(i));
                    case SET -> live.clear(args.get(i));
                    default -> {
                    }
                }
                if (!live.equals(liveIn[i])) {
                    liveIn[i] = live;
                    changed = true;
                }
            }
        }
        return liveIn;
    }

    private Map<Integer, int[]> clearedAtLoops(BitSet[] liveIn, int localCount) {
        Map<Integer, int[]> cleared = new HashMap<>();
        for (Map.Entry<Integer, Integer> loop : loopPositions.entrySet()) {
            int start = loop.getKey();
            BitSet written = new BitSet(localCount);
            boolean innermost = true;
            for (int i = start + 1; i < endOf.get(start); i++) {
                if (kinds.get(i) == Kind.SET) {
                    written.set(args.get(i));
                } else if (kinds.get(i) == Kind.LOOP) {
                    innermost = false;
                }
            }
            if (!innermost) {
                continue;
            }
            written.andNot(liveIn[start]);
            if (!written.isEmpty()) {
                cleared.put(loop.getValue(), written.stream().toArray());
            }
        }
        return cleared;
    }
}
