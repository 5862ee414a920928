package io.github.musit2specify.sandbox;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The counters of a flow result on one line, e.g. "agents_created=20000 agents_skipped=0 errors=0". */
final class Counters {
    private Counters() {
    }

    static String line(Map<String, Object> result) {
        StringJoiner line = new StringJoiner(" ");
        result.forEach((name, value) -> {
            if (isCounter(name) && value instanceof Number) {
                line.add(name + "=" + value);
            }
        });
        if (result.get("warnings") instanceof List<?> warnings) {
            line.add("warnings=" + warnings.size());
        }
        if (result.get("errors") instanceof List<?> errors) {
            line.add("errors=" + errors.size());
        }
        return line.toString();
    }

    private static boolean isCounter(String name) {
        return name.endsWith("_created") || name.endsWith("_skipped") || name.endsWith("_linked")
                || name.endsWith("_extracted");
    }
}
