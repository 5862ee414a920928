package io.github.musit2specify.flow.users;

/** A row of {@code USD_METADATA.GRUPPE}: a MUSIT application group of one museum. */
public record MusitGroup(long id, String name, String museum, String explanation) {
}
