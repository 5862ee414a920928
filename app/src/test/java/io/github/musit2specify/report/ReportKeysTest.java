package io.github.musit2specify.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportKeysTest {
    private static final String TS = "20260410T145733Z";

    @ParameterizedTest(name = "prefix [{0}] -> {1}")
    @CsvSource(value = {
            "<unset>                  | migration-reports",
            "''                       | migration-reports",
            "'   '                    | migration-reports",
            "/                        | migration-reports",
            "' // '                   | migration-reports",
            "/prod/migration-reports/ | prod/migration-reports",
            "prod//reports | prod/reports",
            " //prod///migration-reports// | prod/migration-reports",
            "team/x                   | team/x",
            "' team/x/ '              | team/x",
            "migration-reports        | migration-reports"}, delimiter = '|')
    void reportsRootIsNormalised(String rawPrefix, String expectedRoot) {
        String prefix = "<unset>".equals(rawPrefix) ? null : rawPrefix;
        ReportKeys keys = new ReportKeys(prefix);
        assertThat(keys.root()).isEqualTo(expectedRoot);
        assertThat(keys.key(ReportCategory.REPORT_CATEGORY_APP_USERS_BRUKARAR, TS))
                .isEqualTo(expectedRoot + "/application-users-usd-metadata-brukarar/" + TS + "/report.json");
    }

    @ParameterizedTest
    @CsvSource({
            "REPORT_CATEGORY_APP_USERS_BRUKARAR, migration-reports/application-users-usd-metadata-brukarar/20260410T145733Z/report.json",
            "REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS, migration-reports/collection-agents-musit-actor-person-name/20260410T145733Z/report.json",
            "REPORT_CATEGORY_SPECIFY_STRUCTURE_SYNC, migration-reports/specify-structure-sync/20260410T145733Z/report.json"})
    void everyCategoryHasItsExactFolder(ReportCategory category, String expectedKey) {
        assertThat(new ReportKeys(null).key(category, TS)).isEqualTo(expectedKey);
    }

    @ParameterizedTest
    @EnumSource(ReportCategory.class)
    void categoryPrefixIsTheKeyWithoutRunFolder(ReportCategory category) {
        ReportKeys keys = new ReportKeys("team/x");
        assertThat(keys.key(category, TS)).startsWith(keys.categoryPrefix(category));
        assertThat(category.folder()).doesNotContain("/").isNotBlank();
    }

    @Test
    void optionalFileNameSitsBesideTheReport() {
        ReportKeys keys = new ReportKeys("/prod/migration-reports/");
        assertThat(keys.key(ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS, TS, "errors.txt"))
                .isEqualTo("prod/migration-reports/collection-agents-musit-actor-person-name/" + TS + "/errors.txt");
        assertThatThrownBy(() -> keys.key(ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS, TS, "a/b.txt"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.key(ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS, TS, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timestampIsUtcFromTheClockToTheSecond() {
        Clock clock = Clock.fixed(Instant.parse("2026-04-10T14:57:33.987Z"), ZoneId.of("Europe/Oslo"));
        assertThat(RunTimestamp.now(clock)).isEqualTo(TS);
        assertThat(RunTimestamp.parse(TS)).contains(Instant.parse("2026-04-10T14:57:33Z"));
        assertThat(RunTimestamp.parse("2026-04-10")).isEmpty();
    }
}
