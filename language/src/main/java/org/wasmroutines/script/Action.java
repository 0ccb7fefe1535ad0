package org.wasmroutines.script;

import java.util.List;

/**
 * {@code (invoke $M? "name" arg*)} or {@code (get $M? "name")}; arguments are engine values
 * (Integer, Long, Float, Double, {@code WasmNull.NULL}, {@link ExternRef}).
 */
public record Action(boolean isGet, String moduleId, String name, List<Object> args) {
}
