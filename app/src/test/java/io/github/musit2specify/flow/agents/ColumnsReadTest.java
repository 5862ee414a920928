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
    static Set<String> columnsOf(String sql, String... aliases) {
        Set<String> columns = new TreeSet<>();
        Matcher m = Pattern.compile("\\b(" + String.join("|", aliases) + ")\\.([A-Z_]+)\\b").matcher(sql);
        while (m.find()) {
            columns.add(m.group(2));
        }
        return columns;
    }

    @Test
    void actorQueryReadsTheListedColumns() {
        String sql = ActorSource.actorQuery(MusitSchemas.BOTANY);
        assertThat(columnsOf(sql, "a")).containsExactlyInAnyOrderElementsOf(MusitTables.ACTOR_COLUMNS.get("ACTOR"));
        assertThat(columnsOf(sql, "pn", "p2")).containsExactlyInAnyOrderElementsOf(MusitTables.ACTOR_COLUMNS.get("PERSON_NAME"));
    }
}
