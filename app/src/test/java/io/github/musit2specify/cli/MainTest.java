package io.github.musit2specify.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines start building the S3 client while their arguments are parsed. */
class MainTest {
    @Test
    void commandsThatTalkToS3BuildTheClientMeanwhile() {
        assertThat(Main.usesS3("run", "migrate-musit-agents", "--dry-run=false")).isTrue();
        assertThat(Main.usesS3("--env-file", "prod.env", "run", "sync-specify-structure")).isTrue();
        assertThat(Main.usesS3("check")).isTrue();
        assertThat(Main.usesS3("reports", "list")).isTrue();
        assertThat(Main.usesS3("snapshot", "take")).isTrue();
    }

    @Test
    void helpVersionAndLocalCommandsDoNot() {
        assertThat(Main.usesS3()).isFalse();
        assertThat(Main.usesS3("config")).isFalse();
        assertThat(Main.usesS3("run", "--help")).isFalse();
        assertThat(Main.usesS3("run", "migrate-musit-agents", "-h")).isFalse();
        assertThat(Main.usesS3("--version")).isFalse();
    }
}
