package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The capability sandbox: sandbox.c tries every escape from its preopen that we could think of
 * ({@code ..}, absolute paths, symlinks out, chains, loops, dangling links, renames, links and
 * symlinks pointing out) and this test checks each result's errno and that nothing outside the
 * preopen was read, created, changed or removed.
 */
class WasiSandboxTest {
    private static final int NOTCAPABLE = 76;
    private static final int LOOP = 32;
    private static final int NOENT = 44;
    private static final int EXIST = 20;
    private static final int NOTDIR = 54;

    private Path base;
    private Path outside;
    private Path sandbox;

    @BeforeEach
    void layOut() throws IOException {
        base = Files.createTempDirectory("wasi-sandbox");
        outside = Files.createDirectory(base.resolve("outside"));
        sandbox = Files.createDirectory(base.resolve("sandbox"));
        Files.writeString(outside.resolve("secret.txt"), "SECRET");
        Files.writeString(sandbox.resolve("inside.txt"), "INSIDE");
        Files.createDirectory(sandbox.resolve("sub"));
        Files.createDirectory(sandbox.resolve("victimdir"));
        Files.createDirectory(sandbox.resolve("victimdir2"));
        Files.writeString(sandbox.resolve("victimdir2/secret.txt"), "INSIDE2");
        Files.setLastModifiedTime(outside.resolve("secret.txt"), FileTime.fromMillis(1_000_000_000_000L));
        link("link_out_abs", outside.resolve("secret.txt").toString());
        link("link_out_rel", "../outside/secret.txt");
        link("link_to_unlink", "../outside/secret.txt");
        link("link_dir_out", "../outside");
        link("chain1", "chain2");
        link("chain2", "chain3");
        link("chain3", "../outside/secret.txt");
        link("loop1", "loop2");
        link("loop2", "loop1");
        link("selfloop", "selfloop");
        link("dangling_out", "../outside/created.txt");
        link("dangling_in", "newfile_via_link.txt");
        link("dangling_chain", "dangling_out");
        link("sub/up", "..");
        link("sub/upup", "../..");
        link("good_link", "inside.txt");
    }

    private void link(String name, String target) throws IOException {
        Files.createSymbolicLink(sandbox.resolve(name), Paths.get(target));
    }

    @AfterEach
    void delete() {
        WasiPrograms.deleteTree(base);
    }

    @Test
    void noEscapeFromThePreopen() throws IOException {
        WasiRun.Outcome o = WasiRun.program("sandbox").dir(sandbox, "/sandbox").env("OUTSIDE_SECRET", outside.resolve("secret.txt").toString()).run();
        assertEquals(0, o.exitStatus(), o.stdout() + o.stderr());
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String escape : new String[]{"dotdot", "dotdot_twice", "sub_dotdot_dotdot", "dot_dotdot", "many_slashes", "absolute",
                        "absolute_outside", "dotdot_alone", "symlink_absolute", "symlink_relative", "symlink_dir_out", "symlink_dir_out_nofollow",
                        "symlink_chain", "symlink_up_up", "symlink_up_then_dotdot", "symlink_to_dotdot_chain", "sub_dotdot_dotdot_out",
                        "up_link_dir_then_dotdot", "open_dir_out", "create_dotdot", "create_through_dangling_out", "create_through_dir_link",
                        "create_trunc_through_link", "mkdir_dotdot", "mkdir_through_link", "mkdir_absolute", "rename_out", "rename_in",
                        "rename_in_via_link", "rename_out_via_link", "link_out", "link_in_via_followed_link", "link_in_via_dir_link",
                        "symlink_text_dotdot", "symlink_text_absolute", "symlink_text_lexical_escape", "symlink_placed_outside",
                        "symlink_placed_via_link", "unlink_out", "unlink_via_dir_link", "rmdir_out", "rmdir_preopen", "stat_out",
                        "stat_follow_link_out", "set_times_out", "readlink_via_dir_link", "victim_dir_read_out", "victim_dir_readdir",
                        "victim_dir_create", "victim_file_set_times", "renamed_link_now_escapes", "create_through_dangling_chain"}) {
            expected.put(escape, NOTCAPABLE);
        }
        expected.put("missing_dotdot_dotdot", NOENT);
        expected.put("symlink_loop", LOOP);
        expected.put("symlink_self_loop", LOOP);
        expected.put("symlink_loop_in_middle", LOOP);
        expected.put("nofollow_final_link", LOOP);
        expected.put("create_excl_on_dangling", EXIST);
        expected.put("rmdir_link", NOTDIR);
        expected.put("victim_file_stat_size", 7); // the open file's own size (the channel's), not the outside file's
        for (String allowed : new String[]{"ok_plain", "ok_up_link", "ok_good_link", "ok_dotdot_inside", "ok_dot", "open_sub", "sub_dotdot_ok",
                        "open_via_up_link", "create_through_dangling_in", "symlink_in_sub_dotdot_ok", "symlink_in_sub_ok_read", "unlink_link_itself",
                        "lstat_link_itself", "readlink_own_link", "open_victim_dir", "move_victim_dir", "link_victim_dir_out", "open_victim_file",
                        "move_victim_dir2", "link_victim_dir2_out", "victim_file_stat", "rename_link_up"}) {
            expected.put(allowed, 0);
        }
        for (String libc : new String[]{"libc_dotdot", "libc_absolute", "libc_symlink", "libc_chdir_escape"}) {
            expected.put(libc, 1); // 1: the call failed
        }
        Map<String, String> actual = o.values();
        List<String> wrong = new ArrayList<>();
        expected.forEach((name, errno) -> {
            if (!String.valueOf(errno).equals(actual.get(name))) {
                wrong.add(name + ": expected " + errno + ", got " + actual.get(name));
            }
        });
        assertEquals(List.of(), wrong, o.stdout());
        assertEquals(expected.keySet(), actual.keySet(), "every attempt is checked");
        assertFalse(o.stdout().contains("SECRET"), "nothing outside was read:\n" + o.stdout());

        // outside: exactly as before
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(List.of("secret.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("SECRET", Files.readString(outside.resolve("secret.txt")));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(outside.resolve("secret.txt")));
        assertFalse(Files.exists(Paths.get("/tmp/wasi-escape-dir")));
        // inside: the allowed changes only
        assertEquals("INSIDE", Files.readString(sandbox.resolve("inside.txt")));
        assertTrue(Files.exists(sandbox.resolve("newfile_via_link.txt")));
        assertFalse(Files.exists(sandbox.resolve("link_to_unlink"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("../inside.txt", Files.readSymbolicLink(sandbox.resolve("okLink2")).toString());
        for (String absent : new String[]{"stolen.txt", "hard.txt", "hard2.txt", "mylink", "mylink2", "mylink3"}) {
            assertFalse(Files.exists(sandbox.resolve(absent), LinkOption.NOFOLLOW_LINKS), absent);
        }
    }
}
