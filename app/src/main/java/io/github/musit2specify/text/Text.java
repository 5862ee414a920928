package io.github.musit2specify.text;

/** Text clean-up shared by the mapping rules of all flows. */
public final class Text {
    private Text() {
    }

    /** Trimmed value; null, empty or blank → null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * At most {@code maxChars} characters, counted as MariaDB counts them (code points), so a
     * character outside the BMP is never cut in half.
     */
    public static String cut(String value, int maxChars) {
        if (value == null || value.codePointCount(0, value.length()) <= maxChars) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, maxChars));
    }

    /** {@link #clean} then {@link #cut}. */
    public static String cleanAndCut(String value, int maxChars) {
        return cut(clean(value), maxChars);
    }

    /** Length as MariaDB counts it for a utf8mb4 VARCHAR (code points). */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }
}
