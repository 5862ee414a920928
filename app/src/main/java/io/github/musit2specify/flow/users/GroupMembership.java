package io.github.musit2specify.flow.users;

/** A row of {@code USD_METADATA.BRUKERNAVN_GRUPPE} whose group is known. */
public record GroupMembership(long membershipId, String username, MusitGroup group, boolean defaultGroup) {
}
