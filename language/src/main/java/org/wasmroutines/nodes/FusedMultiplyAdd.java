package org.wasmroutines.nodes;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether {@link Math#fma} is a single instruction in compiled code, which {@link NumericOps} uses
 * for float arithmetic that must not be folded (see its class comment). That is HotSpot's
 * {@code UseFMA} flag: the VM turns it on where the processor has fused multiply-add (most x86-64
 * processors since 2013, all of AArch64), and only then do its compilers and Graal emit the
 * instruction. Elsewhere (older, low-end or emulated x86 processors, a flag turned off)
 * {@code Math.fma} is a software routine hundreds of times slower than the test it would replace.
 *
 * <p>Partial evaluation reads {@link #INSTRUCTION} as a constant, which needs the class
 * initialized first: {@link WasmRootNode} does it when Truffle prepares a compilation, so code
 * that only runs in the interpreter never pays for the look-up.
 */
final class FusedMultiplyAdd {
    static final boolean INSTRUCTION = hotSpotFlag("UseFMA");

    private FusedMultiplyAdd() {
    }

    /** Initializes the class, which reads the flag. */
    static void initialize() {
    }

    private static boolean hotSpotFlag(String name) {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return vm != null && Boolean.parseBoolean(vm.getVMOption(name).getValue());
        } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            return false; // not HotSpot, or a VM without the flag: keep the test
        } catch (LinkageError e) {
            return false; // a runtime image without the jdk.management module
        }
    }
}
