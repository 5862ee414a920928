package io.github.musit2specify.config;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The environment variables a run sees. Everything reads configuration through this class (never
 * {@code System.getenv} directly) so tests can hand in a plain map and an {@code --env-file} can be
 * layered under the real environment.
 */
public final class Env {
    private final Map<String, String> vars;

    private Env(Map<String, String> vars) {
        this.vars = Collections.unmodifiableMap(new HashMap<>(vars));
    }

    public static Env of(Map<String, String> vars) {
        return new Env(vars);
    }

    /** Layers of variables merged in order: a later layer wins (e.g. the Specify and MUSIT settings of a test world). */
    @SafeVarargs
    public static Env of(Map<String, String> first, Map<String, String>... more) {
        Map<String, String> merged = new HashMap<>(first);
        for (Map<String, String> layer : more) {
            merged.putAll(layer);
        }
        return new Env(merged);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    /** Variables from {@code file} under this environment: a variable set here wins over the file. */
    public Env withFileBelow(Path file) {
        Map<String, String> merged = new HashMap<>(parseEnvFile(file));
        merged.putAll(vars);
        return new Env(merged);
    }

    /** A copy with {@code overrides} on top (used by the sandbox and tests). */
    public Env with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(vars);
        merged.putAll(overrides);
        return new Env(merged);
    }

    /** The trimmed value, or empty when the variable is unset or blank. */
    public Optional<String> get(String name) {
        String value = vars.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.trim());
    }

    /** The raw value (not trimmed; blank kept), for variables whose blank value means something. */
    public Optional<String> raw(String name) {
        return Optional.ofNullable(vars.get(name));
    }

    public String getOrDefault(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    /** The first of {@code names} that is set. */
    public Optional<String> firstOf(String... names) {
        for (String name : names) {
            Optional<String> value = get(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    public boolean flag(String name, boolean defaultValue) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String v = value.get().toLowerCase(java.util.Locale.ROOT);
        if (List.of("true", "1", "yes", "on").contains(v)) {
            return true;
        }
        if (List.of("false", "0", "no", "off").contains(v)) {
            return false;
        }
        throw new MigrationException(ErrorCode.CONFIGURATION,
                name + " has the value '" + value.get() + "'; expected true/false (also 1/0, yes/no, on/off)");
    }

    public int integer(String name, int defaultValue) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new MigrationException(ErrorCode.CONFIGURATION,
                    name + " has the value '" + value.get() + "'; expected a whole number");
        }
    }

    /** Sorted names of every variable set (values are never exposed here; they may be secrets). */
    public java.util.SortedSet<String> names() {
        return new java.util.TreeSet<>(vars.keySet());
    }

    static Map<String, String> parseEnvFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.CONFIGURATION,
                    "cannot read --env-file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> parsed = new TreeMap<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).strip();
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new MigrationException(ErrorCode.CONFIGURATION,
                        "--env-file " + file + " line " + lineNumber + " is not NAME=VALUE");
            }
            String name = trimmed.substring(0, eq).strip();
            String value = trimmed.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            parsed.put(name, value);
        }
        return parsed;
    }
}
