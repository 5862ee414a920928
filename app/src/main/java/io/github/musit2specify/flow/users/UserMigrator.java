package io.github.musit2specify.flow.users;

import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.flow.ProgressLog;
import io.github.musit2specify.specify.setup.AgentCopies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The per-user rules of Migrate Users, identical in both modes up to the write: blank USR ignored,
 * existing login (as the database collates names) skipped, values validated against the columns.
 * A live run then writes the user; a dry run counts it as created. So a dry run reports the counters
 * and error lines a live run would, short of failures only the database itself can reveal.
 */
final class UserMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(UserMigrator.class);
    static final int CHUNK = 1_000;
    private static final int PROGRESS_EVERY = 500;

    private final Connection connection;
    private final long divisionId;
    private final boolean dryRun;

    private final ErrorLines errors;
    private final List<PlannedUser> pending = new ArrayList<>();
    private SpecifyUserWriter writer;
    private int usersCreated;
    private int usersSkipped;
    private int agentsCreated;
    private int agentsLinked;

    /** The counters of a run. */
    record Counts(int usersCreated, int usersSkipped, int agentsCreated, int agentsLinked, ErrorLines errors) {
    }

    UserMigrator(Connection connection, long divisionId, boolean dryRun, ErrorLines errors) {
        this.connection = connection;
        this.errors = errors;
        this.divisionId = divisionId;
        this.dryRun = dryRun;
    }

    Counts migrate(List<MusitUser> users) throws SQLException {
        LoginCollation collation = LoginCollation.of(connection);
        Set<String> takenLogins = collation.existingKeys(connection);
        LOG.info("{} logins exist in Specify (names compared under {})", takenLogins.size(), collation.collation());
        List<String> logins = users.stream().map(u -> UserMapping.trimToNull(u.usr())).filter(Objects::nonNull).toList();
        Map<String, String> keys = collation.keys(connection, logins);
        if (!dryRun) {
            writer = new SpecifyUserWriter(connection, divisionId);
        }
        ProgressLog progress = new ProgressLog(LOG, "Migrate users", PROGRESS_EVERY, dryRun);
        int processed = 0;
        for (MusitUser user : users) {
            String login = UserMapping.trimToNull(user.usr());
            if (login == null) {
                continue;
            }
            migrateOne(login, keys.get(login), takenLogins, user);
            progress.tick(++processed, usersCreated + pending.size(), usersSkipped);
        }
        flush();
        if (!dryRun) {
            agentsLinked += copyAgentsIntoEveryDivision();
        }
        progress.done(processed, usersCreated, usersSkipped);
        return soFar();
    }

    /** What was written (or, in a dry run, counted) so far: also what a run that failed midway reports. */
    Counts soFar() {
        return new Counts(usersCreated, usersSkipped, agentsCreated, agentsLinked, errors);
    }

    private void migrateOne(String login, String key, Set<String> takenLogins, MusitUser user) {
        if (takenLogins.contains(key)) {
            usersSkipped++;
            LOG.debug("Login '{}' exists in Specify (or earlier in this run): skipped", login);
            return;
        }
        PlannedUser planned = UserMapping.plan(login, user);
        List<String> problems = planned.problems();
        if (!problems.isEmpty()) {
            error(login, String.join("; ", problems));
            return;
        }
        // Claimed before the write, so a later source user with the same login (as collated) is skipped in
        // both modes, exactly as the database's unique key on Name would refuse it.
        takenLogins.add(key);
        if (dryRun) {
            usersCreated++;
            agentsCreated++;
            return;
        }
        pending.add(planned);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (writer == null || pending.isEmpty()) {
            return;
        }
        SpecifyUserWriter.Outcome outcome = writer.write(pending);
        usersCreated += outcome.usersCreated();
        agentsCreated += outcome.agentsCreated();
        agentsLinked += outcome.agentsLinked();
        outcome.failures().forEach(f -> error(f.login(), f.reason()));
        pending.clear();
    }

    /**
     * Specify's rule: a login needs its agent in every division. Adds the copies that are missing, for
     * the logins of this run and of earlier ones alike, so a re-run adds only what is still missing.
     */
    private int copyAgentsIntoEveryDivision() throws SQLException {
        try {
            int copies = AgentCopies.everywhere(connection);
            connection.commit();
            if (copies > 0) {
                LOG.info("Added {} agent copies so that every login has its agent in every division", copies);
            }
            return copies;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private void error(String login, String reason) {
        String line = "Error migrating user '" + login + "': " + reason;
        LOG.warn(line);
        errors.add(line);
    }
}
