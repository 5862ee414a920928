package io.github.musit2specify.flow.users;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The {@code specifyuser.Password} of a migrated login: a value no typed password can match.
 * Specify checks a password by hex-decoding the stored value and DES-decrypting it with the typed
 * password (Specify 6's scheme, kept by Specify 7); a value that is not hexadecimal cannot be decoded,
 * so every password is refused (Specify 7's own "unusable password" works the same way). The prefix
 * says why the login has no password; the random tail keeps the value from being one known constant.
 * An administrator enables the login later (docs/migrate-users.md).
 */
final class UnusablePassword {
    static final String PREFIX = "!musit-migrated-no-password!";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UnusablePassword() {
    }

    static String next() {
        byte[] tail = new byte[16];
        RANDOM.nextBytes(tail);
        return PREFIX + HexFormat.of().formatHex(tail);
    }
}
