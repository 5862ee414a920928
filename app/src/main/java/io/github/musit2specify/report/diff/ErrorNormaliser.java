package io.github.musit2specify.report.diff;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes error lines of two runs comparable: the parts that differ from run to run although the
 * problem is the same are replaced by a placeholder. What identifies the source row (the MUSIT
 * schema, ACTOR_ID, login) is kept, so "the same error on the same row" compares equal.
 *
 * <ul>
 *   <li>timestamps (2026-04-10T14:57:33Z, 20260410T145733Z, 2026-04-10 14:57:33.123) → {@code <time>}</li>
 *   <li>UUIDs → {@code <uuid>}</li>
 *   <li>ids Specify generates (agentId=123, SpecifyUserID: 7, id 42; not ACTOR_ID, a MUSIT key) → {@code <id>}</li>
 *   <li>durations (1234 ms, 2.5 s) → {@code <duration>}</li>
 *   <li>runs of spaces → one space; surrounding spaces removed</li>
 * </ul>
 */
public final class ErrorNormaliser {
    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"), "<uuid>"),
            new Rule(Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?"), "<time>"),
            new Rule(Pattern.compile("\\b\\d{8}T\\d{6}Z?\\b"), "<time>"),
            new Rule(Pattern.compile("(?i)\\b((?:specify)?(?:agent|user|collection|discipline|division|institution|row)?_?id)(\\s*[=:#]\\s*|\\s+)\\d+\\b"),
                    "$1$2<id>"),
            new Rule(Pattern.compile("\\b\\d+(?:\\.\\d+)?\\s?(?:ms|s|seconds?)\\b"), "<duration>"),
            new Rule(Pattern.compile("\\s+"), " "));

    private ErrorNormaliser() {
    }

    public static String normalise(String line) {
        String result = line;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result.strip();
    }
}
