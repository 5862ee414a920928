package io.github.musit2specify.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnvVariableScanTest {
    @Test
    void findsLiteralsConstantsConcatenationsAndProfilePatterns(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Names.java"), """
                class Names {
                    public static final String DELAY = "SOME_DELAY_MS";
                }
                """);
        Files.writeString(dir.resolve("Reader.java"), """
                class Reader {
                    private final Env env;
                    static Object read(Env environment, ConfigErrors errors, String profile) {
                        String prefix = "ORACLE_" + profile.toUpperCase() + "_";
                        environment.get("PLAIN_ONE");
                        environment.integer(Names.DELAY, 5);
                        environment.firstOf("FIRST_A", "FIRST_B");
                        errors.require(environment, prefix + "USER", "why, with a comma");
                        environment.flag("A_FLAG", true); // environment.get("IN_A_COMMENT")
                        /* environment.get("IN_A_BLOCK") */
                        other.get("NOT_ENV");
                        return environment.get(profile + "_SUFFIX");
                    }
                }
                """);
        EnvVariableScan.Result result = EnvVariableScan.scan(dir, List.of("PROD", "TEST"));
        assertThat(result.variables()).containsExactly("A_FLAG", "FIRST_A", "FIRST_B", "ORACLE_PROD_USER", "ORACLE_TEST_USER",
                "PLAIN_ONE", "SOME_DELAY_MS");
        assertThat(result.unresolved()).singleElement().asString().contains("Reader.java:12", "profile + \"_SUFFIX\"");
    }
}
