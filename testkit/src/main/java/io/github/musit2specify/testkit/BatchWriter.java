package io.github.musit2specify.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Adds rows to a JDBC batch and sends it every {@value #BATCH_SIZE} rows; close() sends the rest. */
final class BatchWriter<T> implements AutoCloseable {
    static final int BATCH_SIZE = 5_000;

    private final Connection connection;
    private final PreparedStatement statement;
    private final MusitRows.Binder<T> binder;
    private final boolean commitEachBatch;
    private int pending;
    private long written;

    BatchWriter(Connection connection, MusitRows.Insert<T> insert, boolean commitEachBatch) throws SQLException {
        this.connection = connection;
        this.statement = connection.prepareStatement(insert.sql());
        this.binder = insert.binder();
        this.commitEachBatch = commitEachBatch;
    }

    void add(T row) throws SQLException {
        binder.bind(statement, row);
        statement.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    long written() {
        return written + pending;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            written += pending;
            pending = 0;
            if (commitEachBatch) {
                connection.commit();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
