package io.github.musit2specify.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReportKeyClassifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "mr/specify-structure-sync/20260413T072900Z/report.json | CURRENT | specify-structure-sync | 2026-04-13T07:29:00Z",
            "mr/some-future-flow/20260413T072900Z/report.json | CURRENT | some-future-flow | 2026-04-13T07:29:00Z",
            "os/user-migration/20250301T101010Z/migration_report.json | LEGACY_USER_MIGRATION | application-users-usd-metadata-brukarar | 2025-03-01T10:10:10Z",
            "os/user-migration/2025-03-01/run-7/migration_report.json | LEGACY_USER_MIGRATION | application-users-usd-metadata-brukarar | <none>",
            "os/musit-agent-migration/2025-02-01T08-00-00Z/summary.json | LEGACY_MUSIT_AGENT_MIGRATION | collection-agents-musit-actor-person-name | 2025-02-01T08:00:00Z",
            "os/musit-agent-migration/report_20250201_080000.json | LEGACY_MUSIT_AGENT_MIGRATION | collection-agents-musit-actor-person-name | 2025-02-01T08:00:00Z",
            "os/migration-reports/specify7/migrate_users/20250401T000000Z/report.json | LEGACY_SPECIFY7 | application-users-usd-metadata-brukarar | 2025-04-01T00:00:00Z",
            "os/migration-reports/specify7/specify-structure-sync/20250402T000000Z/report.json | LEGACY_SPECIFY7 | specify-structure-sync | 2025-04-02T00:00:00Z",
            "os/migration-reports/specify7/other/20250403T000000Z/report.json | LEGACY_SPECIFY7 | <none> | 2025-04-03T00:00:00Z"},
            delimiter = '|')
    void classifiesEveryLayout(String key, ReportLayout layout, String folder, String runTime) {
        var classified = ReportKeyClassifier.classify(key, "mr", "os").orElseThrow();
        assertThat(classified.layout()).isEqualTo(layout);
        assertThat(classified.categoryFolder()).isEqualTo("<none>".equals(folder) ? null : folder);
        if ("<none>".equals(runTime)) {
            assertThat(classified.runTime()).isEmpty();
        } else {
            assertThat(classified.runTime()).contains(Instant.parse(runTime));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mr/specify-structure-sync/",                              // folder marker
            "mr/specify-structure-sync/20260413T072900Z/",             // folder marker
            "mr/specify-structure-sync/20260413T072900Z/errors.txt",   // a file beside the report
            "mr/specify-structure-sync/latest/report.json",            // not a run folder
            "mr/a/b/20260413T072900Z/report.json",                     // too deep
            "mr/_site/index.html",                                     // the HTML overview (reports html --upload)
            "mr/_site/20260413T072900Z/report.json",                   // anything under _site/
            "os/user-migration/20250301T101010Z/other.json",
            "os/musit-agent-migration/20250301T101010Z/errors.csv",
            "os/migration-reports/specify7/x/report.txt",
            "os/schema/20250301T101010Z/tables.json"})
    void ignoresWhatIsNoReport(String key) {
        assertThat(ReportKeyClassifier.classify(key, "mr", "os")).isEmpty();
    }
}
