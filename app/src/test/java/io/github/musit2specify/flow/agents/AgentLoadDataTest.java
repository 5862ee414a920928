package io.github.musit2specify.flow.agents;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgentLoadDataTest {
    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private static AgentRow row(String firstName, String lastName, String remarks, LocalDate born) {
        return new AgentRow("MUSIT_BOTANIKK_FELLES", 7, AgentMapping.AGENT_TYPE_PERSON, firstName, lastName, null, "Dr.",
                null, born, null, remarks);
    }

    private static String[] lines(List<AgentRow> rows) {
        return new String(AgentLoadData.tsv(rows), StandardCharsets.UTF_8).split("\n", -1);
    }

    @Test
    void oneLinePerRowWithEveryColumnInOrderAndNullAsBackslashN() {
        String[] lines = lines(List.of(row("Åse", "Ødegård", "marker", LocalDate.of(1850, 3, 1))));

        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEmpty();
        String[] fields = lines[0].split("\t", -1);
        assertThat(fields).hasSize(AgentColumns.PER_ROW_COUNT);
        assertThat(fields).startsWith("1", "Åse", "Ødegård", "\\N", "Dr.", "\\N", "1850-03-01", "1", "\\N", "\\N", "marker");
        assertThat(fields[11]).matches(GUID);
    }

    @Test
    void escapesBackslashTabNewlineCarriageReturnAndNul() {
        String[] fields = lines(List.of(row("Tab\there", "back\\slash", "a\nb\rc\0d", null)))[0].split("\t", -1);

        assertThat(fields[1]).isEqualTo("Tab\\there");
        assertThat(fields[2]).isEqualTo("back\\\\slash");
        assertThat(fields[10]).isEqualTo("a\\nb\\rc\\0d");
    }

    @Test
    void textOutsideLatin1IsUtf8AndAValueThatReadsBackslashNStaysText() {
        byte[] text = AgentLoadData.tsv(List.of(row("Ŋ Čá 😀", "\\N", "x", null)));

        String[] fields = new String(text, StandardCharsets.UTF_8).split("\t", -1);
        assertThat(fields[1]).isEqualTo("Ŋ Čá 😀");
        assertThat(fields[2]).isEqualTo("\\\\N");
    }

    @Test
    void aBatchLargerThanItsFirstGuessComesOutWhole() {
        String note = "n".repeat(2_000);
        List<AgentRow> rows = Collections.nCopies(50, row("A", "B", note, null));

        String[] lines = lines(rows);

        assertThat(lines).hasSize(51);
        assertThat(lines[49].split("\t", -1)[10]).isEqualTo(note);
    }
}
