package io.github.musit2specify.check;

import oracle.sql.CharacterSet;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether the Oracle driver on this class path can convert a database character set. ojdbc alone
 * handles only a few (US7ASCII, WE8ISO8859P1, WE8MSWIN1252, the UTF-8 sets, …); the rest (WE8PC850,
 * N8PC865, EE8ISO8859P2, …) need orai18n, which the shaded jar carries. Asked of the driver itself, so
 * it stays true whatever the driver version.
 */
final class CharsetSupport {
    /** A database holding 7-bit ASCII often has 8-bit text that old clients stored anyway. */
    static final String SEVEN_BIT = "US7ASCII";

    private CharsetSupport() {
    }

    /** Why the bundled driver cannot read text in {@code charset}; empty when it can. */
    static Optional<String> problem(String charset) {
        short id;
        try {
            id = CharacterSet.class.getField(charset + "_CHARSET").getShort(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.of(charset + " is unknown to the bundled Oracle driver");
        }
        try {
            CharacterSet set = CharacterSet.make(id);
            byte[] bytes = set.convert("MUSIT");
            set.toString(bytes, 0, bytes.length);
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            return Optional.of("the bundled converters cannot convert " + charset + " (" + Jdbc.cause(e) + ")");
        }
    }
}
