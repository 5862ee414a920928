package io.github.musit2specify.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/migration-reports.md carries the categories table; it must say exactly what ReportCategory says. */
class CategoriesDocTest {
    private static final Path DOC = Path.of("..", "docs", "migration-reports.md");

    @Test
    void categoriesTableMatchesTheCode() throws Exception {
        List<String> documented = categoryRows(Files.readAllLines(DOC));
        List<String> inCode = Arrays.stream(ReportCategory.values())
                .map(c -> String.join(" | ", c.displayName(), c.flowId(), c.name(), c.folder(), c.phase()))
                .toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(inCode);
    }

    /** The rows of the table under "## Categories", cells without backticks, joined by " | ". */
    static List<String> categoryRows(List<String> lines) {
        List<String> rows = new ArrayList<>();
        boolean inSection = false;
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals("## Categories");
                inTable = false;
                continue;
            }
            if (!inSection || !line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            if (!inTable) {
                inTable = true; // the header row
                continue;
            }
            if (line.matches("\\|[-| :]+\\|")) {
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            rows.add(Arrays.stream(cells).map(c -> c.strip().replace("`", "")).reduce((a, b) -> a + " | " + b).orElse(""));
        }
        assertThat(rows).as("a categories table under '## Categories' in " + DOC).isNotEmpty();
        return rows;
    }
}
