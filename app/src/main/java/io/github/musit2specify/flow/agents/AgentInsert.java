package io.github.musit2specify.flow.agents;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * Writes a batch of agents as one multi-row INSERT (MariaDB parses and executes one statement per
 * batch; Connector/J 3 no longer rewrites batches itself). Used when the server refuses LOAD DATA
 * LOCAL, and to redo a failed batch so that the rows the database rejects are named. The caller commits.
 */
final class AgentInsert {
    private final String insertInto;
    private final String rowValues;
    private final String fullBatchSql;
    private final int fullBatch;

    AgentInsert(AgentColumns columns, int fullBatch) {
        this.insertInto = "INSERT INTO agent (" + columns.sharedNames() + ", " + AgentColumns.PER_ROW + ") VALUES ";
        this.rowValues = "(" + columns.sharedValues() + String.join("", Collections.nCopies(AgentColumns.PER_ROW_COUNT, ", ?")) + ")";
        this.fullBatch = fullBatch;
        this.fullBatchSql = sql(fullBatch);
    }

    void insert(Connection c, List<AgentRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(rows.size() == fullBatch ? fullBatchSql : sql(rows.size()))) {
            int index = 1;
            for (AgentRow row : rows) {
                for (Object value : AgentColumns.values(row)) {
                    bind(ps, index++, value);
                }
            }
            ps.executeUpdate();
        }
    }

    private String sql(int rows) {
        return insertInto + String.join(", ", Collections.nCopies(rows, rowValues));
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else if (value instanceof LocalDate date) {
            ps.setDate(index, Date.valueOf(date));
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else {
            ps.setString(index, (String) value);
        }
    }
}
