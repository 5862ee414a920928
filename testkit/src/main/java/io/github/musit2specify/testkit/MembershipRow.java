package io.github.musit2specify.testkit;

/** A USD_METADATA.BRUKERNAVN_GRUPPE row. */
public record MembershipRow(long brukerId, String brukernavn, Long gruppeId, String defaultGruppe) {
}
