package io.github.musit2specify.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Asked of the driver on the class path (ojdbc with orai18n, as in the shaded jar). */
class CharsetSupportTest {
    @ParameterizedTest
    @ValueSource(strings = {"AL32UTF8", "UTF8", "AL16UTF16", "WE8ISO8859P1", "WE8MSWIN1252", "US7ASCII",
            // these need orai18n: ojdbc alone answers ORA-17056
            "WE8PC850", "N8PC865", "EE8ISO8859P2"})
    void theBundledConvertersHandleTheCharacterSetsMusitMayHave(String charset) {
        assertThat(CharsetSupport.problem(charset)).isEmpty();
    }

    @Test
    void aNameTheDriverDoesNotKnowIsFlagged() {
        assertThat(CharsetSupport.problem("XX9NOSUCHSET")).hasValueSatisfying(p ->
                assertThat(p).contains("XX9NOSUCHSET", "unknown to the bundled Oracle driver"));
    }
}
