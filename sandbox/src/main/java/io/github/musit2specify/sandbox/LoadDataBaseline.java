package io.github.musit2specify.sandbox;

import io.github.musit2specify.flow.agents.ActorSource;
import io.github.musit2specify.flow.agents.AgentMapping;
import io.github.musit2specify.flow.agents.AgentRow;
import io.github.musit2specify.musit.MusitSchemas;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * The physical write baseline: the same agent rows the flow writes, as a tab-separated file loaded
 * with LOAD DATA LOCAL INFILE into the Specify agent table (the fastest way MariaDB takes rows).
 */
final class LoadDataBaseline {
    private LoadDataBaseline() {
    }

    /** Maps every actor of {@code source} to its agent row and writes them as TSV; returns the row count. */
    static long writeFile(Connection source, Path file) throws SQLException {
        long[] rows = {0};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String schema : MusitSchemas.ACTOR_SCHEMAS) {
                ActorSource.stream(source, schema, actor -> {
                    AgentRow a = AgentMapping.map(actor);
                    try {
                        w.write(String.join("\t", "2026-01-01 00:00:00", "0", String.valueOf(a.agentType()),
                                tsv(a.firstName()), tsv(a.lastName()), tsv(a.middleInitial()), tsv(a.title()),
                                tsv(a.email()), a.dateOfBirth() == null ? "\\N" : a.dateOfBirth().toString(),
                                a.dateOfBirth() == null ? "\\N" : "1",
                                a.dateOfDeath() == null ? "\\N" : a.dateOfDeath().toString(),
                                a.dateOfDeath() == null ? "\\N" : "1", tsv(a.remarks()), "1",
                                UUID.randomUUID().toString()));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }

    static long load(String jdbcUrl, String user, String password, Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("allowLocalInfile", "true");
        try (Connection c = DriverManager.getConnection(jdbcUrl, props); Statement st = c.createStatement()) {
            return st.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' INTO TABLE agent CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                    + " LINES TERMINATED BY '\\n' (TimestampCreated, Version, AgentType, FirstName, LastName,"
                    + " MiddleInitial, Title, Email, DateOfBirth, DateOfBirthPrecision, DateOfDeath, DateOfDeathPrecision,"
                    + " Remarks, DivisionID, GUID)");
        }
    }

    private static String tsv(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
