package io.github.musit2specify.deploy;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar as shipped (and copied into the image): it carries Oracle's wallet support and the
 * character-set converters beside the driver, and they work from the jar alone. Runs after `package`
 * (failsafe), because surefire's test phase comes before the jar exists.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of(System.getProperty("shaded.jar", "target/musit2specify.jar"));

    @Test
    void carriesTheDriverWalletAndCharacterSetClasses() throws Exception {
        assertThat(JAR).exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String entry : new String[]{"oracle/jdbc/OracleDriver.class",
                    "oracle/security/pki/OraclePKIProvider.class", "oracle/security/pki/OracleWallet.class",
                    "oracle/i18n/text/converter/CharacterConverter1Byte.class"}) {
                assertThat(jar.getEntry(entry)).as(entry + " in " + JAR).isNotNull();
            }
        }
    }

    @Test
    void convertsACharacterSetOnlyOrai18nKnowsAndLoadsTheWalletProvider() throws Exception {
        try (URLClassLoader loader = jarOnly()) {
            Class<?> pki = Class.forName("oracle.security.pki.OraclePKIProvider", true, loader);
            assertThat(pki.getProtectionDomain().getCodeSource().getLocation().getPath()).endsWith(JAR.getFileName().toString());

            Class<?> characterSet = Class.forName("oracle.sql.CharacterSet", true, loader);
            short we8pc850 = characterSet.getField("WE8PC850_CHARSET").getShort(null);
            Object set = characterSet.getMethod("make", int.class).invoke(null, we8pc850);
            byte[] bytes = (byte[]) characterSet.getMethod("convert", String.class).invoke(set, "Ødegård");
            assertThat(bytes).hasSize("Ødegård".length()); // one byte per character in code page 850
        }
    }

    @Test
    void anOracleUrlGetsTheConnectionPropertiesInTheShippedClasses() throws Exception {
        try (URLClassLoader loader = jarOnly()) {
            Class<?> props = Class.forName("io.github.musit2specify.musit.OracleConnectionProperties", true, loader);
            Properties p = (Properties) props.getMethod("forUrl", String.class, Duration.class)
                    .invoke(null, "jdbc:oracle:thin:@//musit-db:1553/MUSPROD", Duration.ofMinutes(30));
            assertThat(p).containsEntry("oracle.jdbc.timezoneAsRegion", "false")
                    .containsEntry("oracle.jdbc.ReadTimeout", String.valueOf(Duration.ofMinutes(30).toMillis()))
                    .containsEntry("oracle.net.keepAlive", "true");
        }
    }

    /** The jar alone, without the test class path (only the JDK's platform classes as parent). */
    private static URLClassLoader jarOnly() throws Exception {
        assertThat(Files.isRegularFile(JAR)).as(JAR + " (built by `package`)").isTrue();
        return new URLClassLoader(new URL[]{JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
