package io.github.musit2specify.report.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed from run A to run B: every counter with both values, the error lines new in B, gone
 * since A and still there (compared after {@link ErrorNormaliser}), and the other fields that differ.
 *
 * @param errorsNew  B's lines (as B wrote them) whose normalised form A does not have
 * @param errorsGone A's lines whose normalised form B does not have
 * @param errorsKept B's lines whose normalised form A has too
 */
public record ReportDiff(RunReport a, RunReport b, List<CounterChange> counters, List<FieldChange> fields,
                         List<String> errorsNew, List<String> errorsGone, List<String> errorsKept) {

    /** A counter in A and/or B; a side without it is null. */
    public record CounterChange(String name, Long a, Long b) {
        /** B − A, counting a missing side as 0. */
        public long change() {
            return (b == null ? 0 : b) - (a == null ? 0 : a);
        }
    }

    /** A field (not a counter, not an error) whose value differs; a side without it is null. */
    public record FieldChange(String name, JsonNode a, JsonNode b) {
    }

    /** Differs by nature; shown as the runs' times instead. */
    private static final Set<String> NOT_COMPARED = Set.of("generated_at_utc", "errors", "warnings");

    public static ReportDiff compare(RunReport a, RunReport b) {
        Map<String, Long> countersA = a.counters();
        Map<String, Long> countersB = b.counters();
        Set<String> names = new LinkedHashSet<>(countersA.keySet());
        names.addAll(countersB.keySet());
        List<CounterChange> counters = new ArrayList<>();
        for (String name : names) {
            counters.add(new CounterChange(name, countersA.get(name), countersB.get(name)));
        }

        Set<String> fieldNames = new LinkedHashSet<>();
        a.json().fieldNames().forEachRemaining(fieldNames::add);
        b.json().fieldNames().forEachRemaining(fieldNames::add);
        List<FieldChange> fields = new ArrayList<>();
        for (String name : fieldNames) {
            JsonNode va = a.json().path(name);
            JsonNode vb = b.json().path(name);
            if (NOT_COMPARED.contains(name) || isCounterField(va) && isCounterField(vb) || va.equals(vb)) {
                continue;
            }
            fields.add(new FieldChange(name, orNull(va), orNull(vb)));
        }

        Map<String, String> normalA = normalised(a.errors());
        Map<String, String> normalB = normalised(b.errors());
        List<String> added = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        normalB.forEach((normal, line) -> (normalA.containsKey(normal) ? kept : added).add(line));
        List<String> gone = new ArrayList<>();
        normalA.forEach((normal, line) -> {
            if (!normalB.containsKey(normal)) {
                gone.add(line);
            }
        });
        return new ReportDiff(a, b, counters, fields, added, gone, kept);
    }

    /** Counters are compared as numbers, not as fields (an object of numbers counts as counters). */
    private static boolean isCounterField(JsonNode value) {
        if (value.isMissingNode() || value.isIntegralNumber()) {
            return true;
        }
        if (!value.isObject()) {
            return false;
        }
        for (JsonNode v : value) {
            if (!v.isIntegralNumber()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode orNull(JsonNode value) {
        return value instanceof MissingNode ? null : value;
    }

    /** First line of each normalised form, in order. */
    private static Map<String, String> normalised(List<String> lines) {
        Map<String, String> byNormal = new LinkedHashMap<>();
        for (String line : lines) {
            byNormal.putIfAbsent(ErrorNormaliser.normalise(line), line);
        }
        return byNormal;
    }

    /** True when no counter, field or error differs. */
    public boolean same() {
        return counters.stream().allMatch(c -> c.change() == 0 && (c.a() == null) == (c.b() == null))
                && fields.isEmpty() && errorsNew.isEmpty() && errorsGone.isEmpty();
    }
}
