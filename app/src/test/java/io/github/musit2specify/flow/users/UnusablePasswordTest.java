package io.github.musit2specify.flow.users;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UnusablePasswordTest {

    @Test
    void isNeverAHexValueSoSpecifyCannotDecodeItAsAPasswordHash() {
        String password = UnusablePassword.next();

        assertThat(password).startsWith(UnusablePassword.PREFIX).doesNotMatch("[0-9A-Fa-f]*");
        assertThat(password.length()).isLessThanOrEqualTo(255); // specifyuser.Password VARCHAR(255)
    }

    @Test
    void differsForEveryLogin() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            passwords.add(UnusablePassword.next());
        }

        assertThat(passwords).hasSize(1_000);
    }
}
