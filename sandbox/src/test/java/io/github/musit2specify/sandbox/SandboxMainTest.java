package io.github.musit2specify.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What --keep-running prints must work when pasted into a shell. */
class SandboxMainTest {
    @Test
    void valuesAreQuotedForTheShellOnlyWhenNeeded() {
        assertThat(SandboxMain.quote("SANDBOX")).isEqualTo("SANDBOX");
        assertThat(SandboxMain.quote("http://127.0.0.1:4566")).isEqualTo("http://127.0.0.1:4566");
        assertThat(SandboxMain.quote("jdbc:h2:file:/tmp/x;MODE=Oracle;AUTO_SERVER=TRUE"))
                .isEqualTo("'jdbc:h2:file:/tmp/x;MODE=Oracle;AUTO_SERVER=TRUE'");
        assertThat(SandboxMain.quote("it's $HOME")).isEqualTo("'it'\\''s $HOME'");
    }

    @Test
    void theLauncherIsNamedSoThatItWorksFromAnyFolder() {
        String cli = SandboxMain.cli();
        assertThat(cli).endsWith("bin/musit2specify");
    }
}
