package io.github.musit2specify.flow.agents;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.specify.SpecifyDatabase;
import io.github.musit2specify.specify.SqlErrors;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Inserts agents in JDBC batches, one transaction per batch, on a writer thread so that reading
 * MUSIT and writing Specify overlap. A failed batch is redone row by row: only the rows the
 * database rejects become error lines; their neighbours are written.
 */
final class AgentWriter implements AutoCloseable {
    static final int BATCH_SIZE = 1_000;
    /** Batches queued ahead of the writer; bounds memory to a few thousand rows. */
    private static final int BATCHES_IN_FLIGHT = 3;
    private static final int DATE_PRECISION_FULL = 1;

    static final String INSERT_SQL = "INSERT INTO agent (TimestampCreated, Version, AgentType, FirstName, LastName,"
            + " MiddleInitial, Title, Email, DateOfBirth, DateOfBirthPrecision, DateOfDeath, DateOfDeathPrecision,"
            + " Remarks, DivisionID, GUID) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final SpecifyDatabase db;
    private final long divisionId;
    private final Timestamp timestampCreated;
    private final ErrorLines errors;
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "agent-writer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore slots = new Semaphore(BATCHES_IN_FLIGHT);
    private final AtomicLong created = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private List<AgentRow> buffer = new ArrayList<>(BATCH_SIZE);

    AgentWriter(SpecifyDatabase db, long divisionId, LocalDateTime timestampCreated, ErrorLines errors) {
        this.db = db;
        this.divisionId = divisionId;
        this.timestampCreated = Timestamp.valueOf(timestampCreated);
        this.errors = errors;
    }

    void add(AgentRow row) {
        buffer.add(row);
        if (buffer.size() == BATCH_SIZE) {
            submit();
        }
    }

    /** Agents written so far (complete after {@link #close()}). */
    long created() {
        return created.get();
    }

    private void submit() {
        throwIfFailed();
        List<AgentRow> batch = buffer;
        buffer = new ArrayList<>(BATCH_SIZE);
        slots.acquireUninterruptibly();
        writerThread.execute(() -> {
            try {
                if (failure.get() == null) {
                    write(batch);
                }
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            } finally {
                slots.release();
            }
        });
    }

    /** Writes what is buffered and waits for the writer; throws when the writer failed. */
    @Override
    public void close() {
        try {
            if (!buffer.isEmpty() && failure.get() == null) {
                submit();
            }
        } finally {
            writerThread.shutdown();
            try {
                writerThread.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        Exception e = failure.get();
        if (e != null) {
            throw new MigrationException(ErrorCode.SPECIFY_WRITE, "writing agents to the Specify database "
                    + db.settings().describe() + " failed: " + (e instanceof SQLException sql ? SqlErrors.reason(sql)
                    : e.getMessage()), e);
        }
    }

    private void write(List<AgentRow> batch) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT_SQL)) {
                for (AgentRow row : batch) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
                created.addAndGet(batch.size());
            } catch (SQLException e) {
                if (SqlErrors.isConnectionLoss(c, e)) {
                    throw e;
                }
                c.rollback();
                writeRowByRow(c, batch);
            }
        }
    }

    private void writeRowByRow(Connection c, List<AgentRow> batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_SQL)) {
            for (AgentRow row : batch) {
                try {
                    bind(ps, row);
                    ps.executeUpdate();
                    c.commit();
                    created.incrementAndGet();
                } catch (SQLException e) {
                    if (SqlErrors.isConnectionLoss(c, e)) {
                        throw e;
                    }
                    c.rollback();
                    errors.add(AgentsFlow.errorLine(row.schema(), row.actorId(), SqlErrors.reason(e)));
                }
            }
        }
    }

    private void bind(PreparedStatement ps, AgentRow row) throws SQLException {
        ps.setTimestamp(1, timestampCreated);
        ps.setInt(2, row.agentType());
        ps.setString(3, row.firstName());
        ps.setString(4, row.lastName());
        ps.setString(5, row.middleInitial());
        ps.setString(6, row.title());
        ps.setString(7, row.email());
        setDate(ps, 8, 9, row.dateOfBirth() == null ? null : Date.valueOf(row.dateOfBirth()));
        setDate(ps, 10, 11, row.dateOfDeath() == null ? null : Date.valueOf(row.dateOfDeath()));
        ps.setString(12, row.remarks());
        ps.setLong(13, divisionId);
        ps.setString(14, UUID.randomUUID().toString());
    }

    private static void setDate(PreparedStatement ps, int dateIndex, int precisionIndex, Date date) throws SQLException {
        ps.setDate(dateIndex, date);
        if (date == null) {
            ps.setNull(precisionIndex, Types.TINYINT);
        } else {
            ps.setInt(precisionIndex, DATE_PRECISION_FULL);
        }
    }
}
