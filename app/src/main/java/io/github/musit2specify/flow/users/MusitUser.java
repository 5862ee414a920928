package io.github.musit2specify.flow.users;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of {@code USD_METADATA.BRUKARAR} (never its password column) with the user's group
 * memberships. Text values are as read (not trimmed); {@link UserMapping} cleans them.
 */
public record MusitUser(String usr, String name, String email, String phone, String institution, String feide,
                        String feideEmail, String address, String admin, LocalDate created,
                        List<GroupMembership> memberships) {
    public MusitUser {
        memberships = List.copyOf(memberships);
    }
}
