package io.github.musit2specify.flow.users;

/** A user's name split for {@code agent.FirstName} (may be null) and {@code agent.LastName} (never null). */
public record PersonName(String first, String last) {
}
