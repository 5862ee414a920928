package io.github.musit2specify.flow.users;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The mapping rules of Migrate Users (flows.md section 2), as pure functions. */
public final class UserMapping {
    /** LastName of a user whose NAMN is blank. */
    public static final String UNKNOWN_LAST_NAME = "(unknown)";
    /** Museum key of groups whose MUSEUM is null or blank. */
    public static final String NO_MUSEUM = "(none)";
    /** The idempotency marker that starts every migrated user's agent Remarks. */
    public static final String REMARKS_PREFIX = "MUSIT-migration: USR=";

    private static final Set<String> DEFAULT_GROUP_FLAGS = Set.of("J", "Y", "1", "TRUE");
    /** Any run of whitespace, including no-break and other Unicode spaces that {@code strip()} keeps. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private UserMapping() {
    }

    /** Trimmed (Unicode whitespace too), or null when null or blank. */
    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = stripSpaces(value);
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String stripSpaces(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Trimmed with inner runs of whitespace collapsed to one space; null when blank. */
    static String collapseSpaces(String value) {
        String trimmed = trimToNull(value);
        return trimmed == null ? null : SPACES.matcher(trimmed).replaceAll(" ");
    }

    /**
     * NAMN → first and last name: blank → (null, "(unknown)"); with a comma → "Last, First" split at
     * the first comma; otherwise the last word is the last name and the words before it the first name.
     */
    public static PersonName splitName(String namn) {
        String name = collapseSpaces(namn);
        if (name == null) {
            return new PersonName(null, UNKNOWN_LAST_NAME);
        }
        int comma = name.indexOf(',');
        if (comma >= 0) {
            String last = trimToNull(name.substring(0, comma));
            String first = trimToNull(name.substring(comma + 1));
            return new PersonName(first, last == null ? UNKNOWN_LAST_NAME : last);
        }
        int lastSpace = name.lastIndexOf(' ');
        if (lastSpace < 0) {
            return new PersonName(null, name);
        }
        return new PersonName(name.substring(0, lastSpace), name.substring(lastSpace + 1));
    }

    /** The Feide e-mail when present, else the ordinary one; trimmed, blank → null. */
    public static String chooseEmail(String feideEmail, String email) {
        String feide = trimToNull(feideEmail);
        return feide != null ? feide : trimToNull(email);
    }

    /** DEFAULTGRUPPE: J, Y, 1 or TRUE in any case (surrounding spaces ignored) mean "default group". */
    public static boolean isDefaultGroupFlag(String flag) {
        String value = trimToNull(flag);
        return value != null && DEFAULT_GROUP_FLAGS.contains(value.toUpperCase(Locale.ROOT));
    }

    /** {@code MUSIT-migration: USR=<usr>} then {@code ; FEIDE=}, {@code ; institution=}, {@code ; admin=} when present. */
    public static String remarks(String usr, String feide, String institution, String admin) {
        StringBuilder remarks = new StringBuilder(REMARKS_PREFIX).append(usr);
        appendIfPresent(remarks, "FEIDE", feide);
        appendIfPresent(remarks, "institution", institution);
        appendIfPresent(remarks, "admin", admin);
        return remarks.toString();
    }

    private static void appendIfPresent(StringBuilder remarks, String label, String value) {
        String trimmed = trimToNull(value);
        if (trimmed != null) {
            remarks.append("; ").append(label).append('=').append(trimmed);
        }
    }

    /** The museum a group is inventoried under. */
    public static String museumKey(String museum) {
        String trimmed = trimToNull(museum);
        return trimmed == null ? NO_MUSEUM : trimmed;
    }

    /** What a user becomes in Specify; {@code login} is the trimmed USR. */
    public static PlannedUser plan(String login, MusitUser user) {
        return new PlannedUser(login,
                chooseEmail(user.feideEmail(), user.email()),
                splitName(user.name()),
                remarks(login, user.feide(), user.institution(), user.admin()));
    }
}
