package io.github.musit2specify.snapshot;

import io.github.musit2specify.report.ReportKeyClassifier;
import io.github.musit2specify.report.ReportLayout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotKeysTest {
    final SnapshotKeys keys = new SnapshotKeys("oracle-schema");

    @Test
    void folderAndFlatLatestKeys() {
        assertThat(keys.foldersPrefix()).isEqualTo("oracle-schema/snapshots/");
        assertThat(keys.key("20260410T145733Z", "schema.dbml")).isEqualTo("oracle-schema/snapshots/20260410T145733Z/schema.dbml");
        assertThat(keys.flatKey("schema_catalog.json")).isEqualTo("oracle-schema/schema_catalog.json");
    }

    @Test
    void snapshotFilesAreNeverReportsEvenWhenBothPrefixesAreTheSame() {
        // S3_MIGRATION_REPORTS_PREFIX=oracle-schema and S3_PREFIX=oracle-schema: without the rule,
        // a report.json put into a snapshot folder would read as a report of category "snapshots"
        String inSnapshot = keys.key("20260410T145733Z", "report.json");
        assertThat(ReportKeyClassifier.classify(inSnapshot, "oracle-schema", "oracle-schema")).isEmpty();
        for (String file : SnapshotArtifacts.FILE_NAMES) {
            assertThat(ReportKeyClassifier.classify(keys.key("20260410T145733Z", file), "migration-reports", "oracle-schema")).isEmpty();
            assertThat(ReportKeyClassifier.classify(keys.flatKey(file), "migration-reports", "oracle-schema")).isEmpty();
        }
        // the rule does not hide real reports
        assertThat(ReportKeyClassifier.classify("oracle-schema/specify-structure-sync/20260410T145733Z/report.json",
                "oracle-schema", "oracle-schema")).hasValueSatisfying(c -> assertThat(c.layout()).isEqualTo(ReportLayout.CURRENT));
    }
}
