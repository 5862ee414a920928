package io.github.musit2specify.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.musit2specify.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the CLI through its launcher {@code bin/musit2specify} as a child process, as an operator does
 * (JVM start with the launcher's JVM flags, connection set-up and report upload included), and times
 * it from spawn to exit.
 */
final class CliProcess {
    /** The line AgentWriter logs when its first batch is committed. */
    private static final Pattern FIRST_COMMIT = Pattern.compile("first agents committed (\\d+) ms after the process started");

    /** Runs the command, then prints the CPU time of the shell's children (user, system) on stderr. */
    private static final String CPU_TIMES = "\"$@\"; rc=$?; echo cpu-times >&2; times >&2; exit $rc";
    private static final Pattern CPU_LINE = Pattern.compile("cpu-times\\R.*\\R(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s");

    /** The JIT, GC and memory flags bin/musit2specify gives the JVM on this machine (its start-up archive aside). */
    static List<String> launcherJvmFlags() {
        List<String> flags = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:+UseSerialGC", "-XX:NewRatio=1"));
        try {
            if (Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).contains("[madvise]")) {
                flags.add("-XX:+UseTransparentHugePages");
            }
        } catch (IOException | RuntimeException noSuchSetting) {
            // not Linux, or no transparent huge pages: the launcher does not ask for them either
        }
        return flags;
    }

    private final Path launcher;
    private final String javaOptions;
    private final Path logDir;

    /** {@code javaOptions} go to the launcher as JAVA_OPTS (added after its own JVM flags). */
    CliProcess(Path launcher, String javaOptions, Path logDir) {
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no executable CLI launcher at " + launcher);
        }
        this.launcher = launcher;
        this.javaOptions = javaOptions;
        this.logDir = logDir;
    }

    /** What one run printed and how long the process lived. */
    record Outcome(String label, int exitCode, double seconds, double cpuSeconds, Map<String, Object> result, Path log,
                   OptionalDouble firstCommitSeconds) {
        long counter(String name) {
            Object value = result.get(name);
            if (!(value instanceof Number n)) {
                throw new IllegalStateException(label + ": no counter " + name + " in the result (exit " + exitCode
                        + ", log " + log + ")");
            }
            return n.longValue();
        }
    }

    /** Runs {@code <launcher> <args> --json} (in bash, for its CPU time) with {@code env} added to the environment. */
    Outcome run(String label, Map<String, String> env, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", CPU_TIMES, "bash", launcher.toString()));
        command.addAll(args);
        command.add("--json");
        Path log = logFile(label);
        Path out = Files.createTempFile(logDir, "stdout", ".json");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(out.toFile());
            builder.environment().putAll(env);
            builder.environment().put("JAVA_OPTS", javaOptions);
            long start = System.nanoTime();
            int exit = builder.start().waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (exit != 0) {
                throw new IllegalStateException(label + " exited with " + exit + "; see " + log);
            }
            Map<String, Object> result = Json.MAPPER.readValue(stdout, new TypeReference<Map<String, Object>>() { });
            String err = Files.readString(log, StandardCharsets.UTF_8);
            return new Outcome(label, exit, seconds, cpuSeconds(err), result, log, firstCommit(err));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** What a plain Java main printed, and how long its process lived. */
    record MainOutcome(double seconds, double cpuSeconds, String stdout) {
    }

    /**
     * Runs {@code mainClass} of this JVM's class path in a JVM of its own, with the launcher's JIT and GC
     * flags ({@link #launcherJvmFlags()}) and the same JAVA_OPTS as the CLI processes, timed from spawn to exit.
     */
    MainOutcome runMain(String label, Map<String, String> env, String mainClass) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", CPU_TIMES, "bash",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(launcherJvmFlags());
        Arrays.stream(javaOptions.trim().split("\\s+")).filter(option -> !option.isEmpty()).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        Path log = logFile(label);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(label + " exited with " + exit + "; see " + log);
        }
        return new MainOutcome(seconds, cpuSeconds(Files.readString(log, StandardCharsets.UTF_8)), stdout);
    }

    private Path logFile(String label) {
        return logDir.resolve(label.replaceAll("[^A-Za-z0-9_-]+", "-") + ".log");
    }

    private static OptionalDouble firstCommit(String log) {
        Matcher m = FIRST_COMMIT.matcher(log);
        return m.find() ? OptionalDouble.of(Long.parseLong(m.group(1)) / 1000.0) : OptionalDouble.empty();
    }

    /** User plus system CPU seconds of the child, from the shell's {@code times}; NaN when missing. */
    private static double cpuSeconds(String log) {
        Matcher m = CPU_LINE.matcher(log);
        if (!m.find()) {
            return Double.NaN;
        }
        return Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4));
    }
}
