package io.github.musit2specify.flow.agents;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.flow.WriteGate;
import io.github.musit2specify.report.LogCapture;
import io.github.musit2specify.specify.SpecifyDatabase;
import io.github.musit2specify.specify.SpecifySettings;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The two ways AgentWriter writes (LOAD DATA LOCAL and multi-row INSERT) against Specify's own schema. */
class AgentWriterIT {
    private static final String SCHEMA = "MUSIT_BOTANIKK_FELLES";
    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 25, 12, 0, 0);
    private static final String COLUMNS = "AgentType, FirstName, LastName, MiddleInitial, Title, Email, DateOfBirth,"
            + " DateOfBirthPrecision, DateOfDeath, DateOfDeathPrecision, Remarks, DivisionID, TimestampCreated, Version, GUID";

    private static final int BATCH = 100;

    private SpecifyTestDatabase specify;
    private final Set<String> guidsSeen = new HashSet<>();

    @BeforeEach
    void setUp(TestInfo info) {
        String name = "writer_" + info.getTestMethod().orElseThrow().getName().toLowerCase();
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase(name.length() > 60 ? name.substring(0, 60) : name);
    }

    /** Values that need escaping in LOAD DATA's text form, nulls, empty strings and dates. */
    private static List<AgentRow> awkwardRows() {
        return List.of(
                row(1, "Tab\there", "New\nline", "back\\slash", "\\N", "cr\r", LocalDate.of(1850, 3, 1), null, "note"),
                row(2, "", "Ødegård ÆØÅ ß", null, null, null, null, LocalDate.of(1920, 12, 31), null),
                row(3, null, "(unknown)", "Nul\0byte", "Dr.", "a@b.no", LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), "x\\ty"),
                row(4, "José", "Müller", null, null, null, null, null, "; oracle_note=\"quoted\" 'single'"));
    }

    private static AgentRow row(long id, String first, String last, String middle, String title, String email,
                                LocalDate born, LocalDate died, String note) {
        return new AgentRow(SCHEMA, id, id == 4 ? AgentMapping.AGENT_TYPE_ORGANIZATION : AgentMapping.AGENT_TYPE_PERSON,
                first, last, middle, title, email, born, died,
                AgentMapping.remarks(SCHEMA, id, null, note));
    }

    @Test
    void loadDataAndInsertsWriteTheSameRows() throws Exception {
        List<Map<String, Object>> byLoadData = writeAndRead(awkwardRows(), true);
        List<Map<String, Object>> byInsert = writeAndRead(awkwardRows(), false);
        assertThat(byLoadData).hasSize(4).isEqualTo(byInsert);
        assertThat(byLoadData.get(0)).containsEntry("FirstName", "Tab\there").containsEntry("LastName", "New\nline")
                .containsEntry("MiddleInitial", "back\\slash").containsEntry("Title", "\\N").containsEntry("Email", "cr\r")
                .containsEntry("DateOfBirthPrecision", 1L).containsEntry("DateOfDeath", null)
                .containsEntry("DateOfDeathPrecision", null);
        assertThat(byLoadData.get(1)).containsEntry("FirstName", "").containsEntry("LastName", "Ødegård ÆØÅ ß");
        assertThat(byLoadData.get(2)).containsEntry("MiddleInitial", "Nul\0byte");
        assertThat(guidsSeen).as("a distinct GUID per agent").hasSize(8).allSatisfy(g -> assertThat(g).hasSize(36));
    }

    @Test
    void aValueLoadDataWouldOnlyWarnAboutIsRedoneWithInsertsAndNamedAsAnError() throws Exception {
        List<AgentRow> rows = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            rows.add(row(id, "Given", id == 150 ? "L".repeat(300) : "Person" + id, null, null, null, null, null, null));
        }
        ErrorLines errors = new ErrorLines();
        long created = write(rows, true, errors);

        assertThat(errors.forReport()).singleElement().asString()
                .startsWith("Error migrating " + SCHEMA + ".ACTOR_ID=150: ").contains("LastName");
        assertThat(created).isEqualTo(299);
        assertThat(specify.count("SELECT COUNT(*) FROM agent WHERE LastName LIKE 'Person%'")).isEqualTo(299);
        assertThat(specify.count("SELECT COUNT(*) FROM agent WHERE LastName LIKE 'LLL%'"))
                .as("never stored cut to the column").isZero();
    }

    @Test
    void aServerThatRefusesLocalInfileGetsMultiRowInserts() throws Exception {
        EmbeddedMariaDb.shared().setGlobal("local_infile", "OFF");
        try (LogCapture log = new LogCapture(AgentWriter.class)) {
            ErrorLines errors = new ErrorLines();
            long created = write(awkwardRows(), true, errors);
            assertThat(errors.forReport()).isEmpty();
            assertThat(created).isEqualTo(4);
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("INFO The Specify server refuses LOAD DATA LOCAL INFILE").contains("local_infile=ON"));
        } finally {
            EmbeddedMariaDb.shared().setGlobal("local_infile", "ON");
        }
        assertThat(read()).hasSize(4).extracting(r -> r.get("LastName"))
                .containsExactly("New\nline", "Ødegård ÆØÅ ß", "(unknown)", "Müller");
    }

    @Test
    void moreRowsThanABatchAreAllWrittenOnce() throws Exception {
        List<AgentRow> rows = new ArrayList<>();
        int count = BATCH * 2 + 7;
        for (long id = 1; id <= count; id++) {
            rows.add(row(id, "Given", "Person" + id, null, null, null, null, null, null));
        }
        assertThat(write(rows, true, new ErrorLines())).isEqualTo(count);
        assertThat(specify.count("SELECT COUNT(DISTINCT Remarks) FROM agent WHERE LastName LIKE 'Person%'")).isEqualTo(count);
    }

    @Test
    void insertsSendABatchLargerThanOneStatementAsSeveralAndNameTheRejectedRow() throws Exception {
        List<AgentRow> rows = new ArrayList<>();
        int count = AgentInsert.ROWS_PER_STATEMENT * 2 + 600;
        for (long id = 1; id <= count; id++) {
            rows.add(row(id, "Given", id == 2_222 ? "L".repeat(300) : "Person" + id, null, null, null, null, null, null));
        }
        ErrorLines errors = new ErrorLines();
        assertThat(write(rows, false, errors, count)).isEqualTo(count - 1);
        assertThat(errors.forReport()).singleElement().asString().startsWith("Error migrating " + SCHEMA + ".ACTOR_ID=2222: ");
        assertThat(specify.count("SELECT COUNT(DISTINCT Remarks) FROM agent WHERE LastName LIKE 'Person%'")).isEqualTo(count - 1);
    }

    private List<Map<String, Object>> writeAndRead(List<AgentRow> rows, boolean useLoadData) throws Exception {
        ErrorLines errors = new ErrorLines();
        assertThat(write(rows, useLoadData, errors)).isEqualTo(rows.size());
        assertThat(errors.forReport()).isEmpty();
        List<Map<String, Object>> written = read();
        written.forEach(r -> guidsSeen.add((String) r.remove("GUID")));
        try (Connection c = specify.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM agent WHERE Remarks LIKE 'MUSIT-migration:%'");
        }
        return written;
    }

    private long write(List<AgentRow> rows, boolean useLoadData, ErrorLines errors) {
        return write(rows, useLoadData, errors, BATCH);
    }

    private long write(List<AgentRow> rows, boolean useLoadData, ErrorLines errors, int batchSize) {
        ConfigErrors problems = new ConfigErrors();
        SpecifySettings settings = SpecifySettings.fromEnv(Env.of(specify.env()), problems);
        problems.throwIfAny();
        try (SpecifyDatabase db = SpecifyDatabase.open(settings)) {
            AgentWriter writer = new AgentWriter(db, db.requireFirstDivisionId(), CREATED, errors, WriteGate.OPEN, batchSize, useLoadData);
            rows.forEach(writer::add);
            writer.close();
            return writer.created();
        }
    }

    private List<Map<String, Object>> read() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = specify.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM agent"
                     + " WHERE Remarks LIKE 'MUSIT-migration:%' ORDER BY AgentID");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnLabel(i), value instanceof Number n ? (Object) n.longValue() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
