package io.github.musit2specify.report.diff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorNormaliserTest {
    @Test
    void runSpecificPartsBecomePlaceholders() {
        assertThat(ErrorNormaliser.normalise("at 2026-04-10T14:57:33Z and 2026-04-10 14:57:33.123 in run 20260410T145733Z"))
                .isEqualTo("at <time> and <time> in run <time>");
        assertThat(ErrorNormaliser.normalise("request 123e4567-e89b-12d3-a456-426614174000 failed"))
                .isEqualTo("request <uuid> failed");
        assertThat(ErrorNormaliser.normalise("duplicate agentId=1234, SpecifyUserID: 7, id 42"))
                .isEqualTo("duplicate agentId=<id>, SpecifyUserID: <id>, id <id>");
        assertThat(ErrorNormaliser.normalise("timed out after 1500 ms  (2.5 s)")).isEqualTo("timed out after <duration> (<duration>)");
    }

    @Test
    void whatIdentifiesTheSourceRowStays() {
        String line = "Error migrating MUSIT.ACTOR_ID=17: Data too long for column 'LastName' at row 1";
        assertThat(ErrorNormaliser.normalise(line)).isEqualTo(line);
        assertThat(ErrorNormaliser.normalise("Error migrating user 'olan2': specifyuser.Name longer than 64"))
                .isEqualTo("Error migrating user 'olan2': specifyuser.Name longer than 64");
    }
}
