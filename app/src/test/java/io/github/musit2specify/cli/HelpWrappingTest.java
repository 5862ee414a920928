package io.github.musit2specify.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Help a data manager reads in an 80-column terminal: no line too long, no path or name cut in two. */
class HelpWrappingTest {
    @ParameterizedTest
    @ValueSource(strings = {"check", "reports", "reports list", "reports show", "reports diff", "reports html",
            "reports upload-unsent"})
    void helpWrapsCleanly(String command) {
        String[] args = (command + " --help").split(" ");
        CliRun run = CliRun.of(Map.of(), args);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
            assertThat(line.strip()).as("a path or name broken over two lines: " + line).doesNotStartWith("/").doesNotStartWith(".");
            assertThat(line).as("no ANSI escape codes").doesNotContain("\u001b[");
        });
    }
}
