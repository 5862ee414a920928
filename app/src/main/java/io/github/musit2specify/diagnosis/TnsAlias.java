package io.github.musit2specify.diagnosis;

import java.util.regex.Pattern;

/**
 * A thin-driver URL that names a TNS alias ({@code jdbc:oracle:thin:@musprod}), which the driver looks up
 * in {@code tnsnames.ora}: it needs the directory, as {@code TNS_ADMIN} in the URL or the
 * {@code oracle.net.tns_admin} system property.
 */
final class TnsAlias {
    // after '@': an optional "user/password" is not used here; an alias has no '/', ':', '(' or '//'
    private static final Pattern ALIAS_URL = Pattern.compile("(?i)jdbc:oracle:thin:@[A-Za-z][A-Za-z0-9_.\\-]*(\\?.*)?");

    private TnsAlias() {
    }

    static boolean lacksTnsAdmin(String jdbcUrl) {
        if (jdbcUrl == null || !ALIAS_URL.matcher(jdbcUrl).matches()) {
            return false;
        }
        return !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("TNS_ADMIN=")
                && System.getProperty("oracle.net.tns_admin") == null;
    }
}
