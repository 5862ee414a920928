package io.github.musit2specify.sandbox;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTableTest {
    @Test
    void aDryRunSaysWouldCreate() {
        FlowOutcome agents = new FlowOutcome("migrate-musit-agents", 0,
                Map.of("dry_run", true, "agents_created", 20000, "agents_skipped", 3, "errors", List.of()), "");
        assertThat(SummaryTable.line(agents)).isEqualTo("Agents     would create 20,000, 3 skipped, 0 errors");
    }

    @Test
    void aLiveRunSaysCreatedAndAFailureSaysWhy() {
        FlowOutcome users = new FlowOutcome("migrate-users", 0, Map.of("dry_run", false, "users_created", 501,
                "users_skipped", 1, "agents_created", 501, "errors", List.of("a", "b")), "");
        assertThat(SummaryTable.line(users)).isEqualTo("Users      501 users (each with its agent) created, 1 skipped, 2 errors");
        assertThat(String.join(" ", SummaryTable.usersNote(users, 500))).startsWith("Why 501 users for 500 generated?")
                .contains("'ola'", "'OLA'", "2 rows are too long");
        FlowOutcome failed = new FlowOutcome("sync-specify-structure", 1, Map.of(), "musit2specify: no division\\nmore");
        assertThat(SummaryTable.line(failed)).isEqualTo("Structure  FAILED (exit 1): musit2specify: no division\\nmore");
    }
}
