package io.github.musit2specify.check;

import io.github.musit2specify.diagnosis.FailureHints;
import io.github.musit2specify.diagnosis.SqlFailure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a flow's exact SELECT wrapped so that it returns no rows: the database parses it and checks every
 * table, column and grant, but reads nothing. A failure names the flow, and the missing columns when the
 * tables are readable but lack some the query names.
 */
final class FlowQueryProbe {
    private final String checkName;
    private final String profile;
    private final SqlFailure.Vendor vendor;

    FlowQueryProbe(String checkName, String profile, SqlFailure.Vendor vendor) {
        this.checkName = checkName;
        this.profile = profile;
        this.vendor = vendor;
    }

    static String wrapped(String sql) {
        return "SELECT * FROM (" + sql + ") WHERE 1=0";
    }

    CheckResult probe(Connection c, MusitTables.FlowQuery query) {
        String what = query.flow() + ": " + query.label();
        try {
            Jdbc.probe(c, wrapped(query.sql()));
            return CheckResult.ok(checkName, what + " parses and runs");
        } catch (SQLException e) {
            SqlFailure kind = SqlFailure.classify(e, vendor);
            List<String> missing = missingColumns(c, query);
            if (!missing.isEmpty()) {
                kind = SqlFailure.MISSING_COLUMN;
            }
            String detail = missing.isEmpty() ? what + " fails: " + Jdbc.cause(e)
                    : what + " fails: missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + " (" + Jdbc.cause(e) + ")";
            return CheckResult.fail(checkName, detail, FailureHints.oracle(kind, profile));
        }
    }

    /** The catalogued columns the query names that its (readable) tables do not have, as SCHEMA.TABLE.COLUMN. */
    private static List<String> missingColumns(Connection c, MusitTables.FlowQuery query) {
        List<String> missing = new ArrayList<>();
        for (String table : query.tables()) {
            Set<String> present;
            try {
                present = Jdbc.columnNames(c, table);
            } catch (SQLException unreadable) {
                continue; // the table's own read line says why
            }
            query.columnsRead(table).stream().filter(col -> !present.contains(col))
                    .forEach(col -> missing.add(table + "." + col));
        }
        return missing;
    }
}
