package io.github.musit2specify.flow.agents;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.flow.WriteGate;
import io.github.musit2specify.specify.BatchHalving;
import io.github.musit2specify.specify.SpecifyDatabase;
import io.github.musit2specify.specify.SqlErrors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes agents in batches, one transaction per batch, on a writer thread so that reading MUSIT and
 * writing Specify overlap. A batch goes in with LOAD DATA LOCAL (multi-row INSERTs when the server
 * refuses that). A failed batch is halved and redone with INSERTs until the rows the database rejects
 * stand alone: only they become error lines; their neighbours are written.
 */
final class AgentWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentWriter.class);
    /** The first batch is at most this large, so the first agents reach Specify at once. */
    static final int FIRST_BATCH_MAX = 200;
    /** Batches queued ahead of the writer; bounds memory to a few batches of rows. */
    private static final int BATCHES_IN_FLIGHT = 3;

    private final SpecifyDatabase db;
    private final WriteGate gate;
    private final AgentLoadData loadData;
    private final AgentInsert insert;
    /** False once the server refused LOAD DATA LOCAL (set by the writer thread). */
    private volatile boolean loadDataAllowed;
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
    private final int batchSize;
    /** Rows the current batch takes: {@link #FIRST_BATCH_MAX} at most for the first, then the batch size. */
    private int fillTo;
    private List<AgentRow> buffer;

    /** Writes once {@code gate} (the run's S3 preflight) has opened. */
    AgentWriter(SpecifyDatabase db, long divisionId, LocalDateTime timestampCreated, ErrorLines errors, WriteGate gate,
                int batchSize) {
        this(db, divisionId, timestampCreated, errors, gate, batchSize, true);
    }

    /** {@code useLoadData} false writes with INSERTs only (as on a server with local_infile=OFF). */
    AgentWriter(SpecifyDatabase db, long divisionId, LocalDateTime timestampCreated, ErrorLines errors, WriteGate gate,
                int batchSize, boolean useLoadData) {
        AgentColumns columns = new AgentColumns(timestampCreated, divisionId);
        this.db = db;
        this.gate = gate;
        this.batchSize = batchSize;
        this.buffer = new ArrayList<>(batchSize);
        this.fillTo = Math.min(batchSize, FIRST_BATCH_MAX);
        this.loadData = new AgentLoadData(columns);
        this.insert = new AgentInsert(columns);
        this.loadDataAllowed = useLoadData;
        this.errors = errors;
    }

    void add(AgentRow row) {
        buffer.add(row);
        if (buffer.size() == fillTo) {
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
        buffer = new ArrayList<>(batchSize);
        fillTo = batchSize;
        // the text is made here, so that the writer thread only sends: MariaDB never waits for it
        byte[] text = loadDataAllowed ? AgentLoadData.tsv(batch) : null;
        slots.acquireUninterruptibly();
        writerThread.execute(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                if (failure.get() == null) {
                    write(batch, text);
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
        if (e instanceof MigrationException gateClosed) {
            throw gateClosed;
        }
        if (e != null) {
            throw new MigrationException(ErrorCode.SPECIFY_WRITE, "writing agents to the Specify database "
                    + db.settings().describe() + " failed: " + (e instanceof SQLException sql ? SqlErrors.reason(sql)
                    : e.getMessage()), e);
        }
    }

    /** Writes {@code batch}: its LOAD DATA {@code text} when there is one and the server takes it, else INSERTs. */
    private void write(List<AgentRow> batch, byte[] text) throws SQLException {
        gate.awaitOpen();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            if (text != null && loadDataAllowed) {
                try {
                    loadData.load(c, text, batch.size());
                    committed(c, batch.size());
                    return;
                } catch (SQLException e) {
                    rollbackUnlessLost(c, e);
                    if (AgentLoadData.isRefused(e)) {
                        loadDataAllowed = false;
                        LOG.info("The Specify server refuses LOAD DATA LOCAL INFILE ({}); writing agents with multi-row"
                                + " INSERTs, about half as fast (local_infile=ON on the server allows it)", SqlErrors.reason(e));
                    }
                }
            }
            insertOrHalve(c, batch);
        }
    }

    /** Inserts {@code rows} in one transaction; when the database rejects it, each half on its own, down to single rows. */
    private void insertOrHalve(Connection c, List<AgentRow> rows) throws SQLException {
        BatchHalving.write(c, rows, part -> {
            insert.insert(c, part);
            committed(c, part.size());
        }, (row, reason) -> errors.add(AgentsFlow.errorLine(row.schema(), row.actorId(), SqlErrors.reason(reason))));
    }

    private void committed(Connection c, int rows) throws SQLException {
        c.commit();
        created.addAndGet(rows);
        logFirstCommit();
    }

    private static void rollbackUnlessLost(Connection c, SQLException e) throws SQLException {
        if (SqlErrors.isConnectionLoss(c, e)) {
            throw e;
        }
        c.rollback();
    }

    /** When the first rows reached Specify, measured from the JVM's start (the benchmark reads this line). */
    private void logFirstCommit() {
        if (!firstCommitLogged) {
            firstCommitLogged = true;
            LOG.info("first agents committed {} ms after the process started", ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }
}
