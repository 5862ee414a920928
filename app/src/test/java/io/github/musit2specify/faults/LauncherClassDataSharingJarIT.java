package io.github.musit2specify.faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/musit2specify and its class data sharing archive: the first successful run writes it beside the
 * jar, later runs map their classes from it, and a missing, stale, broken or unwritable archive never
 * fails a run. Runs the real launcher on a copy of the shipped jar (failsafe, after `package`) against
 * a dry run on real components.
 */
class LauncherClassDataSharingJarIT {
    private static final Path JAR = Path.of(System.getProperty("shaded.jar", "target/musit2specify.jar"));
    private static final Path LAUNCHER = Path.of("..", "bin", "musit2specify");
    private static final String[] DRY_RUN = {"run", "migrate-musit-agents", "--oracle-env", FaultWorld.PROFILE, "--json"};
    private static FaultWorld world;
    private static Path root;
    private static Path jar;
    private static Path archive;

    @BeforeAll
    static void setUp() throws Exception {
        world = new FaultWorld("cds", 50);
        root = world.dir.resolve("install");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("app/target"));
        Files.copy(LAUNCHER, root.resolve("bin/musit2specify"));
        root.resolve("bin/musit2specify").toFile().setExecutable(true);
        jar = root.resolve("app/target/musit2specify.jar");
        Files.copy(JAR, jar);
        archive = root.resolve("app/target/musit2specify.jsa");
    }

    @AfterAll
    static void tearDown() throws Exception {
        world.close();
    }

    @Test
    void theFirstRunWritesTheArchiveTheNextUsesItAndAStaleOneIsReplaced() throws Exception {
        Files.deleteIfExists(archive);
        Launch help = launch(Map.of(), "--help");
        assertThat(help.exit).as(help.err).isZero();
        assertThat(archive).as("help does not train the archive").doesNotExist();

        Launch first = launch(Map.of(), DRY_RUN);
        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).contains("\"dry_run\"");
        assertThat(archive).isNotEmptyFile();
        assertThat(first.err).contains("writing the start-up archive");
        assertThat(leftovers()).as("no temporary archive or class list left").isEmpty();

        Path classes = world.dir.resolve("classes.log");
        Launch second = launch(Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), DRY_RUN);
        assertThat(second.exit).as(second.err).isZero();
        assertThat(Files.readString(classes)).as("classes mapped from the archive")
                .contains("io.github.musit2specify.cli.Main source: shared objects file")
                .as("picocli's classes (compiled for Java 5) too: a static archive, not one dumped at exit")
                .contains("picocli.CommandLine source: shared objects file");
        assertThat(second.err).doesNotContain("[cds");

        // a rebuilt jar makes the archive stale: not used, replaced by the next run
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(30)));
        Launch stale = launch(Map.of(), DRY_RUN);
        assertThat(stale.exit).as(stale.err).isZero();
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
    }

    @Test
    void anArchiveOfAnotherJarIsIgnoredSilentlyAndAnUnwritablePlaceMeansNoArchive() throws Exception {
        // an archive that does not match (here: garbage newer than the jar) is ignored by the JVM
        Path foreign = world.dir.resolve("foreign.jsa");
        Files.write(foreign, "not an archive".repeat(1000).getBytes(StandardCharsets.UTF_8));
        Launch ignored = launch(Map.of("MUSIT2SPECIFY_CDS_ARCHIVE", foreign.toString()), DRY_RUN);
        assertThat(ignored.exit).as(ignored.err).isZero();
        assertThat(ignored.err).doesNotContain("shared archive").doesNotContain("[cds");

        // a folder that cannot be written (its parent is a file): the run goes on without an archive
        Path unwritable = world.dir.resolve("a-file").resolve("musit2specify.jsa");
        Files.writeString(world.dir.resolve("a-file"), "x");
        Launch noArchive = launch(Map.of("MUSIT2SPECIFY_CDS_ARCHIVE", unwritable.toString()), DRY_RUN);
        assertThat(noArchive.exit).as(noArchive.err).isZero();
        assertThat(noArchive.out).contains("\"dry_run\"");

        Launch off = launch(Map.of("MUSIT2SPECIFY_CDS", "off", "MUSIT2SPECIFY_CDS_ARCHIVE",
                world.dir.resolve("off.jsa").toString()), DRY_RUN);
        assertThat(off.exit).as(off.err).isZero();
        assertThat(world.dir.resolve("off.jsa")).doesNotExist();
    }

    private record Launch(int exit, String out, String err) {
    }

    private static Launch launch(Map<String, String> extra, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("bin/musit2specify").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(world.dir, "launch-", ".out");
        Path err = Files.createTempFile(world.dir, "launch-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = new HashMap<>(world.env());
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/local/bin:/usr/bin:/bin");
        env.put("JAVA_OPTS", "-Xmx256m");
        env.putAll(extra);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not end within 180 s: " + Files.readString(err));
        }
        return new Launch(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(archive.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith("musit2specify.jsa.")).toList();
        }
    }
}
