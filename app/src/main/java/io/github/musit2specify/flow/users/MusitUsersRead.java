package io.github.musit2specify.flow.users;

import io.github.musit2specify.check.MusitTables;
import io.github.musit2specify.flow.Meanwhile;
import io.github.musit2specify.musit.MusitDatabase;
import io.github.musit2specify.musit.OracleSettings;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.snapshot.SchemaDrift;

import java.util.List;

/**
 * The MUSIT side of a run on a thread of its own: connecting to MUSIT, the schema drift look-up (on a
 * thread of its own again) and reading the users overlap with connecting to Specify and taking the flow lock, which wait on the
 * network and the other database rather than on this process. The run takes what was read with
 * {@link #await()} once Specify is ready; a run that fails before that never looks at it.
 */
final class MusitUsersRead {
    /** What was read: the drift warnings for the report and the users in USR order. */
    record Source(List<String> drift, List<MusitUser> users) {
    }

    private final Meanwhile<Source> read;

    private MusitUsersRead(Meanwhile<Source> read) {
        this.read = read;
    }

    static MusitUsersRead start(OracleSettings oracle, S3Settings s3) {
        return new MusitUsersRead(Meanwhile.start("musit-users-reader", () -> {
            try (MusitDatabase musit = MusitDatabase.open(oracle)) {
                Meanwhile<List<String>> lookUp = Meanwhile.start("schema-drift",
                        () -> SchemaDrift.warnings(s3, musit, MusitTables.readByUsers()));
                List<MusitUser> users = new MusitUserReader(musit).readUsers();
                return new Source(lookUp.get(), users);
            }
        }));
    }

    /** Waits for the read; a failure there is thrown here as it was thrown there. */
    Source await() {
        return read.get();
    }
}
