package io.github.musit2specify.flow.users;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Login names compared the way Specify's database compares them. {@code specifyuser.Name} is unique
 * under its column collation (utf8mb4_general_ci on a default MariaDB: case- and accent-insensitive,
 * trailing spaces ignored), so {@code OLA}, {@code ola} and {@code Óla } are one login. Rather than
 * imitate that collation in Java, each name is keyed by the collation's own sort key,
 * {@code WEIGHT_STRING(name COLLATE <column collation>)}: two names are one login exactly when their
 * keys are equal. WEIGHT_STRING keeps trailing spaces, which a PAD SPACE collation (every MariaDB
 * collation without "nopad" in its name) ignores when comparing, so those are cut before keying.
 * Existing logins are loaded once per run; source names are keyed 1,000 a query.
 */
final class LoginCollation {
    private static final Pattern SQL_NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final int CHUNK = 1_000;

    private final String charset;
    private final String collation;
    private final boolean padSpace;

    private LoginCollation(String charset, String collation) {
        this.charset = charset;
        this.collation = collation;
        this.padSpace = !collation.toLowerCase(java.util.Locale.ROOT).contains("nopad");
    }

    /** The collation of {@code specifyuser.Name} in the connection's database. */
    static LoginCollation of(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CHARACTER_SET_NAME, COLLATION_NAME"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'specifyuser' AND COLUMN_NAME = 'Name'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new MigrationException(ErrorCode.SPECIFY_STATE, "the Specify database has no table "
                        + "specifyuser with a column Name: the Specify database must be initialised first");
            }
            String charset = rs.getString(1);
            String collation = rs.getString(2);
            // Both are spliced into SQL below (COLLATE takes no parameter): accept plain names only.
            if (charset == null || collation == null || !SQL_NAME.matcher(charset).matches()
                    || !SQL_NAME.matcher(collation).matches()) {
                throw new MigrationException(ErrorCode.SPECIFY_STATE, "specifyuser.Name has an unexpected "
                        + "character set or collation: " + charset + " / " + collation);
            }
            return new LoginCollation(charset, collation);
        }
    }

    String collation() {
        return collation;
    }

    /** The keys of every login already in {@code specifyuser}. */
    Set<String> existingKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + weightOf("Name") + " FROM specifyuser");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(hex(rs.getBytes(1)));
            }
        }
        return keys;
    }

    /**
     * The key of each of {@code names}, 1,000 names a query. The names come as rows of a table value
     * constructor (MariaDB 10.3+), so the server parses one key expression per query, not one per name.
     */
    Map<String, String> keys(Connection c, Collection<String> names) throws SQLException {
        List<String> distinct = new ArrayList<>(new HashSet<>(names));
        Map<String, String> keys = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement(keysQuery(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.put(chunk.get(rs.getInt(1)), hex(rs.getBytes(2)));
                    }
                }
            }
        }
        return keys;
    }

    /** Each name with its position in the chunk, so the keys come back to the names as sent. */
    private String keysQuery(int count) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            rows.add("(" + i + ", ?)");
        }
        return "WITH names(position, name) AS (VALUES " + rows + ") SELECT position, "
                + weightOf("CONVERT(name USING " + charset + ") COLLATE " + collation) + " FROM names";
    }

    private String weightOf(String expression) {
        return "WEIGHT_STRING(" + (padSpace ? "TRIM(TRAILING ' ' FROM " + expression + ")" : expression) + ")";
    }

    private static String hex(byte[] weight) {
        return weight == null ? "" : HexFormat.of().formatHex(weight);
    }
}
