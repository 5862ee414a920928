package io.github.musit2specify.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    @ParameterizedTest(name = "clean({0}) = {1}")
    @CsvSource(nullValues = "NULL", value = {
            "NULL, NULL",
            "'', NULL",
            "'   ', NULL",
            "' Ødegård ', Ødegård",
            "'a b', 'a b'"})
    void cleanTrimsAndTurnsBlankIntoNull(String in, String expected) {
        assertThat(Text.clean(in)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "cut({0}, {1}) = {2}")
    @CsvSource(nullValues = "NULL", value = {
            "abcdef, 3, abc",
            "abc, 3, abc",
            "ab, 3, ab",
            "NULL, 3, NULL",
            "æøåÆØÅ, 4, æøåÆ"})
    void cutKeepsAtMostMaxCharacters(String in, int max, String expected) {
        assertThat(Text.cut(in, max)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void cutCountsCodePointsSoSurrogatePairsStayWhole() {
        String withEmoji = "a\uD83D\uDE00bc"; // a😀bc: 4 code points, 5 UTF-16 units
        assertThat(Text.cut(withEmoji, 2)).isEqualTo("a\uD83D\uDE00");
        assertThat(Text.length(withEmoji)).isEqualTo(4);
    }
}
