package io.github.musit2specify.flow.agents;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentsParametersTest {
    @Test
    void defaultsToBothSchemasAndDryRun() {
        AgentsParameters p = new AgentsParameters("prod", true, null);
        assertThat(p.musitSchemas()).containsExactly("MUSIT_BOTANIKK_FELLES", "MUSIT_ZOOLOGI_ENTOMOLOGI");
        assertThat(p.oracleEnv()).isEqualTo("PROD");
    }

    @Test
    void acceptsWhitelistedNamesInAnyCaseOnce() {
        AgentsParameters p = new AgentsParameters("TEST", false,
                List.of(" musit_zoologi_entomologi", "MUSIT_ZOOLOGI_ENTOMOLOGI"));
        assertThat(p.musitSchemas()).containsExactly("MUSIT_ZOOLOGI_ENTOMOLOGI");
    }

    @Test
    void rejectsASchemaOutsideTheWhitelistNamingIt() {
        assertThatThrownBy(() -> new AgentsParameters("PROD", true, List.of("MUSIT_BOTANIKK_FELLES", "SYS; DROP")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("'SYS; DROP' is not allowed")
                .extracting(e -> ((MigrationException) e).errorCode()).isEqualTo(ErrorCode.USAGE);
    }

    @Test
    void batchSizeDefaultsToFiveThousandAndOutOfRangeValuesAreNamed() {
        assertThat(new AgentsParameters("PROD", true, null).batchSize()).isEqualTo(5_000);
        assertThat(new AgentsParameters("PROD", true, null, 1).batchSize()).isEqualTo(1);
        for (int bad : new int[] {0, -5, 50_001}) {
            assertThatThrownBy(() -> new AgentsParameters("PROD", true, null, bad))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("--batch-size: " + bad + " is out of range; allowed: 1 to 50000")
                    .extracting(e -> ((MigrationException) e).errorCode()).isEqualTo(ErrorCode.USAGE);
        }
    }
}
