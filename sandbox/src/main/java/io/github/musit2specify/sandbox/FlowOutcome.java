package io.github.musit2specify.sandbox;

import java.util.List;
import java.util.Map;

/** One flow of a sandbox run: the command's exit code and its --json result (empty on failure). */
record FlowOutcome(String verb, int exitCode, Map<String, Object> result, String errorOutput) {
    boolean succeeded() {
        return exitCode == 0;
    }

    String key() {
        return (String) result.get("key");
    }

    /** A counter of the result; 0 when the result has none. */
    long count(String name) {
        return result.get(name) instanceof Number n ? n.longValue() : 0;
    }

    /** The sum of the result's counters ending in {@code suffix} (e.g. every "_skipped"). */
    long sum(String suffix) {
        return result.entrySet().stream().filter(e -> e.getKey().endsWith(suffix) && e.getValue() instanceof Number)
                .mapToLong(e -> ((Number) e.getValue()).longValue()).sum();
    }

    int errorCount() {
        return result.get("errors") instanceof List<?> errors ? errors.size() : 0;
    }

    boolean dryRun() {
        return Boolean.TRUE.equals(result.get("dry_run"));
    }
}
