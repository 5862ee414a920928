package io.github.musit2specify.check;

import io.github.musit2specify.musit.MusitSchemas;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server says about itself, and the plan of the actor read. The character sets, the session
 * time zone and the plan are asked of Oracle only; on an H2 rehearsal database those lines are skipped.
 */
final class OracleServer {
    private static final String INDENT = System.lineSeparator() + "              ";
    private static final String STATEMENT_ID = "musit2specify";

    private final String checkName;
    private final boolean oracle;

    OracleServer(String checkName, boolean oracle) {
        this.checkName = checkName;
        this.oracle = oracle;
    }

    List<CheckResult> describe(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String version = meta.getDatabaseProductVersion().replaceAll("\\s+", " ").strip();
        if (!oracle) {
            return List.of(CheckResult.ok(checkName, "server: " + meta.getDatabaseProductName() + " " + version
                            + " (a rehearsal database, not Oracle)"),
                    CheckResult.skipped(checkName, "character sets, session time zone and the plan are asked of Oracle only"));
        }
        List<CheckResult> results = new ArrayList<>();
        String zone = Jdbc.single(c, "SELECT SESSIONTIMEZONE || ' (database ' || DBTIMEZONE || ')' FROM dual");
        String sort = Jdbc.single(c, "SELECT value FROM nls_session_parameters WHERE parameter = 'NLS_SORT'");
        results.add(CheckResult.ok(checkName, "server: " + version + "; session time zone " + zone + "; NLS_SORT " + sort
                + " (not used: orders are computed in Java)"));
        results.add(characterSets(c));
        return results;
    }

    private CheckResult characterSets(Connection c) throws SQLException {
        Map<String, String> sets = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT parameter, value FROM"
                + " nls_database_parameters WHERE parameter IN ('NLS_CHARACTERSET', 'NLS_NCHAR_CHARACTERSET')"
                + " ORDER BY parameter")) {
            while (rs.next()) {
                sets.put(rs.getString(1), rs.getString(2));
            }
        }
        return characterSetVerdict(checkName, sets);
    }

    /** OK when the bundled driver converts every set, FAIL when not, WARN for a 7-bit database. */
    static CheckResult characterSetVerdict(String checkName, Map<String, String> sets) {
        String shown = "character sets " + sets.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("(none reported)");
        List<String> problems = sets.values().stream().map(CharsetSupport::problem).flatMap(Optional::stream).toList();
        if (!problems.isEmpty()) {
            return CheckResult.fail(checkName, shown + ": " + String.join("; ", problems), "text in this database "
                    + "cannot be read: run the shaded jar musit2specify.jar or the image (they carry orai18n)");
        }
        if (CharsetSupport.SEVEN_BIT.equals(sets.get("NLS_CHARACTERSET"))) {
            return CheckResult.warn(checkName, shown + ": a 7-bit database character set", "old clients often stored"
                    + " 8-bit text (æ, ø, å) in US7ASCII databases anyway; look at names with æ, ø, å in a dry run's"
                    + " report and ask the DBA about the character set's history (CSMIG) before a live run");
        }
        return CheckResult.ok(checkName, shown + ": the bundled driver converts them");
    }

    /**
     * EXPLAIN PLAN of each statement of the agents flow's read of the botany schema (the large one), shown
     * with DBMS_XPLAN. Parameters become binds ({@code :p1}); EXPLAIN PLAN does not run the statement.
     */
    CheckResult actorReadPlan(Connection c) throws SQLException {
        String schema = MusitSchemas.BOTANY;
        String what = "plan of the " + MusitTables.AGENTS_FLOW + " actor read (" + schema + ")";
        if (!oracle) {
            return CheckResult.skipped(checkName, what + ": EXPLAIN PLAN and DBMS_XPLAN are Oracle's");
        }
        List<String> statements = MusitTables.actorReads(schema);
        List<String> perActor = MusitTables.actorReadsPerActor(schema);
        List<String> lines = new ArrayList<>();
        List<ActorReadPlan> plans = new ArrayList<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                List<String> plan = explain(st, statements.get(i), STATEMENT_ID + "-" + (i + 1));
                plans.add(ActorReadPlan.of(plan, perActor.contains(statements.get(i))));
                lines.addAll(plan);
            }
        } catch (SQLException e) {
            return CheckResult.skipped(checkName, what + ": not available to this user (" + Jdbc.cause(e)
                    + "); ask the DBA for the plan of:" + INDENT + String.join(INDENT, statements));
        } finally {
            c.rollback(); // the plan rows in PLAN_TABLE are ours only; leave nothing behind
            c.setAutoCommit(autoCommit);
        }
        ActorReadPlan worst = plans.stream().max(java.util.Comparator.comparing(ActorReadPlan::verdict)).orElseThrow();
        String detail = what + ": " + worst.summary() + INDENT + String.join(INDENT, lines);
        if (worst.verdict() == ActorReadPlan.Verdict.SCAN_PER_ACTOR) {
            return CheckResult.warn(checkName, detail, "one full scan of PERSON_NAME per actor takes hours for 235,000"
                    + " actors: ask the DBA for an index on PERSON_NAME(ACTOR_ID) in both actor schemas (or fresh"
                    + " statistics), then run check again");
        }
        return CheckResult.ok(checkName, detail);
    }

    private static List<String> explain(Statement st, String sql, String statementId) throws SQLException {
        String explainable = sql;
        for (int i = 1; explainable.contains("?"); i++) {
            explainable = explainable.replaceFirst("\\?", ":p" + i);
        }
        st.execute("EXPLAIN PLAN SET STATEMENT_ID = '" + statementId + "' FOR " + explainable);
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT PLAN_TABLE_OUTPUT FROM TABLE(DBMS_XPLAN.DISPLAY(NULL, '"
                + statementId + "', 'TYPICAL'))")) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}
