package org.wasmroutines.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wasmroutines.script.WastReport;

/**
 * The result of running a {@code .wast} script, for other languages: members {@code passed} and
 * {@code failed} (counts of commands) and {@code failures} (an array of "file:line: message").
 */
public final class ScriptReport {
    private ScriptReport() {
    }

    public static ReadOnlyObject of(WastReport report) {
        List<String> failures = report.failures();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("passed", report.passed());
        members.put("failed", report.failed());
        members.put("failures", new ReadOnlyArray(failures.toArray()));
        return new ReadOnlyObject(members);
    }
}
