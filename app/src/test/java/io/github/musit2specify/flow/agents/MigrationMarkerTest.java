package io.github.musit2specify.flow.agents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationMarkerTest {
    @ParameterizedTest(name = "[{index}] \"{0}\" marks {1}.{2}: {3}")
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID=1 | S | 1 | true",
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID=12 | S | 1 | false",
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID=1 | S | 12 | false",
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID=1; institution=UiO | S | 1 | true",
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID=1; oracle_note=x | S | 1 | true",
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID=1x | S | 1 | false",
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID=1 and more | S | 1 | false",
            "MUSIT-migration: ACTOR; schema=T; ACTOR_ID=1 | S | 1 | false",
            "MUSIT-migration: ACTOR; schema=SS; ACTOR_ID=1 | S | 1 | false",
            "Note first. MUSIT-migration: ACTOR; schema=S; ACTOR_ID=1 | S | 1 | false",
            "MUSIT-migration: USR=ola | S | 1 | false",
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID= | S | 1 | false",
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID=9223372036854775808 | S | 1 | false",
            "MUSIT-migration: ACTOR; schema=S; ACTOR_ID=9999999999999999999; institution=x | S | 1 | false",
            "NULL | S | 1 | false"})
    void matchesOnlyTheExactMarkerFollowedByEndOrSemicolon(String remarks, String schema, long id, boolean expected) {
        assertThat(MigrationMarker.matches(remarks, schema, id)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"MUSIT_BOTANIKK_FELLES, 1", "MUSIT_ZOOLOGI_ENTOMOLOGI, 9223372036854775807"})
    void markerOfParsesBack(String schema, long id) {
        String marker = MigrationMarker.of(schema, id);
        assertThat(MigrationMarker.parse(marker)).hasValue(new MigrationMarker.Marked(schema, id));
        assertThat(MigrationMarker.parse(marker + "; institution=UiO")).hasValue(new MigrationMarker.Marked(schema, id));
    }
}
