package io.github.musit2specify.specify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Writes a batch in one transaction; when the database rejects it, rolls back and writes each half on
 * its own, down to single items: only the items the database rejects are left out (each with its
 * reason), their neighbours are written, and nothing is half-written. A lost connection ends it at once,
 * since every further item would fail the same way.
 */
public final class BatchHalving {
    /** Writes {@code items} and commits. */
    public interface Write<T> {
        void write(List<T> items) throws SQLException;
    }

    /** An item the database rejected on its own, and why. */
    public interface Rejected<T> {
        void accept(T item, SQLException reason);
    }

    private BatchHalving() {
    }

    /**
     * @return how many of {@code items} were written
     * @throws SQLException the connection was lost, or the rollback failed
     */
    public static <T> int write(Connection c, List<T> items, Write<T> write, Rejected<T> rejected) throws SQLException {
        if (items.isEmpty()) {
            return 0;
        }
        try {
            write.write(items);
            return items.size();
        } catch (SQLException e) {
            if (SqlErrors.isConnectionLoss(c, e)) {
                throw e;
            }
            c.rollback();
            if (items.size() == 1) {
                rejected.accept(items.get(0), e);
                return 0;
            }
        }
        int half = items.size() / 2;
        return write(c, items.subList(0, half), write, rejected) + write(c, items.subList(half, items.size()), write, rejected);
    }

    /** {@code INSERT INTO t (…) VALUES } followed by {@code rows} copies of {@code rowValues}, comma-separated. */
    public static String multiRowInsert(String insertInto, String rowValues, int rows) {
        return insertInto + String.join(", ", Collections.nCopies(rows, rowValues));
    }
}
