package org.wasmroutines.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code mx.wasmroutines/suite.py} describes the same projects as the Maven poms. */
class SuiteConsistencyTest {
    private final Path project = SpecDirectory.projectDir();

    @Test
    void everyMavenModuleIsAnMxProjectAndBack() throws IOException {
        String pom = Files.readString(project.resolve("pom.xml"));
        TreeSet<String> modules = new TreeSet<>(all(Pattern.compile("<module>([^<]+)</module>"), pom));
        TreeSet<String> dirs = new TreeSet<>(all(Pattern.compile("\"dir\":\\s*\"([^\"]+)\""), suite()));
        assertEquals(modules, dirs, "Maven modules vs. mx project dirs");
        for (String module : modules) {
            assertTrue(Files.exists(project.resolve(module).resolve("pom.xml")), module + "/pom.xml");
        }
    }

    @Test
    void graalVersionsAgree() throws IOException {
        String pom = Files.readString(project.resolve("pom.xml"));
        List<String> pomVersion = all(Pattern.compile("<graalvm.version>([^<]+)</graalvm.version>"), pom);
        List<String> suiteVersion = all(Pattern.compile("\"version\":\\s*\"vm-([^\"]+)\""), suite());
        assertEquals(1, pomVersion.size());
        assertEquals(List.of(pomVersion.get(0)), suiteVersion);
    }

    @Test
    void javaReleaseAgrees() throws IOException {
        String pom = Files.readString(project.resolve("pom.xml"));
        String release = all(Pattern.compile("<maven.compiler.release>([^<]+)</maven.compiler.release>"), pom).get(0);
        for (String compliance : all(Pattern.compile("\"javaCompliance\":\\s*\"([^\"]+)\""), suite())) {
            assertEquals(release + "+", compliance);
        }
    }

    private String suite() throws IOException {
        return Files.readString(project.resolve("mx.wasmroutines/suite.py"));
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
