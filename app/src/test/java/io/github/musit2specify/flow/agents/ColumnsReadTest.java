package io.github.musit2specify.flow.agents;

import io.github.musit2specify.check.MusitTables;
import io.github.musit2specify.musit.MusitSchemas;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** check/MusitTables lists exactly the columns the actor query reads (the schema drift warning relies on it). */
class ColumnsReadTest {
    /** The selected columns plus those named after WHERE and ORDER BY. */
    static Set<String> columnsOf(String sql) {
        Set<String> columns = new TreeSet<>();
        Matcher m = Pattern.compile("\\b([A-Z][A-Z_]+)\\b").matcher(sql.replaceAll("FROM \\S+", ""));
        while (m.find()) {
            if (!Set.of("SELECT", "WHERE", "IS", "NOT", "NULL", "ORDER", "BY", "BETWEEN", "AND").contains(m.group(1))) {
                columns.add(m.group(1));
            }
        }
        return columns;
    }

    @Test
    void actorStatementsReadTheListedColumns() {
        assertThat(columnsOf(ActorSource.actorSql(MusitSchemas.BOTANY)))
                .containsExactlyInAnyOrderElementsOf(MusitTables.ACTOR_COLUMNS.get("ACTOR"));
        assertThat(columnsOf(ActorSource.actorIdsSql(MusitSchemas.BOTANY)))
                .containsExactlyInAnyOrder("ACTOR_ID", "ACTOR_TYPE").isSubsetOf(MusitTables.ACTOR_COLUMNS.get("ACTOR"));
        assertThat(columnsOf(ActorSource.personNameSql(MusitSchemas.BOTANY)))
                .containsExactlyInAnyOrderElementsOf(MusitTables.ACTOR_COLUMNS.get("PERSON_NAME"));
        assertThat(columnsOf(ActorSource.personNameByIdSql(MusitSchemas.BOTANY)))
                .containsExactlyInAnyOrderElementsOf(MusitTables.ACTOR_COLUMNS.get("PERSON_NAME"));
    }
}
