package org.wasmroutines.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of a script: assertions passed and failed, with one "file:line: ..." line per failure. */
public final class WastReport {
    private int passed;
    private final List<String> failures = new ArrayList<>();

    void pass() {
        passed++;
    }

    void fail(String message) {
        failures.add(message);
    }

    public int passed() {
        return passed;
    }

    public int failed() {
        return failures.size();
    }

    public List<String> failures() {
        return Collections.unmodifiableList(failures);
    }

    @Override
    public String toString() {
        return passed + " passed, " + failures.size() + " failed";
    }
}
