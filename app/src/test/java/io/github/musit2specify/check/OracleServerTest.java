package io.github.musit2specify.check;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The character-set line of `check`, from what NLS_DATABASE_PARAMETERS answers. */
class OracleServerTest {
    @Test
    void unicodeAndLatin1DatabasesAreConvertedByTheBundledDriver() {
        for (String charset : new String[]{"AL32UTF8", "WE8ISO8859P1", "WE8PC850"}) {
            CheckResult r = OracleServer.characterSetVerdict("Oracle", sets(charset, "AL16UTF16"));
            assertThat(r.status()).isEqualTo(CheckResult.Status.OK);
            assertThat(r.detail()).contains("NLS_CHARACTERSET=" + charset, "NLS_NCHAR_CHARACTERSET=AL16UTF16",
                    "the bundled driver converts them");
        }
    }

    @Test
    void aSetTheDriverCannotConvertFailsNamingIt() {
        CheckResult r = OracleServer.characterSetVerdict("Oracle", sets("XX8NOTASET", "AL16UTF16"));
        assertThat(r.status()).isEqualTo(CheckResult.Status.FAIL);
        assertThat(r.detail()).contains("XX8NOTASET");
        assertThat(r.hint()).contains("musit2specify.jar", "orai18n");
    }

    @Test
    void aSevenBitDatabaseIsAWarningAboutEightBitText() {
        CheckResult r = OracleServer.characterSetVerdict("Oracle", sets("US7ASCII", "AL16UTF16"));
        assertThat(r.status()).isEqualTo(CheckResult.Status.WARN);
        assertThat(r.failed()).isFalse();
        assertThat(r.toText()).startsWith("WARN").contains("hint:", "8-bit", "CSMIG");
    }

    private static Map<String, String> sets(String charset, String nchar) {
        Map<String, String> sets = new LinkedHashMap<>();
        sets.put("NLS_CHARACTERSET", charset);
        sets.put("NLS_NCHAR_CHARACTERSET", nchar);
        return sets;
    }
}
