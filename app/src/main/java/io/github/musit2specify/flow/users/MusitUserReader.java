package io.github.musit2specify.flow.users;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.musit.MusitDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the MUSIT application users ({@code USD_METADATA}): groups, memberships and users in
 * {@link #USR_ORDER}, with each user's memberships attached. About 2,400 users in production, so they
 * are held in memory. Column lists are explicit: the password column {@code EKSTERN_PASSORD} is never
 * read. The three reads run in one read-only transaction, so users, groups and memberships are one
 * snapshot of the database.
 */
public final class MusitUserReader {
    public static final String SCHEMA = "USD_METADATA";

    static final String GROUPS_SQL = "SELECT GRUPPEID, NAVN, MUSEUM, FORKLARING FROM " + SCHEMA + ".GRUPPE";
    static final String MEMBERSHIPS_SQL = "SELECT BRUKERID, BRUKERNAVN, GRUPPEID, DEFAULTGRUPPE FROM " + SCHEMA
            + ".BRUKERNAVN_GRUPPE ORDER BY BRUKERID";
    // no ORDER BY: ojdbc sets the session's NLS_SORT from the client's locale, so Oracle's order of USR
    // would depend on where the tool runs (nb-NO: NORWEGIAN, en-US: BINARY); the order is USR_ORDER
    static final String USERS_SQL = "SELECT USR, NAMN, EPOST, TELEFON, INSTITUSJON, FEIDE, FEIDE_EPOST, ADRESSE, ADM,"
            + " OPPRETTA FROM " + SCHEMA + ".BRUKARAR";

    /**
     * The order users are migrated in, which decides which of two logins that are one login in Specify
     * ({@code OLA}, {@code ola}) is created: the trimmed USR by Unicode code point (what Oracle's BINARY
     * sort gives on a Latin-1 or UTF-8 database, so upper case before lower case and {@code Å} after
     * {@code z}), blank USRs last, ties by the USR as stored. Fixed, whatever the JVM's or the session's
     * locale.
     */
    public static final Comparator<MusitUser> USR_ORDER = Comparator.comparing(SortKey::of, SortKey.ORDER);

    /** A user with its trimmed USR, computed once per user rather than once per comparison. */
    private record SortKey(String login, MusitUser user) {
        static final Comparator<SortKey> ORDER = Comparator
                .comparing(SortKey::login, Comparator.nullsLast(MusitUserReader::compareCodePoints))
                .thenComparing(k -> k.user().usr(), Comparator.nullsLast(MusitUserReader::compareCodePoints));

        static SortKey of(MusitUser user) {
            return new SortKey(UserMapping.trimToNull(user.usr()), user);
        }
    }

    private final MusitDatabase musit;

    public MusitUserReader(MusitDatabase musit) {
        this.musit = musit;
    }

    /** The SELECTs of this reader by the table each reads ({@code SCHEMA.TABLE}), for {@code check} to probe. */
    public static Map<String, String> queriesByTable() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put(SCHEMA + ".GRUPPE", GROUPS_SQL);
        queries.put(SCHEMA + ".BRUKERNAVN_GRUPPE", MEMBERSHIPS_SQL);
        queries.put(SCHEMA + ".BRUKARAR", USERS_SQL);
        return queries;
    }

    public List<MusitUser> readUsers() {
        try (Connection c = musit.connection()) {
            musit.beginReadOnlySnapshot(c);
            try {
                Map<Long, MusitGroup> groups = readGroups(c);
                Map<String, List<GroupMembership>> memberships = readMemberships(c, groups);
                return inUsrOrder(readUsers(c, memberships));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new MigrationException(ErrorCode.SOURCE_READ, "cannot read the MUSIT users (" + SCHEMA
                    + ") from Oracle profile " + musit.settings().profile() + ": " + e.getMessage(), e);
        }
    }

    private static Map<Long, MusitGroup> readGroups(Connection c) throws SQLException {
        Map<Long, MusitGroup> groups = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(GROUPS_SQL);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                groups.put(id, new MusitGroup(id, rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return groups;
    }

    /** Memberships by trimmed username; those with no username or an unknown group are ignored. */
    private static Map<String, List<GroupMembership>> readMemberships(Connection c, Map<Long, MusitGroup> groups)
            throws SQLException {
        Map<String, List<GroupMembership>> byUser = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(MEMBERSHIPS_SQL)) {
            ps.setFetchSize(MusitDatabase.FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long membershipId = rs.getLong(1);
                    String username = UserMapping.trimToNull(rs.getString(2));
                    long groupId = rs.getLong(3);
                    MusitGroup group = rs.wasNull() ? null : groups.get(groupId);
                    if (username == null || group == null) {
                        continue;
                    }
                    byUser.computeIfAbsent(username, u -> new ArrayList<>()).add(new GroupMembership(
                            membershipId, username, group, UserMapping.isDefaultGroupFlag(rs.getString(4))));
                }
            }
        }
        return byUser;
    }

    private static List<MusitUser> readUsers(Connection c, Map<String, List<GroupMembership>> memberships)
            throws SQLException {
        List<MusitUser> users = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(USERS_SQL)) {
            ps.setFetchSize(MusitDatabase.FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String usr = rs.getString("USR");
                    String key = UserMapping.trimToNull(usr);
                    Timestamp created = rs.getTimestamp("OPPRETTA");
                    users.add(new MusitUser(usr, rs.getString("NAMN"), rs.getString("EPOST"), rs.getString("TELEFON"),
                            rs.getString("INSTITUSJON"), rs.getString("FEIDE"), rs.getString("FEIDE_EPOST"),
                            rs.getString("ADRESSE"), rs.getString("ADM"),
                            created == null ? null : created.toLocalDateTime().toLocalDate(),
                            key == null ? List.of() : memberships.getOrDefault(key, List.of())));
                }
            }
        }
        return users;
    }

    static List<MusitUser> inUsrOrder(List<MusitUser> users) {
        return users.stream().map(SortKey::of).sorted(SortKey.ORDER).map(SortKey::user).toList();
    }

    /** Code point order; String.compareTo compares UTF-16 units, which differs above U+FFFF. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
