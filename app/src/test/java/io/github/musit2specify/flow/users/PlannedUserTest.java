package io.github.musit2specify.flow.users;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlannedUserTest {
    private static final String REMARKS = "MUSIT-migration: USR=ola";

    @Test
    void valuesAtTheirLimitsFit() {
        PlannedUser user = new PlannedUser("o".repeat(UserColumnLimits.SPECIFYUSER_NAME),
                "e".repeat(UserColumnLimits.AGENT_EMAIL),
                new PersonName("f".repeat(UserColumnLimits.AGENT_FIRST_NAME), "l".repeat(UserColumnLimits.AGENT_LAST_NAME)),
                REMARKS);

        assertThat(user.problems()).isEmpty();
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String fiftyEmoji = "\uD83E\uDD8B".repeat(UserColumnLimits.AGENT_FIRST_NAME);
        PlannedUser user = new PlannedUser("ola", null, new PersonName(fiftyEmoji, "Ødegård"), REMARKS);

        assertThat(user.problems()).isEmpty();
    }

    @Test
    void tooLongFirstNameNamesFieldAndLimit() {
        PlannedUser user = new PlannedUser("ola", null, new PersonName("f".repeat(51), "Nordmann"), REMARKS);

        assertThat(user.problems()).containsExactly("agent.FirstName is 51 characters long; the column allows at most 50");
    }

    @Test
    void anEmailBetweenTheTwoLimitsFailsOnlyTheAgentColumn() {
        PlannedUser user = new PlannedUser("ola", "e".repeat(60), new PersonName(null, "Nordmann"), REMARKS);

        assertThat(user.problems()).containsExactly("agent.Email is 60 characters long; the column allows at most 50");
    }

    @Test
    void everyTooLongValueIsNamedWithoutItsValue() {
        String email = "x".repeat(70) + "@example.org";
        PlannedUser user = new PlannedUser("u".repeat(65), email,
                new PersonName("f".repeat(51), "l".repeat(257)), REMARKS);

        assertThat(user.problems()).containsExactly(
                "specifyuser.Name is 65 characters long; the column allows at most 64",
                "specifyuser.EMail is 82 characters long; the column allows at most 64",
                "agent.FirstName is 51 characters long; the column allows at most 50",
                "agent.LastName is 257 characters long; the column allows at most 256",
                "agent.Email is 82 characters long; the column allows at most 50");
        assertThat(String.join(" ", user.problems())).doesNotContain("example.org");
    }
}
