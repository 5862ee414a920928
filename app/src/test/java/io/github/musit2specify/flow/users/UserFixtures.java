package io.github.musit2specify.flow.users;

import io.github.musit2specify.testkit.GroupRow;
import io.github.musit2specify.testkit.MembershipRow;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.UserRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A production-shaped USD_METADATA (seeded, so every run sees the same rows): Norwegian and
 * international names in every form, Feide and plain e-mail addresses, groups spread unevenly over
 * the museums, plus the odd bad row. Knows what a migration of it must report.
 */
final class UserFixtures {
    static final String EKSTERN_PASSORD = "musit-password-hash-never-copied";
    private static final String[] MUSEUMS = {"NHM", "UM", "UTM", "VM", "NBH"};
    private static final String[] GROUP_NAMES = {"Administrasjon", "Kurator lese", "Kurator skrive", "Konservering",
            "Magasintilgang", "Fotografi", "Utlån", "Prosjekt Lav", "Prosjekt Sopp", "DNA-lab"};
    private static final String[] GIVEN = {"Ola", "Kari", "Åse", "Øystein", "Ærlend", "José", "Anna-Lena", "Björn",
            "Siri", "Per Olav", "Marie", "Håkon", "François", "Zoë"};
    private static final String[] SURNAMES = {"Nordmann", "Ødegård", "Hansen", "Åsheim", "Bjørnstad", "García Núñez",
            "Olsen", "Dahl", "Müller", "Lie", "Berg", "Strøm"};

    record Fixture(List<GroupRow> groups, List<UserRow> users, List<MembershipRow> memberships,
                   List<String> existingLogins, List<String> badLogins, List<String> caseTwins, int blankUsers) {

        int nonBlankUsers() {
            return users.size() - blankUsers;
        }

        int expectedSkipped() {
            return existingLogins.size() + caseTwins.size();
        }

        int expectedCreated() {
            return nonBlankUsers() - expectedSkipped() - badLogins.size();
        }

        void insertInto(MusitSource source) {
            source.insertGroups(groups);
            source.insertUsers(users);
            source.insertMemberships(memberships);
        }
    }

    private UserFixtures() {
    }

    static Fixture productionShaped(int userCount, long seed) {
        Random random = new Random(seed);
        List<GroupRow> groups = new ArrayList<>();
        long groupId = 1;
        for (String museum : MUSEUMS) {
            for (String name : GROUP_NAMES) {
                if (random.nextInt(3) > 0) {
                    groups.add(new GroupRow(groupId++, name, museum, "Gruppe " + name + " ved " + museum));
                }
            }
        }
        groups.add(new GroupRow(groupId++, "Gjest", null, null));
        groups.add(new GroupRow(groupId, "Testgruppe", " ", null));

        List<UserRow> users = new ArrayList<>();
        List<MembershipRow> memberships = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        List<String> twins = new ArrayList<>();
        long membershipId = 1;
        for (int i = 0; i < userCount; i++) {
            String usr = String.format("usr%05d", i);
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String namn = switch (i % 6) {
                case 0 -> surname + ", " + given;
                case 1 -> given + " " + surname;
                case 2 -> given + " M.  " + surname;
                case 3 -> surname;
                case 4 -> i % 12 == 4 ? null : "  " + given + " " + surname + " ";
                default -> given + " " + surname;
            };
            String local = usr + "." + surname.toLowerCase().replace(' ', '-');
            String epost = i % 5 == 0 ? null : local + "@nhm.uio.no";
            String feideEpost = i % 3 == 0 ? local + "@uio.no" : null;
            String feide = i % 3 == 0 ? usr + "@uio.no" : null;
            if (i % 997 == 13) {
                namn = "Testbruker Med Et Helt Absurd Langt Fornavn For Testing Av Grenser " + surname;
                bad.add(usr);
            } else if (i % 997 == 500) {
                feideEpost = "en.veldig.lang.test.adresse." + usr + "@testkonto.uio.no";
                bad.add(usr);
            }
            users.add(new UserRow(usr, namn, epost, "2212" + i, i % 4 == 0 ? "Naturhistorisk museum" : null, feide,
                    feideEpost, "Postboks " + i, i % 50 == 0 ? "J" : null, LocalDate.of(2005, 1, 1).plusDays(i),
                    EKSTERN_PASSORD));
            int groupsOfUser = 1 + random.nextInt(3);
            for (int g = 0; g < groupsOfUser; g++) {
                GroupRow group = groups.get(random.nextInt(groups.size()));
                memberships.add(new MembershipRow(membershipId++, usr, group.groupId(), g == 0 ? "J" : "N"));
            }
            if (i % 600 == 7) {
                existing.add(usr);
            }
        }
        // ignored memberships: unknown group, no username
        memberships.add(new MembershipRow(membershipId++, "usr00001", 99_999L, "J"));
        memberships.add(new MembershipRow(membershipId++, null, 1L, "J"));
        // the same login twice in one run, differing in case (sorted: OLA first)
        users.add(new UserRow("OLA", "Ola Nordmann", null, null, null, null, null, null, null, null, null));
        users.add(new UserRow("ola", "Ola Nordmann", null, null, null, null, null, null, null, null, null));
        twins.add("ola");
        // blank USR: ignored entirely
        users.add(new UserRow("   ", "Ingen Brukernavn", null, null, null, null, null, null, null, null, null));
        return new Fixture(groups, users, memberships, existing, bad, twins, 1);
    }

    /** Logins (with their agents, as Specify creates them) that exist before the migration, in upper case. */
    static void createExistingLogins(Connection c, List<String> logins) throws SQLException {
        try (PreparedStatement user = c.prepareStatement("INSERT INTO specifyuser (Name, IsLoggedIn, IsLoggedInReport,"
                + " Password, UserType, TimestampCreated, Version) VALUES (?, 0, 0, 'ABCDEF0123456789', 'Manager', NOW(), 0)",
                PreparedStatement.RETURN_GENERATED_KEYS);
             PreparedStatement agent = c.prepareStatement("INSERT INTO agent (AgentType, LastName, SpecifyUserID,"
                     + " DivisionID, TimestampCreated, Version) VALUES (1, ?, ?, (SELECT MIN(UserGroupScopeId) FROM division), NOW(), 0)")) {
            for (String login : logins) {
                user.setString(1, login.toUpperCase());
                user.executeUpdate();
                try (var keys = user.getGeneratedKeys()) {
                    keys.next();
                    agent.setString(1, "Eksisterende " + login);
                    agent.setLong(2, keys.getLong(1));
                    agent.executeUpdate();
                }
            }
        }
    }
}
