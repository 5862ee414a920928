package io.github.musit2specify.flow.agents;

import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The markers as MigratedActors reads them from agent.Remarks in MariaDB. */
class MigratedActorsIT {
    private static final String BOT = "MUSIT_BOTANIKK_FELLES";
    private static final String ENT = "MUSIT_ZOOLOGI_ENTOMOLOGI";

    @Test
    void wellFormedMarkersCountWhateverFollowsThemAndNothingElseDoes() throws SQLException {
        SpecifyTestDatabase specify = EmbeddedMariaDb.shared().createSpecifyDatabase("migrated_actors_markers");
        List<String> remarks = List.of(
                MigrationMarker.of(BOT, 1),
                MigrationMarker.of(BOT, 12) + "; institution=" + "i".repeat(200) + "; oracle_note=n",
                MigrationMarker.of(BOT, 7) + "; a; b; c",
                MigrationMarker.of(ENT, 1) + ";",
                MigrationMarker.of(BOT, 30) + "x; not a marker",
                MigrationMarker.of(BOT, 31).replace("ACTOR_ID", "ACTOR-ID"),
                "Curator's note: " + MigrationMarker.of(BOT, 40),
                MigrationMarker.PREFIX + "; ACTOR_ID=50");
        try (Connection c = specify.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO agent (TimestampCreated, Version, AgentType, LastName,"
                     + " Remarks, DivisionID) VALUES (NOW(), 0, 1, 'Existing', ?, (SELECT MIN(UserGroupScopeId) FROM division))")) {
            for (String r : remarks) {
                ps.setString(1, r);
                ps.executeUpdate();
            }
            MigratedActors migrated = MigratedActors.load(c);
            assertThat(migrated.size()).isEqualTo(4);
            assertThat(List.of(1L, 12L, 7L)).allMatch(id -> migrated.contains(BOT, id));
            assertThat(migrated.contains(ENT, 1)).isTrue();
            assertThat(List.of(2L, 30L, 31L, 40L, 50L)).noneMatch(id -> migrated.contains(BOT, id));
            assertThat(migrated.contains(ENT, 12)).isFalse();
        }
    }
}
