package io.github.musit2specify.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:oracle:thin:scott/tiger@//db:1553/SVC | jdbc:oracle:thin:scott/****@//db:1553/SVC",
            "jdbc:oracle:thin:@//db:1553/SVC | jdbc:oracle:thin:@//db:1553/SVC",
            "jdbc:h2:mem:x;USER=sa;PASSWORD=pw;MODE=Oracle | jdbc:h2:mem:x;USER=sa;PASSWORD=****;MODE=Oracle",
            "jdbc:mariadb://h:3306/db?user=u&password=p&sslMode=disable | jdbc:mariadb://h:3306/db?user=u&password=****&sslMode=disable",
            "http://minio:s3cret@minio:9000 | http://minio:****@minio:9000",
            "jdbc:mysql://u:p@h/db | jdbc:mysql://u:****@h/db",
            "failed: pwd=abc, then | failed: pwd=****, then",
            "http://minio:9000/bucket | http://minio:9000/bucket",
    })
    void masksEveryPasswordInsideAUrl(String text, String masked) {
        assertThat(Redaction.maskSecrets(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Duplicate entry 'ola@nhm.example' for key 'Email' | Duplicate entry '<e-mail>' for key 'Email'",
            "ring +47 22 85 16 00 eller 22851600 | ring <phone> eller <phone>",
            "tlf 22 85 16 00. | tlf <phone>.",
            "Error migrating MUSIT_BOTANIKK_FELLES.ACTOR_ID=250274: Data too long | Error migrating MUSIT_BOTANIKK_FELLES.ACTOR_ID=250274: Data too long",
            "run 20260410T145733Z at 2026-04-10 | run 20260410T145733Z at 2026-04-10",
            "user 'ola': EMail is 64 characters | user 'ola': EMail is 64 characters",
            "url jdbc:oracle:thin:scott/tiger@//db/SVC | url jdbc:oracle:thin:scott/****@//db/SVC",
    })
    void reportTextLosesEmailAddressesPhoneNumbersAndPasswords(String text, String redacted) {
        assertThat(Redaction.forReport(text)).isEqualTo(redacted);
    }
}
