package io.github.musit2specify.text;

import java.util.regex.Pattern;

/**
 * The one place text is cleaned before it leaves the program: passwords inside URLs are masked in every
 * output (config, check, logs, reports), and error lines that go into reports lose e-mail addresses and
 * phone-like numbers (a database error may quote the value it refused).
 */
public final class Redaction {
    public static final String MASK = "****";

    /** Oracle thin URLs: {@code thin:user/password@}. */
    private static final Pattern THIN_PASSWORD = Pattern.compile("(?i)(:thin:[^/@:;\\s]*/)[^@\\s]*@");
    /** {@code password=...} / {@code pwd=...} parameters up to the next separator. */
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)\\b((?:password|passwd|pwd|secret)=)[^;&\\s,)'\"]*");
    /** {@code //user:password@host} authorities (JDBC, http, s3). */
    private static final Pattern AUTHORITY_PASSWORD = Pattern.compile("(//[^/:@\\s]*:)[^@/\\s]*@");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /**
     * 8 to 15 digits, optionally with a leading + and single spaces between them ({@code +47 22 85 16 00},
     * {@code 22851600}); dates ({@code 2026-04-10}) and identifiers glued to letters are left alone.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.+-])\\+?\\d(?: ?\\d){7,14}(?![\\w-])");

    private Redaction() {
    }

    /** {@code text} with every password inside a URL replaced by {@value #MASK}; null stays null. */
    public static String maskSecrets(String text) {
        if (text == null) {
            return null;
        }
        String masked = THIN_PASSWORD.matcher(text).replaceAll("$1" + MASK + "@");
        masked = AUTHORITY_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }

    /** {@link #maskSecrets}, then e-mail addresses and phone-like numbers replaced: for text kept in reports. */
    public static String forReport(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = EMAIL.matcher(maskSecrets(text)).replaceAll("<e-mail>");
        return PHONE.matcher(cleaned).replaceAll("<phone>");
    }
}
