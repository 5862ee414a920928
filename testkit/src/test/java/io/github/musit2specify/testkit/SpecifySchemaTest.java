package io.github.musit2specify.testkit;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SpecifySchemaTest {
    @Test
    void foldingKeepsEveryTableAndForeignKey() {
        String original = SpecifySchema.resourceText();
        String folded = SpecifySchema.script();
        assertThat(count(folded, "CREATE TABLE `")).isEqualTo(215).isEqualTo(count(original, "CREATE TABLE `"));
        assertThat(count(folded, "CONSTRAINT `FK_")).isEqualTo(920).isEqualTo(count(original, "CONSTRAINT `FK_"));
        assertThat(folded).doesNotContain("ALTER TABLE").startsWith("SET FOREIGN_KEY_CHECKS=0;")
                .endsWith("SET FOREIGN_KEY_CHECKS=1;\n");
    }

    @Test
    void foldsAConstraintIntoItsOwnTable() {
        String sql = "CREATE TABLE `a` (\n  `ID` INT,\n  PRIMARY KEY (`ID`)\n) ENGINE=InnoDB;\n"
                + "ALTER TABLE `a` ADD CONSTRAINT `FK_a_b` FOREIGN KEY (`ID`) REFERENCES `b` (`ID`);\n";
        assertThat(SpecifySchema.foldForeignKeys(sql)).isEqualTo("CREATE TABLE `a` (\n  `ID` INT,\n  PRIMARY KEY (`ID`),\n"
                + "  CONSTRAINT `FK_a_b` FOREIGN KEY (`ID`) REFERENCES `b` (`ID`)\n) ENGINE=InnoDB;\n");
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
