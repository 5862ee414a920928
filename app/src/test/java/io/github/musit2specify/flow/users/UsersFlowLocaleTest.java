package io.github.musit2specify.flow.users;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.UserRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users flow's order, and so which of two clashing logins wins and the order of the error lines,
 * does not depend on where the tool runs: the same data gives the same report under nb-NO (whose
 * collation puts Å after Z, lower case before upper) and en-US (Å beside A). The logins are chosen so
 * that any locale-dependent order (Oracle's NLS_SORT, a default-locale Collator) changes the report.
 */
class UsersFlowLocaleTest {
    private static final String TOO_LONG = "Et Altfor Langt Fornavn Som Ikke Får Plass I Kolonnen Hansen";
    private static final List<String> LOGINS = List.of("ola", "Zed", "Åse", "aase", "Ola");
    private static SpecifyTestDatabase specify;
    private static MusitSource musit;
    private static Env env;

    @BeforeAll
    static void setUp() {
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase("users_locale");
        musit = MusitSource.inMemory("users_locale");
        musit.insertUsers(List.of(user("ola", "Ola Nordmann"), user("Zed", TOO_LONG), user("Åse", TOO_LONG),
                user("aase", TOO_LONG), user("Ola", TOO_LONG)));
        env = Env.of(specify.env(), musit.env("IT"));
    }

    @AfterAll
    static void tearDown() {
        musit.close();
    }

    @Test
    void theDataOrdersDifferentlyUnderTheTwoLocales() {
        // the premise: a locale's collation would give different orders, hence different reports
        assertThat(sorted(Collator.getInstance(Locale.forLanguageTag("nb-NO"))))
                .isNotEqualTo(sorted(Collator.getInstance(Locale.US)));
    }

    @Test
    void norwegianAndAmericanJvmsGiveIdenticalReports() {
        Map<String, Object> norwegian = dryRunUnder(Locale.forLanguageTag("nb-NO"));
        Map<String, Object> american = dryRunUnder(Locale.US);

        assertThat(norwegian).isEqualTo(american);
        // code point order: Ola < Zed < aase < ola < Åse; 'Ola' comes first, fails, and leaves 'ola' free
        assertThat(american.get("errors")).isEqualTo(List.of(
                "Error migrating user 'Ola': agent.FirstName is 53 characters long; the column allows at most 50",
                "Error migrating user 'Zed': agent.FirstName is 53 characters long; the column allows at most 50",
                "Error migrating user 'aase': agent.FirstName is 53 characters long; the column allows at most 50",
                "Error migrating user 'Åse': agent.FirstName is 53 characters long; the column allows at most 50"));
        assertThat(american.get("users_created")).isEqualTo(1);
        assertThat(american.get("users_skipped")).isEqualTo(0);
    }

    @Test
    void usrOrderIsByCodePointWithBlankLast() {
        List<MusitUser> users = new ArrayList<>(List.of(musitUser(" "), musitUser("\uD83D\uDE00x"), musitUser("\uFF21"),
                musitUser(" b"), musitUser("a"), musitUser("B")));
        users.sort(MusitUserReader.USR_ORDER);
        // U+FF21 sorts before U+1F600 by code point, after it by UTF-16 unit
        assertThat(users).extracting(MusitUser::usr).containsExactly("B", "a", " b", "\uFF21", "\uD83D\uDE00x", " ");
    }

    private static Map<String, Object> dryRunUnder(Locale locale) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return UsersFlow.create(env, "IT", true).execute("20260410T120000Z");
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static List<String> sorted(Comparator<Object> collator) {
        return LOGINS.stream().sorted(collator).toList();
    }

    private static MusitUser musitUser(String usr) {
        return new MusitUser(usr, null, null, null, null, null, null, null, null, null, List.of());
    }

    private static UserRow user(String usr, String namn) {
        return new UserRow(usr, namn, null, null, null, null, null, null, null, null, null);
    }
}
