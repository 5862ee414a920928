package io.github.musit2specify.report.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.musit2specify.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison of two hand-made reports. */
class ReportDiffTest {
    private static final String KEY_A = "migration-reports/collection-agents-musit-actor-person-name/20260410T145733Z/report.json";
    private static final String KEY_B = "migration-reports/collection-agents-musit-actor-person-name/20260411T080000Z/report.json";

    static RunReport report(String key, String timestamp, String json) throws Exception {
        return RunReport.of(key, "collection-agents-musit-actor-person-name", timestamp, (ObjectNode) Json.MAPPER.readTree(json));
    }

    @Test
    void countersHaveBothValuesAndTheChangeIncludingNestedOnesAndTheErrorCount() throws Exception {
        RunReport a = report(KEY_A, "20260410T145733Z", """
                {"report_version":1,"flow":"migrate_musit_agents","dry_run":true,"agents_created":600,"agents_skipped":0,
                 "oracle_rows_per_schema":{"MUSIT":400,"USD":200},"errors":["e1","e2"]}""");
        RunReport b = report(KEY_B, "20260411T080000Z", """
                {"report_version":1,"flow":"migrate_musit_agents","dry_run":true,"agents_created":10,"agents_skipped":590,
                 "oracle_rows_per_schema":{"MUSIT":400,"USD":200},"agents_linked":3,"errors":["e1"]}""");
        ReportDiff diff = ReportDiff.compare(a, b);
        assertThat(diff.counters()).extracting(ReportDiff.CounterChange::name).containsExactly(
                "agents_created", "agents_skipped", "oracle_rows_per_schema.MUSIT", "oracle_rows_per_schema.USD", "errors", "agents_linked");
        assertThat(diff.counters().get(0)).isEqualTo(new ReportDiff.CounterChange("agents_created", 600L, 10L));
        assertThat(diff.counters().get(0).change()).isEqualTo(-590);
        assertThat(diff.counters().get(1).change()).isEqualTo(590);
        assertThat(diff.counters().get(4)).isEqualTo(new ReportDiff.CounterChange("errors", 2L, 1L));
        assertThat(diff.counters().get(5)).isEqualTo(new ReportDiff.CounterChange("agents_linked", null, 3L));
        assertThat(DiffText.change(diff.counters().get(5))).isEqualTo("new");
        assertThat(DiffText.change(diff.counters().get(1))).isEqualTo("+590");
        assertThat(diff.fields()).as("counters and errors are not 'fields'").isEmpty();
    }

    @Test
    void errorsAreNewGoneOrKeptAfterNormalisation() throws Exception {
        RunReport a = report(KEY_A, "20260410T145733Z", """
                {"flow":"migrate_musit_agents","errors":[
                  "Error migrating MUSIT.ACTOR_ID=17: Data too long for column 'LastName' at 2026-04-10T14:57:40Z",
                  "Error migrating MUSIT.ACTOR_ID=18: duplicate agentId=1234",
                  "Error migrating USD.ACTOR_ID=5: lock wait timeout after 1500 ms"]}""");
        RunReport b = report(KEY_B, "20260411T080000Z", """
                {"flow":"migrate_musit_agents","errors":[
                  "Error migrating MUSIT.ACTOR_ID=17: Data too long for column 'LastName' at 2026-04-11T08:00:03Z",
                  "Error migrating MUSIT.ACTOR_ID=18: duplicate agentId=98765",
                  "Error migrating MUSIT.ACTOR_ID=19: Data too long for column 'FirstName' at 2026-04-11T08:00:04Z"]}""");
        ReportDiff diff = ReportDiff.compare(a, b);
        assertThat(diff.errorsKept()).containsExactly(
                "Error migrating MUSIT.ACTOR_ID=17: Data too long for column 'LastName' at 2026-04-11T08:00:03Z",
                "Error migrating MUSIT.ACTOR_ID=18: duplicate agentId=98765");
        assertThat(diff.errorsNew()).containsExactly(
                "Error migrating MUSIT.ACTOR_ID=19: Data too long for column 'FirstName' at 2026-04-11T08:00:04Z");
        assertThat(diff.errorsGone()).containsExactly("Error migrating USD.ACTOR_ID=5: lock wait timeout after 1500 ms");
        assertThat(diff.same()).isFalse();
    }

    @Test
    void theOmittedLinesSummaryIsNotAnErrorLine() throws Exception {
        RunReport a = report(KEY_A, "20260410T145733Z", """
                {"errors":["x","... and 5 more errors omitted (only the first 1 are kept here; errors.txt beside this report lists all 6)"]}""");
        assertThat(a.errors()).containsExactly("x");
        assertThat(RunReport.errorsWereCut(a.json())).isTrue();
    }

    @Test
    void metadataThatDiffersIsListedAndAbsentStatusMeansCompleted() throws Exception {
        RunReport a = report(KEY_A, "20260410T145733Z", """
                {"flow":"migrate_musit_agents","generated_at_utc":"20260410T145733Z","oracle_env":"TEST","dry_run":true,
                 "musit_schemas":["MUSIT","USD"]}""");
        RunReport b = report(KEY_B, "20260411T080000Z", """
                {"flow":"migrate_musit_agents","generated_at_utc":"20260411T080000Z","oracle_env":"PROD","dry_run":false,
                 "musit_schemas":["MUSIT","USD"],"status":"failed"}""");
        ReportDiff diff = ReportDiff.compare(a, b);
        assertThat(diff.fields()).extracting(ReportDiff.FieldChange::name).containsExactly("oracle_env", "dry_run", "status");
        assertThat(diff.fields().get(1).a().asBoolean()).isTrue();
        assertThat(diff.fields().get(2).a()).isNull();
        assertThat(a.status()).isEqualTo("completed");
        assertThat(b.status()).isEqualTo("failed");
        String text = DiffText.text(diff);
        assertThat(text).contains("oracle_env: \"TEST\" -> \"PROD\"", "dry_run: true -> false", "status: (absent) -> \"failed\"",
                "A: " + KEY_A + " (20260410T145733Z, dry run, completed)", "B: " + KEY_B + " (20260411T080000Z, live, failed)");
    }

    @Test
    void twoIdenticalRunsAreTheSame() throws Exception {
        String json = "{\"flow\":\"migrate_users\",\"users_created\":0,\"errors\":[\"Error migrating user 'x': too long\"]}";
        ReportDiff diff = ReportDiff.compare(report(KEY_A, "a", json), report(KEY_B, "b", json));
        assertThat(diff.same()).isTrue();
        assertThat(diff.errorsKept()).hasSize(1);
        assertThat(DiffText.json(diff)).containsKeys("a", "b", "counters", "fields", "errors");
        assertThat(List.of(DiffText.text(diff).split("\n"))).contains("New errors (in B, not in A): 0", "Errors in both: 1");
    }
}
