package io.github.musit2specify.check;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Opens one JDBC connection, runs one single-value query, closes it. */
final class JdbcProbe {
    private JdbcProbe() {
    }

    static CheckResult run(String name, String url, Properties props, String sql, String target, String hint) {
        try (Connection c = DriverManager.getConnection(url, props);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return CheckResult.ok(name, target + ": " + sql + " → " + rs.getString(1));
        } catch (SQLException | RuntimeException e) {
            return CheckResult.fail(name, target + ": " + rootMessage(e), hint);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (t == e || t.getMessage() == null || first.contains(t.getMessage())) {
            return first;
        }
        return first + " (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")";
    }
}
