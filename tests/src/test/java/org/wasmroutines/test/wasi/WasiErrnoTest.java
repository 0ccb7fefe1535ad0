package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact errno of each failing raw WASI call in errno.c, and the descriptor table's behaviour. */
class WasiErrnoTest {
    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("wasi-errno");
    }

    @AfterEach
    void deleteDir() {
        WasiPrograms.deleteTree(dir);
    }

    @Test
    void errnoValuesAsTheSpecDefines() {
        WasiRun.Outcome o = WasiRun.program("errno").dir(dir, "/sandbox").run();
        Map<String, String> expected = new LinkedHashMap<>();
        String table = """
                        write_bad_fd=8 write_stdin=76 write_dir=31 write_fault=21 seek_stdout=70 tell_stdout=70
                        prestat_stdin=8 prestat_after_last=8 fdstat_stdout=0 stdout_filetype=2 stdout_can_seek=0 fdstat_dir=0
                        dir_filetype=3 open_missing=44 open_empty_path=44 open_all_rights=76 open_bad_oflags=28
                        open_through_file=54 open_create=0 created_fd=4 write_file=0 readdir_file=54
                        set_size_without_right=76 drop_rights=0 write_without_right=76 regain_rights=76
                        set_flags_without_right=76 set_flags_sync_stdout=58 set_flags_unknown=28 set_flags_nonblock=0
                        set_flags_clear=0 renumber_to_closed=8 open_second=0 renumber=0 renumbered_from_closed=8
                        renumbered_to_readable=0 renumbered_rights=1 close=0 close_twice=8 rights_not_inheritable=76
                        mkdir_exists=20 mkdir_dot=20 rmdir_missing=44 unlink_missing=44 unlink_trailing_slash=54
                        readlink_file=28 link_dir=63 set_times_both=28 advise_on_stdout=70 pread_stdin=70
                        sock_recv_file=57 sock_send_bad=8 sock_accept_dir=57 sock_shutdown_stdout=57 sched_yield=0
                        readdir_entries=3 readdir_tiny=0 readdir_tiny_used=10 readdir_past_end=0 readdir_past_end_used=0
                        """;
        for (String pair : table.trim().split("\\s+")) {
            String[] kv = pair.split("=");
            expected.put(kv[0], kv[1]);
        }
        Map<String, String> actual = o.values();
        List<String> wrong = new ArrayList<>();
        expected.forEach((name, errno) -> {
            if (!errno.equals(actual.get(name))) {
                wrong.add(name + ": expected " + errno + ", got " + actual.get(name));
            }
        });
        assertEquals(List.of(), wrong, o.stdout());
        assertEquals(expected.keySet(), actual.keySet(), "every call is checked");
    }
}
