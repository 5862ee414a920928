package io.github.musit2specify.flow.users;

import io.github.musit2specify.check.MusitTables;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** check/MusitTables lists exactly the columns the users reader selects (the schema drift warning relies on it). */
class ColumnsReadTest {
    static List<String> selected(String sql) {
        String list = sql.substring("SELECT ".length(), sql.indexOf(" FROM "));
        return Arrays.stream(list.split(",")).map(String::trim).toList();
    }

    @Test
    void readerSelectsTheListedColumns() {
        assertThat(selected(MusitUserReader.USERS_SQL)).containsExactlyInAnyOrderElementsOf(MusitTables.USER_COLUMNS.get("BRUKARAR"))
                .doesNotContain("EKSTERN_PASSORD");
        assertThat(selected(MusitUserReader.MEMBERSHIPS_SQL))
                .containsExactlyInAnyOrderElementsOf(MusitTables.USER_COLUMNS.get("BRUKERNAVN_GRUPPE"));
        assertThat(selected(MusitUserReader.GROUPS_SQL)).containsExactlyInAnyOrderElementsOf(MusitTables.USER_COLUMNS.get("GRUPPE"));
    }
}
