package io.github.musit2specify.flow.agents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AgentMappingTest {
    private static final String S = "MUSIT_BOTANIKK_FELLES";

    @ParameterizedTest(name = "ACTOR_TYPE {0} → AgentType {1}")
    @CsvSource(nullValues = "NULL", value = {"0, 1", "1, 0", "2, 0", "NULL, 1", "3, 1", "-1, 1", "99, 1"})
    void actorTypeMapsToAgentType(Integer musitType, int expected) {
        assertThat(AgentMapping.agentType(musitType)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] type={0} actorName={1} given={2} surname={3} → first={4} last={5}")
    @CsvSource(nullValues = "NULL", value = {
            // persons
            "0, 'Ola Nordmann', Ola, Nordmann, Ola, Nordmann",
            "0, 'Ola Nordmann', '  Ola ', ' Nordmann  ', Ola, Nordmann",
            "0, 'Ola Nordmann', NULL, NULL, NULL, 'Ola Nordmann'",
            "0, 'Ola Nordmann', '  ', '', NULL, 'Ola Nordmann'",
            "0, NULL, NULL, NULL, NULL, (unknown)",
            "0, '   ', NULL, NULL, NULL, (unknown)",
            "0, 'X', Åse, NULL, Åse, NULL",
            "NULL, 'Kari', NULL, NULL, NULL, Kari",
            // organisations and groups
            "1, 'Norsk Botanisk Forening', NULL, NULL, NULL, 'Norsk Botanisk Forening'",
            "2, 'Ekspedisjonen 1911', NULL, NULL, NULL, 'Ekspedisjonen 1911'",
            "1, NULL, NULL, NULL, NULL, (organization)",
            "1, 'Org', NULL, 'Universitetet i Oslo', NULL, 'Universitetet i Oslo'",
            "2, 'Grp', 'Given', NULL, Given, Grp"})
    void namesFollowTheFallbackRules(Integer type, String actorName, String given, String surname,
                                     String expectedFirst, String expectedLast) {
        AgentRow row = AgentMapping.map(actor(type, actorName, given, surname));
        assertThat(row.firstName()).isEqualTo(expectedFirst);
        assertThat(row.lastName()).isEqualTo(expectedLast);
    }

    @Test
    void textValuesAreCutToTheirColumnLengths() {
        String longText = "x".repeat(300);
        AgentRow row = AgentMapping.map(new ActorRecord(S, 1, 0, longText, null, null, longText, null, null,
                longText, longText, longText, longText));
        assertThat(row.firstName()).hasSize(50);
        assertThat(row.lastName()).hasSize(256);
        assertThat(row.middleInitial()).hasSize(50);
        assertThat(row.title()).hasSize(50);
        assertThat(row.email()).as("an address is never cut").isNull();
    }

    @Test
    void everyCutAndEveryAddressLeftOutIsCountedPerField() {
        ValueCuts cuts = new ValueCuts();
        String email50 = "e".repeat(44) + "@x.no"; // 49 characters
        AgentMapping.map(new ActorRecord(S, 1, 0, null, null, null, " " + email50 + "e ", "i".repeat(201),
                "n".repeat(500), "s".repeat(257), "m".repeat(50), "g".repeat(51), "t".repeat(50)), cuts);
        AgentRow tooLong = AgentMapping.map(new ActorRecord(S, 2, 1, "o".repeat(300), null, null, email50 + "ee",
                null, "n".repeat(501), null, null, null, null), cuts);
        assertThat(tooLong.email()).isNull();
        assertThat(tooLong.lastName()).hasSize(256);
        assertThat(cuts.truncated()).containsExactly(Map.entry("FirstName", 1L), Map.entry("LastName", 2L),
                Map.entry("MiddleInitial", 0L), Map.entry("Title", 0L), Map.entry("Remarks.institution", 1L),
                Map.entry("Remarks.oracle_note", 1L));
        assertThat(cuts.emailsLeftOut()).isEqualTo(1);
    }

    @Test
    void blankOptionalValuesBecomeNull() {
        AgentRow row = AgentMapping.map(new ActorRecord(S, 1, 0, null, null, null, "  ", " ", "", "Hansen", "  ",
                "Per", " "));
        assertThat(row.email()).isNull();
        assertThat(row.middleInitial()).isNull();
        assertThat(row.title()).isNull();
        assertThat(row.remarks()).isEqualTo("MUSIT-migration: ACTOR; schema=" + S + "; ACTOR_ID=1");
    }

    @Test
    void datesAndOtherColumnsAreCarried() {
        LocalDate born = LocalDate.of(1850, 3, 1);
        LocalDate died = LocalDate.of(1920, 12, 31);
        AgentRow row = AgentMapping.map(new ActorRecord(S, 42, 0, "A", born, died, " a@b.no ", null, null,
                "Hansen", "M.", "Per", "Dr."));
        assertThat(row.dateOfBirth()).isEqualTo(born);
        assertThat(row.dateOfDeath()).isEqualTo(died);
        assertThat(row.email()).isEqualTo("a@b.no");
        assertThat(row.middleInitial()).isEqualTo("M.");
        assertThat(row.title()).isEqualTo("Dr.");
        assertThat(row.actorId()).isEqualTo(42);
        assertThat(row.schema()).isEqualTo(S);
    }

    @ParameterizedTest(name = "[{index}] institution={0} note={1}")
    @CsvSource(nullValues = "NULL", value = {
            "NULL, NULL, MUSIT-migration: ACTOR; schema=S1; ACTOR_ID=7",
            "' UiO ', NULL, MUSIT-migration: ACTOR; schema=S1; ACTOR_ID=7; institution=UiO",
            "NULL, 'samler', MUSIT-migration: ACTOR; schema=S1; ACTOR_ID=7; oracle_note=samler",
            "UiO, samler, MUSIT-migration: ACTOR; schema=S1; ACTOR_ID=7; institution=UiO; oracle_note=samler",
            "'  ', '  ', MUSIT-migration: ACTOR; schema=S1; ACTOR_ID=7"})
    void remarksComposeMarkerInstitutionAndNote(String institution, String note, String expected) {
        assertThat(AgentMapping.remarks("S1", 7, institution, note)).isEqualTo(expected);
    }

    @Test
    void remarksCutInstitutionTo200AndNoteTo500() {
        String remarks = AgentMapping.remarks("S1", 7, "i".repeat(250), "n".repeat(600));
        assertThat(remarks).contains("; institution=" + "i".repeat(200) + ";")
                .endsWith("; oracle_note=" + "n".repeat(500));
    }

    private static ActorRecord actor(Integer type, String actorName, String given, String surname) {
        return new ActorRecord(S, 1, type, actorName, null, null, null, null, null, surname, null, given, null);
    }
}
