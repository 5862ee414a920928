package io.github.musit2specify.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables the code reads, collected from its source: every call of an {@code Env}
 * reader ({@code get}, {@code raw}, {@code getOrDefault}, {@code integer}, {@code flag},
 * {@code firstOf}) on a variable declared as {@code Env}, and {@code require(env, NAME, ...)}.
 * Names may be string literals, {@code static final String} constants (of any file), local
 * variables, or concatenations of those; the {@code ORACLE_<ENV>_*} pattern (a name built from a
 * runtime profile) is expanded for the given profiles. A name that cannot be worked out is listed
 * as unresolved, so a new way of reading the environment fails the test instead of slipping by.
 */
final class EnvVariableScan {
    /** The reading API itself: it forwards names it was given, there is nothing to resolve there. */
    static final Set<String> PLUMBING = Set.of("Env.java", "ConfigErrors.java");
    private static final String UNKNOWN = "\u0000";
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern PROFILE_PATTERN = Pattern.compile("ORACLE_" + UNKNOWN + "_[A-Z0-9_]+");
    private static final Pattern CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*;");
    private static final Pattern ENV_DECLARATION = Pattern.compile("\\bEnv\\s+(\\w+)\\s*[,)=;]");
    private static final String READERS = "get|raw|getOrDefault|integer|flag|firstOf";

    record Result(SortedSet<String> variables, List<String> unresolved) {
    }

    private final Map<String, Set<String>> constants = new HashMap<>();
    private final SortedSet<String> variables = new TreeSet<>();
    private final List<String> unresolved = new ArrayList<>();
    private final List<String> profiles;

    private EnvVariableScan(List<String> profiles) {
        this.profiles = profiles;
    }

    static Result scan(Path sourceRoot, List<String> oracleProfiles) {
        Map<Path, String> sources = new HashMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(file, JavaText.withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EnvVariableScan scan = new EnvVariableScan(oracleProfiles);
        sources.values().forEach(scan::collectConstants);
        sources.forEach((file, text) -> {
            if (!PLUMBING.contains(file.getFileName().toString())) {
                scan.collectReads(sourceRoot.relativize(file).toString(), text);
            }
        });
        return new Result(scan.variables, scan.unresolved);
    }

    private void collectConstants(String text) {
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            constants.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(JavaText.unquote(m.group(2)));
        }
    }

    private void collectReads(String file, String text) {
        Set<String> receivers = new LinkedHashSet<>();
        Matcher d = ENV_DECLARATION.matcher(text);
        while (d.find()) {
            receivers.add(Pattern.quote(d.group(1)));
        }
        receivers.add("env\\(\\s*\\)");
        String receiver = "(?:" + String.join("|", receivers) + ")";
        Matcher reader = Pattern.compile("(?<![\\w.])" + receiver + "\\s*\\.\\s*(" + READERS + ")\\s*\\(").matcher(text);
        while (reader.find()) {
            List<String> args = JavaText.arguments(text, reader.end() - 1);
            List<String> names = reader.group(1).equals("firstOf") ? args : args.subList(0, Math.min(1, args.size()));
            names.forEach(arg -> record(file, text, reader.start(), arg));
        }
        Matcher require = Pattern.compile("\\.\\s*require\\s*\\(\\s*" + receiver + "\\s*,").matcher(text);
        while (require.find()) {
            List<String> args = JavaText.arguments(text, text.indexOf('(', require.start()));
            if (args.size() >= 2) {
                record(file, text, require.start(), args.get(1));
            }
        }
    }

    private void record(String file, String text, int at, String expression) {
        String value = evaluate(expression, text, 0);
        if (VARIABLE.matcher(value).matches()) {
            variables.add(value);
        } else if (PROFILE_PATTERN.matcher(value).matches()) {
            profiles.forEach(p -> variables.add(value.replace(UNKNOWN, p)));
        } else {
            unresolved.add(file + ":" + JavaText.lineOf(text, at) + " " + expression.strip());
        }
    }

    /** The string value of a concatenation; what cannot be known (a runtime value) becomes UNKNOWN. */
    private String evaluate(String expression, String text, int depth) {
        StringBuilder value = new StringBuilder();
        for (String term : JavaText.splitTopLevel(expression, '+')) {
            String t = term.strip();
            if (t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2) {
                value.append(JavaText.unquote(t));
            } else if (t.matches("[\\w.]+")) {
                value.append(identifier(t.substring(t.lastIndexOf('.') + 1), text, depth));
            } else {
                value.append(UNKNOWN);
            }
        }
        return value.toString().replaceAll(UNKNOWN + "+", UNKNOWN);
    }

    private String identifier(String name, String text, int depth) {
        Set<String> values = constants.get(name);
        if (values != null && values.size() == 1) {
            return values.iterator().next();
        }
        Matcher local = Pattern.compile("\\b(?:String|var)\\s+" + Pattern.quote(name) + "\\s*=\\s*([^;]+);").matcher(text);
        if (depth < 5 && local.find()) {
            return evaluate(local.group(1), text, depth + 1);
        }
        return UNKNOWN;
    }
}
