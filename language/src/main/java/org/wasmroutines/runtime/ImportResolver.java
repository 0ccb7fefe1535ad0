package org.wasmroutines.runtime;

/**
 * Supplies the values a module imports, by module and field name. A resolver returns a
 * {@link WasmFunction}, {@link WasmTable}, {@link WasmMemory} or {@link WasmGlobal}, or
 * {@code null} when it has nothing under that name ("unknown import"). The {@link Instantiator}
 * also accepts, and adapts to the declared import type, a host callable for a function import
 * ({@link HostFunction.Callback} or an interop-executable value) and a plain number for an
 * immutable global import.
 */
@FunctionalInterface
public interface ImportResolver {
    ImportResolver NONE = (module, name) -> null;

    Object resolve(String module, String name);
}
