package io.github.musit2specify.flow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorLinesTest {
    @Test
    void keepsAllLinesUpToTheCap() {
        ErrorLines lines = new ErrorLines(3);
        lines.add("a");
        lines.add("b");
        lines.add("c");
        assertThat(lines.forReport()).containsExactly("a", "b", "c");
        assertThat(lines.total()).isEqualTo(3);
    }

    @Test
    void beyondTheCapOneLineSaysHowManyWereOmitted() {
        ErrorLines lines = new ErrorLines(200);
        for (int i = 0; i < 250; i++) {
            lines.add("line " + i);
        }
        assertThat(lines.forReport()).hasSize(201);
        assertThat(lines.forReport().get(199)).isEqualTo("line 199");
        assertThat(lines.forReport().get(200)).contains("50 more errors omitted");
        assertThat(lines.total()).isEqualTo(250);
    }

    @Test
    void beyondTheCapEveryLineAlsoGoesToTheCompleteListWhichCloseRemoves() throws Exception {
        java.nio.file.Path log;
        try (ErrorLines lines = new ErrorLines(3)) {
            for (int i = 1; i <= 5; i++) {
                lines.add("line " + i);
            }
            assertThat(lines.fullLog()).isPresent();
            log = lines.fullLog().get();
            assertThat(java.nio.file.Files.readAllLines(log)).containsExactly("line 1", "line 2", "line 3", "line 4", "line 5");
            assertThat(lines.forReport().get(3)).contains("2 more errors omitted", "errors.txt beside this report lists all 5");
        }
        assertThat(log).doesNotExist();
    }

    @Test
    void withinTheCapThereIsNoCompleteList() {
        try (ErrorLines lines = new ErrorLines(3)) {
            lines.add("only one");
            assertThat(lines.fullLog()).isEmpty();
        }
    }
}
