package io.github.musit2specify.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * MUSIT in H2 (Oracle mode): the actor schemas MUSIT_BOTANIKK_FELLES and MUSIT_ZOOLOGI_ENTOMOLOGI
 * (ACTOR, PERSON_NAME, GROUPMEMBERSHIP) and USD_METADATA (BRUKARAR, BRUKERNAVN_GRUPPE, GRUPPE).
 */
public final class MusitSource implements AutoCloseable {
    public static final List<String> ACTOR_SCHEMAS = List.of("MUSIT_BOTANIKK_FELLES", "MUSIT_ZOOLOGI_ENTOMOLOGI");
    public static final String USERS_SCHEMA = "USD_METADATA";
    static final String USER = "MUSIT";
    static final String PASSWORD = "musit-h2-Passw0rd";
    // H2 ignores fetchSize and materialises whole results unless queries run lazily. Its page cache
    // lives in the reading JVM's heap (Oracle's lives on its server), and a flow reads each page once:
    // 4 MB, not H2's default 16 MB, whose decoded pages of these tables take several times that in heap
    // objects, copied again at every young collection (a re-run of 250,274 actors at -Xmx256m: 1.9 s
    // instead of 2.1 s).
    private static final String OPTIONS = ";MODE=Oracle;LAZY_QUERY_EXECUTION=TRUE;CACHE_SIZE=4096";
    private static final Pattern MEMORY_NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final String jdbcUrl;
    private final boolean inMemory;

    private MusitSource(String jdbcUrl, boolean inMemory) {
        this.jdbcUrl = jdbcUrl;
        this.inMemory = inMemory;
        createTables();
    }

    /** An in-memory database that lives until {@link #close()}. */
    public static MusitSource inMemory(String name) {
        if (name == null || !MEMORY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("in-memory database name must be letters, digits, - or _: " + name);
        }
        return new MusitSource("jdbc:h2:mem:" + name + OPTIONS + ";DB_CLOSE_DELAY=-1", true);
    }

    /** An H2 file database ({@code file} with or without {@code .mv.db}); kept and reused. */
    public static MusitSource file(Path file) {
        // AUTO_SERVER: while the sandbox keeps the file open, a CLI in another process can read it too
        return new MusitSource(fileUrl(file) + ";AUTO_SERVER=TRUE", false);
    }

    /**
     * An H2 file database that one process at a time opens (no AUTO_SERVER): the benchmark's CLI
     * processes open it as a flow opens Oracle, without first becoming an H2 server for other
     * processes. Close every connection of this process before another opens it.
     */
    public static MusitSource fileForOneProcessAtATime(Path file) {
        return new MusitSource(fileUrl(file), false);
    }

    private static String fileUrl(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "") + OPTIONS;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, USER, PASSWORD);
    }

    /** ORACLE_<PROFILE>_URL, _USER and _PASSWORD pointing at this database. */
    public Map<String, String> env(String profile) {
        String prefix = "ORACLE_" + profile.trim().toUpperCase(Locale.ROOT) + "_";
        return Map.of(prefix + "URL", jdbcUrl, prefix + "USER", USER, prefix + "PASSWORD", PASSWORD);
    }

    /** No actors in either actor schema and no users yet. */
    public boolean isEmpty() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String table : List.of(ACTOR_SCHEMAS.get(0) + ".ACTOR", ACTOR_SCHEMAS.get(1) + ".ACTOR",
                    USERS_SCHEMA + ".BRUKARAR")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return false;
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            throw failure("count rows", e);
        }
    }

    public void insertActors(String schema, List<ActorRow> actors) {
        insertAll(MusitRows.ACTOR.forSchema(actorSchema(schema)), actors);
    }

    public void insertPersonNames(String schema, List<PersonNameRow> names) {
        insertAll(MusitRows.PERSON_NAME.forSchema(actorSchema(schema)), names);
    }

    public void insertGroups(List<GroupRow> groups) {
        insertAll(MusitRows.GROUP, groups);
    }

    public void insertUsers(List<UserRow> users) {
        insertAll(MusitRows.USER, users);
    }

    public void insertMemberships(List<MembershipRow> memberships) {
        insertAll(MusitRows.MEMBERSHIP, memberships);
    }

    /** All rows in JDBC batches, one transaction. */
    private <T> void insertAll(MusitRows.Insert<T> insert, List<T> rows) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (BatchWriter<T> writer = new BatchWriter<>(c, insert, false)) {
                for (T row : rows) {
                    writer.add(row);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw failure("insert into " + insert.table(), e);
        }
    }

    static String actorSchema(String schema) {
        if (!ACTOR_SCHEMAS.contains(schema)) {
            throw new IllegalArgumentException("not a MUSIT actor schema: " + schema + " (expected one of " + ACTOR_SCHEMAS + ")");
        }
        return schema;
    }

    private void createTables() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String ddl : MusitSchema.ddl()) {
                s.execute(ddl);
            }
        } catch (SQLException e) {
            throw failure("create the MUSIT tables", e);
        }
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + " in " + jdbcUrl + ": " + e.getMessage(), e);
    }

    /** Drops an in-memory database; a file database stays on disk. */
    @Override
    public void close() {
        if (!inMemory) {
            return;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw failure("shut down", e);
        }
    }

    @Override
    public String toString() {
        return "MusitSource[" + jdbcUrl + ", user=" + USER + "]";
    }
}
