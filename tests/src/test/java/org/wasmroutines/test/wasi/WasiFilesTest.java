package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files and directories in a preopen, through C's library: files.c, then the host looks at the result. */
class WasiFilesTest {
    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("wasi-files");
        Files.writeString(dir.resolve("from_host.txt"), "written by the host");
    }

    @AfterEach
    void deleteDir() {
        WasiPrograms.deleteTree(dir);
    }

    @Test
    void fileAndDirectoryOperations() throws IOException {
        WasiRun.Outcome o = WasiRun.program("files").dir(dir, "/sandbox").run();
        assertEquals(0, o.exitStatus(), o.stdout() + o.stderr());
        Map<String, String> v = o.values();
        List<String> failed = new ArrayList<>();
        v.forEach((name, value) -> {
            if (value.equals("0")) {
                failed.add(name);
            }
        });
        assertEquals(List.of(), failed, "checks that failed in files.c:\n" + o.stdout());
        assertEquals("hello file", v.get("read"));
        assertEquals("written by the host", v.get("host_file"));
        assertEquals("300", v.get("readdir_entries"));
        assertEquals("2", v.get("readdir_dots"));
        assertEquals("302", v.get("rewinddir_entries"));
        assertEquals("d/renamed.txt", v.get("readlink"));
        assertEquals("hello file", v.get("through_symlink"));
        assertTrue(o.stdout().endsWith("done\n"), o.stdout());
        // what the host sees afterwards
        assertEquals("hello file\nappended\n", Files.readString(dir.resolve("d/renamed.txt")));
        assertFalse(Files.exists(dir.resolve("a.txt")));
        assertFalse(Files.exists(dir.resolve("sym"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(200, Files.size(dir.resolve("b.bin")));
        assertEquals(Files.getAttribute(dir.resolve("hard.txt"), "unix:ino"), Files.getAttribute(dir.resolve("d/renamed.txt"), "unix:ino"));
        assertFalse(Files.exists(dir.resolve("d/e")));
        try (var entries = Files.list(dir.resolve("d"))) {
            assertEquals(301, entries.count());
        }
    }

    @Test
    void preopenPathWithAnyCharacter() throws IOException {
        Path odd = Files.createDirectory(dir.resolve("a,b:c%41 d::e"));
        Files.writeString(odd.resolve("from_host.txt"), "odd place");
        WasiRun.Outcome o = WasiRun.program("files").dir(odd, "/sandbox").run();
        assertEquals("odd place", o.values().get("host_file"));
        assertTrue(Files.exists(odd.resolve("d/renamed.txt")));
    }
}
