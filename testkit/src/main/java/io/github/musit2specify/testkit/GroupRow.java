package io.github.musit2specify.testkit;

/** A USD_METADATA.GRUPPE row. */
public record GroupRow(long groupId, String name, String museum, String explanation) {
}
