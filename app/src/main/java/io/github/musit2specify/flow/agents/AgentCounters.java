package io.github.musit2specify.flow.agents;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The source-side counters of one run (what was read, by schema and by actor type). */
final class AgentCounters {
    private final Map<String, Long> rowsPerSchema = new TreeMap<>();
    private final Map<Integer, Long> typeCounts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    private long extracted;
    private long skipped;
    private long wouldCreate;
    private final ValueCuts cuts = new ValueCuts();

    void read(ActorRecord actor) {
        extracted++;
        rowsPerSchema.merge(actor.schema(), 1L, Long::sum);
        typeCounts.merge(actor.actorType(), 1L, Long::sum);
    }

    void schemaSeen(String schema) {
        rowsPerSchema.putIfAbsent(schema, 0L);
    }

    void skipped() {
        skipped++;
    }

    void toCreate() {
        wouldCreate++;
    }

    long extracted() {
        return extracted;
    }

    long skippedCount() {
        return skipped;
    }

    long toCreateCount() {
        return wouldCreate;
    }

    /** The cuts of the rows to create (counted in dry runs too, so they predict the live run's). */
    ValueCuts cuts() {
        return cuts;
    }

    Map<String, Long> rowsPerSchema() {
        return new LinkedHashMap<>(rowsPerSchema);
    }

    /** Keys "0", "1", "2", … in numeric order, then "null". */
    Map<String, Long> actorTypeCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        typeCounts.forEach((type, n) -> counts.put(String.valueOf(type), n));
        return counts;
    }
}
