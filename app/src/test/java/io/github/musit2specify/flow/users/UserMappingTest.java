package io.github.musit2specify.flow.users;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserMappingTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> first ''{1}'', last ''{2}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            Nordmann, Ola|Ola|Nordmann
            Nordmann,Ola|Ola|Nordmann
            Nordmann , Ola Johan|Ola Johan|Nordmann
            Nordmann, Ola, jr.|Ola, jr.|Nordmann
            Nordmann,|NULL|Nordmann
            , Ola|Ola|(unknown)
            Ola Nordmann|Ola|Nordmann
            Kari Mette Nordmann|Kari Mette|Nordmann
            Ola  Johan   Nordmann|Ola Johan|Nordmann
              Ola Nordmann  |Ola|Nordmann
            Nordmann|NULL|Nordmann
              Nordmann |NULL|Nordmann
            Åse Ødegård|Åse|Ødegård
            Ærlig, Øystein Å.|Øystein Å.|Ærlig
            José María García Núñez|José María García|Núñez
            李 小龍|李|小龍
            Ola\u00a0Nordmann|Ola|Nordmann
            Ola\tNordmann|Ola|Nordmann
            O. J. Nordmann|O. J.|Nordmann
            """)
    void splitsNames(String namn, String first, String last) {
        String input = namn.replace("\\u00a0", "\u00a0").replace("\\t", "\t");
        assertThat(UserMapping.splitName(input)).isEqualTo(new PersonName(first, last));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u00a0 ", " , "})
    void blankNameIsUnknownLastNameWithoutFirstName(String namn) {
        assertThat(UserMapping.splitName(namn)).isEqualTo(new PersonName(null, "(unknown)"));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(nullValues = "NULL", textBlock = """
            J,true
            j,true
            Y,true
            y,true
            1,true
            TRUE,true
            true,true
            True,true
            ' J ',true
            N,false
            n,false
            0,false
            FALSE,false
            JA,false
            YES,false
            '',false
            '  ',false
            NULL,false
            """)
    void parsesDefaultGroupFlags(String flag, boolean expected) {
        assertThat(UserMapping.isDefaultGroupFlag(flag)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] FEIDE_EPOST ''{0}'', EPOST ''{1}'' -> {2}")
    @CsvSource(nullValues = "NULL", textBlock = """
            ola@uio.no,ola@nhm.no,ola@uio.no
            '  ola@uio.no ',ola@nhm.no,ola@uio.no
            NULL,ola@nhm.no,ola@nhm.no
            '',ola@nhm.no,ola@nhm.no
            '   ',' ola@nhm.no ',ola@nhm.no
            NULL,NULL,NULL
            '',' ',NULL
            ola@uio.no,NULL,ola@uio.no
            """)
    void choosesFeideEmailElseEmail(String feideEmail, String email, String expected) {
        assertThat(UserMapping.chooseEmail(feideEmail, email)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ola|NULL|NULL|NULL|MUSIT-migration: USR=ola
            ola|ola@uio.no|NULL|NULL|MUSIT-migration: USR=ola; FEIDE=ola@uio.no
            ola|NULL|NHM|NULL|MUSIT-migration: USR=ola; institution=NHM
            ola|NULL|NULL|J|MUSIT-migration: USR=ola; admin=J
            ola|ola@uio.no|NHM|J|MUSIT-migration: USR=ola; FEIDE=ola@uio.no; institution=NHM; admin=J
            ola| |'  '|N|MUSIT-migration: USR=ola; admin=N
            ola|' ola@uio.no '|' Naturhistorisk museum '|NULL|MUSIT-migration: USR=ola; FEIDE=ola@uio.no; institution=Naturhistorisk museum
            """)
    void composesRemarks(String usr, String feide, String institution, String admin, String expected) {
        assertThat(UserMapping.remarks(usr, feide, institution, admin)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", textBlock = """
            NHM,NHM
            ' UM ',UM
            NULL,(none)
            '',(none)
            '  ',(none)
            """)
    void keysMuseums(String museum, String expected) {
        assertThat(UserMapping.museumKey(museum)).isEqualTo(expected);
    }

    @Test
    void plansAUserFromItsRow() {
        MusitUser user = new MusitUser(" OLA ", "Nordmann, Ola", "ola@nhm.no", "12345678", "NHM", "ola@uio.no",
                "ola.feide@uio.no", "Oslo", null, null, java.util.List.of());

        PlannedUser planned = UserMapping.plan("OLA", user);

        assertThat(planned).isEqualTo(new PlannedUser("OLA", "ola.feide@uio.no", new PersonName("Ola", "Nordmann"),
                "MUSIT-migration: USR=OLA; FEIDE=ola@uio.no; institution=NHM"));
    }
}
