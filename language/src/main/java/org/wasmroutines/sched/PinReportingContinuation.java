package org.wasmroutines.sched;

import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;

/**
 * Generates, at run time, the one subclass of {@code jdk.internal.vm.Continuation} we need:
 *
 * <pre>
 * final class ReportingContinuation extends Continuation {
 *     public ReportingContinuation(ContinuationScope scope, Runnable body) { super(scope, body); }
 *     protected void onPinned(Continuation.Pinned reason) { ContinuationBackend.reportPinned(reason); }
 * }
 * </pre>
 *
 * The JDK's default {@code onPinned} throws a bare "Pinned: NATIVE"; ours says what it means for
 * a wasm thread. Written with the JDK's class-file API because {@code --release 25} builds cannot
 * name {@code jdk.internal.vm} in source (see {@link ContinuationBackend}).
 */
final class PinReportingContinuation {
    private static final ClassDesc CONTINUATION = ClassDesc.of(ContinuationBackend.PACKAGE + ".Continuation");
    private static final ClassDesc SCOPE = ClassDesc.of(ContinuationBackend.PACKAGE + ".ContinuationScope");
    private static final ClassDesc PINNED = ClassDesc.of(ContinuationBackend.PACKAGE + ".Continuation$Pinned");
    private static final ClassDesc RUNNABLE = ClassDesc.of(Runnable.class.getName());
    private static final ClassDesc BACKEND = ClassDesc.of(ContinuationBackend.class.getName());
    private static final ClassDesc GENERATED = ClassDesc.of(PinReportingContinuation.class.getPackageName() + ".ReportingContinuation");

    private PinReportingContinuation() {
    }

    /** Defines the subclass in this package (so it may call the package-private reporter). */
    static Class<?> define(MethodHandles.Lookup lookup) throws IllegalAccessException {
        MethodTypeDesc constructorType = MethodTypeDesc.of(ConstantDescs.CD_void, SCOPE, RUNNABLE);
        byte[] bytes = ClassFile.of().build(GENERATED, cls -> cls
                        .withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER)
                        .withSuperclass(CONTINUATION)
                        .withMethodBody(ConstantDescs.INIT_NAME, constructorType, ClassFile.ACC_PUBLIC, code -> code
                                        .aload(0).aload(1).aload(2)
                                        .invokespecial(CONTINUATION, ConstantDescs.INIT_NAME, constructorType)
                                        .return_())
                        .withMethodBody("onPinned", MethodTypeDesc.of(ConstantDescs.CD_void, PINNED), ClassFile.ACC_PROTECTED, code -> code
                                        .aload(1)
                                        .invokestatic(BACKEND, "reportPinned", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Object))
                                        .return_()));
        return lookup.defineClass(bytes);
    }
}
