package io.github.musit2specify.check;

import io.github.musit2specify.diagnosis.SqlFailure;
import io.github.musit2specify.testkit.MusitSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The wrapped probe on H2 in Oracle mode: parameters, and which columns a query names. */
class FlowQueryProbeTest {
    private static MusitSource musit;

    @BeforeAll
    static void setUp() {
        musit = MusitSource.inMemory("flow_query_probe");
    }

    @AfterAll
    static void tearDown() {
        musit.close();
    }

    @Test
    void aStatementWithParametersIsProbedWithNulls() throws Exception {
        MusitTables.FlowQuery lookup = new MusitTables.FlowQuery("migrate-musit-agents", "lookup",
                "SELECT PERSON_SURNAME FROM MUSIT_BOTANIKK_FELLES.PERSON_NAME WHERE PERSON_NAME_ID = ? AND ACTOR_ID = ?",
                List.of("MUSIT_BOTANIKK_FELLES.PERSON_NAME"));
        try (Connection c = musit.connect()) {
            CheckResult r = new FlowQueryProbe("Oracle", "TEST", SqlFailure.Vendor.H2).probe(c, lookup);
            assertThat(r.status()).as(r.toText()).isEqualTo(CheckResult.Status.OK);
        }
        assertThat(lookup.columnsRead("MUSIT_BOTANIKK_FELLES.PERSON_NAME"))
                .containsExactly("PERSON_NAME_ID", "ACTOR_ID", "PERSON_SURNAME");
    }

    @Test
    void theColumnsEachFlowQueryReadsExistInTheMusitOfTheTests() throws Exception {
        try (Connection c = musit.connect()) {
            for (MusitTables.FlowQuery q : MusitTables.flowQueries()) {
                for (String table : q.tables()) {
                    assertThat(q.columnsRead(table)).as(q.label() + " on " + table).isNotEmpty()
                            .isSubsetOf(Jdbc.columnNames(c, table))
                            .doesNotContain("EKSTERN_PASSORD");
                }
            }
        }
    }
}
