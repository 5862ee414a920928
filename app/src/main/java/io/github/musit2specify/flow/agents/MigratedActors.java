package io.github.musit2specify.flow.agents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The actors already migrated, read once per run from the markers in agent.Remarks and kept as one
 * sorted {@code long[]} per schema (8 bytes per agent, binary search), not as 250k strings.
 */
public final class MigratedActors {
    /** Long enough for any marker: prefix, the longest schema name, "; ACTOR_ID=", 19 digits, ';'. */
    private static final int MARKER_CHARS = 128;

    private final Map<String, long[]> sortedIdsBySchema;
    private final int size;

    private MigratedActors(Map<String, long[]> sortedIdsBySchema) {
        this.sortedIdsBySchema = sortedIdsBySchema;
        this.size = sortedIdsBySchema.values().stream().mapToInt(a -> a.length).sum();
    }

    public static MigratedActors load(Connection specify) throws SQLException {
        Map<String, LongList> ids = new HashMap<>();
        // up to the marker's third ';' (after "ACTOR", the schema and the id): the rest of Remarks
        // (institution, note) stays on the server: less to send and decode for every migrated agent
        String sql = "SELECT SUBSTRING_INDEX(LEFT(Remarks, " + MARKER_CHARS + "), ';', 3) FROM agent WHERE Remarks LIKE ?";
        try (PreparedStatement ps = specify.prepareStatement(sql)) {
            ps.setString(1, MigrationMarker.PREFIX.replace("_", "\\_") + "%");
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MigrationMarker.parse(rs.getString(1)).ifPresent(m ->
                            ids.computeIfAbsent(m.schema(), s -> new LongList()).add(m.actorId()));
                }
            }
        }
        Map<String, long[]> sorted = new HashMap<>();
        ids.forEach((schema, list) -> sorted.put(schema, list.sorted()));
        return new MigratedActors(sorted);
    }

    public boolean contains(String schema, long actorId) {
        long[] ids = sortedIdsBySchema.get(schema);
        return ids != null && Arrays.binarySearch(ids, actorId) >= 0;
    }

    public int size() {
        return size;
    }

    /**
     * The middle one of the migrated ACTOR_IDs of {@code schema} when it has at least {@code atLeast}:
     * where a re-run splits its read of that schema in two.
     */
    public OptionalLong middleId(String schema, int atLeast) {
        long[] ids = sortedIdsBySchema.get(schema);
        return ids == null || ids.length < Math.max(atLeast, 2) ? OptionalLong.empty() : OptionalLong.of(ids[ids.length / 2]);
    }

    /** A growable primitive list: boxing 250k Longs would cost ~5x the memory. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int count;

        void add(long value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
        }

        long[] sorted() {
            long[] result = Arrays.copyOf(values, count);
            Arrays.sort(result);
            return result;
        }
    }
}
