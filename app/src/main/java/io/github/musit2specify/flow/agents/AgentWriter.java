package io.github.musit2specify.flow.agents;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.specify.SpecifyDatabase;
import io.github.musit2specify.specify.SqlErrors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Logger LOG = LoggerFactory.getLogger(AgentWriter.class);
    static final int BATCH_SIZE = 1_000;
    /** Batches queued ahead of the writer; bounds memory to a few thousand rows. */
    private static final int BATCHES_IN_FLIGHT = 3;
    private static final int DATE_PRECISION_FULL = 1;

    private static final int PARAMETERS_PER_ROW = 12;
    private static final String INSERT_INTO = "INSERT INTO agent (TimestampCreated, Version, AgentType, FirstName, LastName,"
            + " MiddleInitial, Title, Email, DateOfBirth, DateOfBirthPrecision, DateOfDeath, DateOfDeathPrecision,"
            + " Remarks, DivisionID, GUID) VALUES ";
    private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final SpecifyDatabase db;
    /** One row's values; the run's timestamp and division are the same for every row, so they are literals. */
    private final String rowValues;
    /**
     * A whole batch as one multi-row INSERT: MariaDB parses and executes one statement per 1,000 rows,
     * the fastest form short of LOAD DATA (Connector/J 3 no longer rewrites batches itself).
     */
    private final String batchSql;
    private final ErrorLines errors;
    /** The run's log context (flow, run), carried to the writer thread so its lines name the run too. */
    private final Map<String, String> logContext = MDC.getCopyOfContextMap();
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "agent-writer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore slots = new Semaphore(BATCHES_IN_FLIGHT);
    private final AtomicLong created = new AtomicLong();
    private boolean firstCommitLogged;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private List<AgentRow> buffer = new ArrayList<>(BATCH_SIZE);

    AgentWriter(SpecifyDatabase db, long divisionId, LocalDateTime timestampCreated, ErrorLines errors) {
        this.db = db;
        this.rowValues = "('" + SQL_TIMESTAMP.format(timestampCreated) + "', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + divisionId + ", ?)";
        this.batchSql = multiRowInsert(BATCH_SIZE);
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
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
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

    private String multiRowInsert(int rows) {
        return INSERT_INTO + String.join(", ", Collections.nCopies(rows, rowValues));
    }

    private void write(List<AgentRow> batch) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(batch.size() == BATCH_SIZE ? batchSql : multiRowInsert(batch.size()))) {
                for (int i = 0; i < batch.size(); i++) {
                    bind(ps, i * PARAMETERS_PER_ROW, batch.get(i));
                }
                ps.executeUpdate();
                c.commit();
                created.addAndGet(batch.size());
                logFirstCommit();
            } catch (SQLException e) {
                if (SqlErrors.isConnectionLoss(c, e)) {
                    throw e;
                }
                c.rollback();
                writeRowByRow(c, batch);
            }
        }
    }

    /** When the first rows reached Specify, measured from the JVM's start (the benchmark reads this line). */
    private void logFirstCommit() {
        if (!firstCommitLogged) {
            firstCommitLogged = true;
            LOG.info("first agents committed {} ms after the process started", ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    private void writeRowByRow(Connection c, List<AgentRow> batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(multiRowInsert(1))) {
            for (AgentRow row : batch) {
                try {
                    bind(ps, 0, row);
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

    /** Binds {@code row} to the 12 parameters after {@code offset}. */
    private static void bind(PreparedStatement ps, int offset, AgentRow row) throws SQLException {
        ps.setInt(offset + 1, row.agentType());
        ps.setString(offset + 2, row.firstName());
        ps.setString(offset + 3, row.lastName());
        ps.setString(offset + 4, row.middleInitial());
        ps.setString(offset + 5, row.title());
        ps.setString(offset + 6, row.email());
        setDate(ps, offset + 7, offset + 8, row.dateOfBirth() == null ? null : Date.valueOf(row.dateOfBirth()));
        setDate(ps, offset + 9, offset + 10, row.dateOfDeath() == null ? null : Date.valueOf(row.dateOfDeath()));
        ps.setString(offset + 11, row.remarks());
        ps.setString(offset + 12, UUID.randomUUID().toString());
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
