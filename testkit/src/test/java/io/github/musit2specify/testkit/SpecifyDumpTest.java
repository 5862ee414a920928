package io.github.musit2specify.testkit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SpecifyDumpTest {
    /** shared/ sits beside the repository (CI and developers); the copies must not drift from it. */
    private static final Path GOLDEN = Path.of("..", "..", "shared", "specify-golden");

    @ParameterizedTest
    @EnumSource(SpecifyDump.class)
    void bundledCopyEqualsTheGoldenFile(SpecifyDump dump) throws IOException {
        Path golden = GOLDEN.resolve(dump.fileName());
        Assumptions.assumeTrue(Files.isRegularFile(golden), "no shared/specify-golden beside the repository");
        assertThat(dump.sql()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
