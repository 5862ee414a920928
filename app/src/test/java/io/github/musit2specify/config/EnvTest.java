package io.github.musit2specify.config;

import io.github.musit2specify.error.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvTest {
    @TempDir
    Path dir;

    @Test
    void blankValuesCountAsUnset() {
        Env env = Env.of(Map.of("A", "  ", "B", " x "));
        assertThat(env.get("A")).isEmpty();
        assertThat(env.get("B")).hasValue("x");
        assertThat(env.raw("A")).hasValue("  ");
    }

    @Test
    void envFileLoadsUnderTheRealEnvironment() throws Exception {
        Path file = dir.resolve("test.env");
        Files.writeString(file, "# comment\n\nexport S3_BUCKET=from-file\nS3_REGION=\"eu-north-1\"\nONLY_FILE='yes'\n");
        Env env = Env.of(Map.of("S3_BUCKET", "from-env")).withFileBelow(file);
        assertThat(env.get("S3_BUCKET")).hasValue("from-env");
        assertThat(env.get("S3_REGION")).hasValue("eu-north-1");
        assertThat(env.get("ONLY_FILE")).hasValue("yes");
    }

    @Test
    void malformedEnvFileNamesTheLine() throws Exception {
        Path file = dir.resolve("bad.env");
        Files.writeString(file, "A=1\nthis is not an assignment\n");
        assertThatThrownBy(() -> Env.of(Map.of()).withFileBelow(file))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void missingEnvFileIsAConfigurationError() {
        assertThatThrownBy(() -> Env.of(Map.of()).withFileBelow(dir.resolve("nope.env")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("nope.env");
    }

    @Test
    void flagsAcceptTheUsualSpellingsAndRejectOthersByName() {
        assertThat(Env.of(Map.of("F", "On")).flag("F", false)).isTrue();
        assertThat(Env.of(Map.of("F", "0")).flag("F", true)).isFalse();
        assertThat(Env.of(Map.of()).flag("F", true)).isTrue();
        assertThatThrownBy(() -> Env.of(Map.of("F", "maybe")).flag("F", true))
                .hasMessageContaining("F has the value 'maybe'");
    }
}
