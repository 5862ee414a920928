package io.github.musit2specify.flow.agents;

import java.util.Optional;

/**
 * The idempotency marker at the start of a migrated agent's Remarks:
 * {@code MUSIT-migration: ACTOR; schema=<SCHEMA>; ACTOR_ID=<id>}, followed by the end or {@code ;}.
 * Matching is by prefix with a delimiter: ACTOR_ID=1 never matches ACTOR_ID=12, and whatever follows
 * the marker (institution, note) does not matter.
 */
public final class MigrationMarker {
    public static final String PREFIX = "MUSIT-migration: ACTOR; schema=";
    static final String ID_PART = "; ACTOR_ID=";

    private MigrationMarker() {
    }

    public static String of(String schema, long actorId) {
        return appendTo(new StringBuilder(), schema, actorId).toString();
    }

    /** Appends the marker of (schema, actorId) to {@code text}. */
    public static StringBuilder appendTo(StringBuilder text, String schema, long actorId) {
        return text.append(PREFIX).append(schema).append(ID_PART).append(actorId);
    }

    /** The (schema, ACTOR_ID) a Remarks value marks, or empty when it carries no well-formed marker. */
    public static Optional<Marked> parse(String remarks) {
        if (remarks == null || !remarks.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int schemaEnd = remarks.indexOf(';', PREFIX.length());
        if (schemaEnd <= PREFIX.length() || !remarks.startsWith(ID_PART, schemaEnd)) {
            return Optional.empty();
        }
        int digitsStart = schemaEnd + ID_PART.length();
        int i = digitsStart;
        while (i < remarks.length() && Character.isDigit(remarks.charAt(i)) && i - digitsStart < 19) {
            i++;
        }
        if (i == digitsStart || (i < remarks.length() && remarks.charAt(i) != ';')) {
            return Optional.empty();
        }
        long actorId;
        try {
            actorId = Long.parseLong(remarks, digitsStart, i, 10);
        } catch (NumberFormatException beyondLong) {
            return Optional.empty(); // 19 digits above Long.MAX_VALUE: no ACTOR_ID we wrote
        }
        return Optional.of(new Marked(remarks.substring(PREFIX.length(), schemaEnd), actorId));
    }

    /** True when {@code remarks} starts with exactly the marker of (schema, actorId). */
    public static boolean matches(String remarks, String schema, long actorId) {
        return parse(remarks).map(m -> m.schema().equals(schema) && m.actorId() == actorId).orElse(false);
    }

    public record Marked(String schema, long actorId) {
    }
}
