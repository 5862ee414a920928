package io.github.musit2specify.specify.setup;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A new division as Specify's {@code create_division} makes it, in the caller's transaction: the
 * division row (Abbrev as Specify's setup writes it) and a copy of every login's agent in it.
 */
public final class DivisionSetup {
    private final SetupDefaults defaults;

    public DivisionSetup(SetupDefaults defaults) {
        this.defaults = defaults;
    }

    public record Created(long divisionId, int agentsCopied) {
    }

    public Created create(Connection c, long institutionId, String name) throws SQLException {
        long id = Rows.insert(c, "division", Rows.with(defaults.division(), "Name", name, "InstitutionID", institutionId),
                true);
        return new Created(id, AgentCopies.intoDivision(c, id));
    }
}
