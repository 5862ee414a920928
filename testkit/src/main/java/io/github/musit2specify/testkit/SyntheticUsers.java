package io.github.musit2specify.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import static io.github.musit2specify.testkit.SyntheticWords.pick;

/**
 * Synthetic USD_METADATA: groups with Norwegian functional labels and project names spread unevenly
 * over the museums, users in the name forms of production, memberships with every DEFAULTGRUPPE
 * spelling, and (on request) the bad rows a migration must report.
 */
final class SyntheticUsers {
    static final List<String> FUNCTIONS = List.of("Administrasjon", "Kurator lese", "Kurator skrive", "Konservering",
            "Magasintilgang", "Registrator", "Fotograf", "Utlån", "Lesetilgang", "Gjest");
    static final List<String> PROJECTS = List.of("Prosjekt Lav 2019", "Digitalisering herbarium", "DNA-strekkoding",
            "Insektregistrering Finnmark", "Mosekartlegging Vestland", "Artsprosjektet Sopp", "Fuglesamlingen revisjon");
    /** Museums and how many of the functional labels each has: uneven on purpose. */
    private static final List<String> MUSEUMS = List.of("NHM", "UM", "UTM", "VM", "NBH");
    private static final int[] FUNCTIONS_PER_MUSEUM = {10, 7, 5, 4, 2};
    private static final List<String> DEFAULT_FLAGS = List.of("J", "N", "Y", "1", "0");

    private final SplittableRandom random;
    private final Set<String> usernamesLowerCase = new HashSet<>();
    private final List<String> badUsernames = new ArrayList<>();
    private int users;
    private int memberships;

    SyntheticUsers(SplittableRandom random) {
        this.random = random;
    }

    int users() {
        return users;
    }

    int memberships() {
        return memberships;
    }

    List<String> badUsernames() {
        return List.copyOf(badUsernames);
    }

    List<GroupRow> groups() {
        List<GroupRow> groups = new ArrayList<>();
        for (int m = 0; m < MUSEUMS.size(); m++) {
            for (int f = 0; f < FUNCTIONS_PER_MUSEUM[m]; f++) {
                groups.add(new GroupRow(groups.size() + 1, FUNCTIONS.get(f), MUSEUMS.get(m),
                        f % 3 == 0 ? null : "Tilgang: " + FUNCTIONS.get(f).toLowerCase(Locale.ROOT) + " ved " + MUSEUMS.get(m)));
            }
        }
        for (int p = 0; p < PROJECTS.size(); p++) {
            groups.add(new GroupRow(groups.size() + 1, PROJECTS.get(p), MUSEUMS.get(p % 3), "Prosjektgruppe"));
        }
        groups.add(new GroupRow(groups.size() + 1, "Systemadministrator", null, "Alle museer"));
        groups.add(new GroupRow(groups.size() + 1, "Gjest", null, null));
        return groups;
    }

    void generate(Connection c, int count, int groupCount, boolean badRows) throws SQLException {
        try (BatchWriter<UserRow> userWriter = new BatchWriter<>(c, MusitRows.USER, true);
             BatchWriter<MembershipRow> membershipWriter = new BatchWriter<>(c, MusitRows.MEMBERSHIP, true)) {
            for (int i = 0; i < count; i++) {
                UserRow user = user(i);
                userWriter.add(user);
                addMemberships(membershipWriter, user.usr(), groupCount);
            }
            List<UserRow> bad = badRows ? badUsers() : List.of();
            for (UserRow user : bad) {
                userWriter.add(user);
                addMemberships(membershipWriter, user.usr(), groupCount);
            }
            // memberships the flow must ignore: no username, a group that does not exist
            membershipWriter.add(new MembershipRow(++memberships, null, 1L, "J"));
            membershipWriter.add(new MembershipRow(++memberships, "olanor", (long) groupCount + 1000, "N"));
            users = count + bad.size();
        }
        c.commit();
    }

    private UserRow user(int index) {
        String given = pick(random, SyntheticWords.GIVEN_NAMES);
        String middle = random.nextInt(4) == 0 ? pick(random, SyntheticWords.GIVEN_NAMES) : null;
        String surname = pick(random, SyntheticWords.SURNAMES);
        String usr = uniqueUsername(index == 0 ? "olanor" : username(given, surname));
        String domain = pick(random, SyntheticWords.DOMAINS);
        boolean feide = random.nextInt(10) < 6;
        String feideEmail = feide ? fitEmail(SyntheticWords.ascii(given) + "." + SyntheticWords.ascii(surname), usr, domain) : null;
        return new UserRow(usr, namn(given, middle, surname),
                random.nextInt(100) < 85 ? usr + "@" + domain : null,
                random.nextBoolean() ? "+47 " + (22_000_000 + random.nextInt(77_999_999)) : null,
                random.nextInt(10) < 7 ? pick(random, SyntheticWords.INSTITUTIONS) : null,
                feide ? usr + "@uio.no" : null,
                feideEmail,
                random.nextInt(5) == 0 ? "Postboks " + (1 + random.nextInt(999)) + ", 0318 Oslo" : null,
                random.nextInt(20) == 0 ? "J" : random.nextBoolean() ? "N" : null,
                LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextInt(10) < 7 ? fakeHash() : null);
    }

    private String namn(String given, String middle, String surname) {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return given + (middle == null ? "" : " " + middle) + " " + surname;
        } else if (roll < 80) {
            return surname + ", " + given;
        } else if (roll < 90) {
            return surname;
        } else if (roll < 95) {
            return "  " + given + " " + surname + " ";
        }
        return random.nextBoolean() ? null : "   ";
    }

    private String username(String given, String surname) {
        String g = SyntheticWords.ascii(given);
        String s = SyntheticWords.ascii(surname);
        String name = g.substring(0, Math.min(3, g.length())) + s.substring(0, Math.min(3, s.length()));
        return random.nextInt(20) == 0 ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** Unique ignoring case, as Specify's MariaDB compares logins: only the bad rows may collide. */
    private String uniqueUsername(String base) {
        String candidate = base;
        for (int n = 2; !usernamesLowerCase.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static String fitEmail(String local, String usr, String domain) {
        String email = local + "@" + domain;
        return email.length() <= 50 ? email : usr + "@" + domain;
    }

    private String fakeHash() {
        StringBuilder sb = new StringBuilder("{SSHA}");
        for (int i = 0; i < 40; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }

    private void addMemberships(BatchWriter<MembershipRow> writer, String usr, int groupCount) throws SQLException {
        int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String flag = i == 0 ? pick(random, List.of("J", "Y", "1", "j", "TRUE")) : random.nextInt(6) == 0 ? null : pick(random, DEFAULT_FLAGS);
            writer.add(new MembershipRow(++memberships, usr, 1L + random.nextInt(groupCount), flag));
        }
    }

    /** Rows the users flow must handle: two that fail (too long for agent FirstName / Email), a case duplicate, a blank login. */
    private List<UserRow> badUsers() {
        LocalDate created = LocalDate.of(2015, 6, 1);
        List<UserRow> bad = List.of(
                new UserRow("testlangtnavn", SyntheticWords.overLong("Maximiliana", 52) + " Testesen", "testlangtnavn@uio.no",
                        null, "NHM", null, null, null, "N", created, null),
                new UserRow("testlangepost", "Test Langepost", null, null, "UM", "testlangepost@uio.no",
                        "test.account.with.a.very.long.address@students.example.uio.no", null, "N", created, null),
                new UserRow("ola", "Ola Nordmann", "ola@uio.no", null, "NHM", null, null, null, "N", created, null),
                new UserRow("OLA", "Ola Nordmann", "ola@uio.no", null, "NHM", null, null, null, "N", created, null),
                new UserRow("   ", "Blank Brukernavn", null, null, null, null, null, null, null, created, null));
        badUsernames.add("testlangtnavn");
        badUsernames.add("testlangepost");
        return bad;
    }
}
