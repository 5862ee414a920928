package io.github.musit2specify.flow.agents;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The agent columns a run writes, in one order for both ways of writing (LOAD DATA and INSERT). The
 * run's timestamp, version and division are the same for every row, so they are literals.
 */
final class AgentColumns {
    /** Columns that vary per row, in the order of {@link #values}. */
    static final String PER_ROW = "AgentType, FirstName, LastName, MiddleInitial, Title, Email, DateOfBirth,"
            + " DateOfBirthPrecision, DateOfDeath, DateOfDeathPrecision, Remarks, GUID";
    static final int PER_ROW_COUNT = 12;
    private static final int DATE_PRECISION_FULL = 1;
    private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final String timestampCreated;
    private final long divisionId;

    AgentColumns(LocalDateTime timestampCreated, long divisionId) {
        this.timestampCreated = SQL_TIMESTAMP.format(timestampCreated);
        this.divisionId = divisionId;
    }

    /** {@code TimestampCreated = '…', Version = 0, DivisionID = …}: the columns every row shares. */
    String sharedAssignments() {
        return "TimestampCreated = '" + timestampCreated + "', Version = 0, DivisionID = " + divisionId;
    }

    String sharedNames() {
        return "TimestampCreated, Version, DivisionID";
    }

    String sharedValues() {
        return "'" + timestampCreated + "', 0, " + divisionId;
    }

    /**
     * One row's values in {@link #PER_ROW} order (dates as {@code java.time.LocalDate}, null stays null).
     * Specify stores a GUID (a random UUID) for every agent; a date carries precision 1 (full date).
     */
    static Object[] values(AgentRow row) {
        return new Object[] {
                row.agentType(), row.firstName(), row.lastName(), row.middleInitial(), row.title(), row.email(),
                row.dateOfBirth(), row.dateOfBirth() == null ? null : DATE_PRECISION_FULL,
                row.dateOfDeath(), row.dateOfDeath() == null ? null : DATE_PRECISION_FULL,
                row.remarks(), UUID.randomUUID().toString()};
    }
}
