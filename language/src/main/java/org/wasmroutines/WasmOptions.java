package org.wasmroutines;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.wasmroutines.runtime.WasmMemory;
import org.wasmroutines.runtime.WasmTable;

/**
 * The language's options, set as {@code --wasmroutines.Name=value} on the command line or with
 * {@code Context.Builder.option("wasmroutines.Name", value)}.
 */
@Option.Group(WasmLanguage.ID)
public final class WasmOptions {
    private WasmOptions() {
    }

    @Option(help = "The most 64 KiB pages a linear memory may have; memory.grow beyond returns -1 (default and upper bound: 32767, the most a Java array holds).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "[0, 32767]")
    public static final OptionKey<Integer> MaxMemoryPages = new OptionKey<>(WasmMemory.ARRAY_PAGE_LIMIT);

    @Option(help = "The most elements a table may have; table.grow beyond returns -1.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<elements>")
    public static final OptionKey<Integer> MaxTableSize = new OptionKey<>(WasmTable.DEFAULT_ELEMENT_LIMIT);
}
