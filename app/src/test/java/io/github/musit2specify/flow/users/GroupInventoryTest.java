package io.github.musit2specify.flow.users;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GroupInventoryTest {
    private static final MusitGroup NHM_ADMIN = new MusitGroup(1, "Administrasjon", "NHM", null);
    private static final MusitGroup NHM_CURATION = new MusitGroup(2, "Kurator skriv", "NHM", null);
    private static final MusitGroup UM_ADMIN = new MusitGroup(3, "Administrasjon", "UM", null);
    private static final MusitGroup NO_MUSEUM = new MusitGroup(4, "Prosjekt X", null, null);
    private static final MusitGroup BLANK_MUSEUM = new MusitGroup(5, "Prosjekt Y", " ", null);

    @Test
    void collectsGroupsPerMuseumSortedAndDistinctOverAllUsers() {
        List<MusitUser> users = List.of(
                user("zed", NHM_CURATION, UM_ADMIN),
                user("ola", NHM_ADMIN, NHM_CURATION, BLANK_MUSEUM),
                user("kari", NO_MUSEUM, NHM_ADMIN));

        assertThat(GroupInventory.of(users).forReport()).containsExactly(
                Map.of("museum", "(none)", "groups", List.of("Prosjekt X", "Prosjekt Y")),
                Map.of("museum", "NHM", "groups", List.of("Administrasjon", "Kurator skriv")),
                Map.of("museum", "UM", "groups", List.of("Administrasjon")));
    }

    @Test
    void usersWithABlankUsrAreIgnored() {
        List<MusitUser> users = List.of(user("  ", UM_ADMIN), user(null, NO_MUSEUM), user("ola", NHM_ADMIN));

        assertThat(GroupInventory.of(users).forReport()).containsExactly(
                Map.of("museum", "NHM", "groups", List.of("Administrasjon")));
    }

    private static MusitUser user(String usr, MusitGroup... groups) {
        List<GroupMembership> memberships = java.util.Arrays.stream(groups)
                .map(g -> new GroupMembership(g.id(), usr, g, false)).toList();
        return new MusitUser(usr, null, null, null, null, null, null, null, null, null, memberships);
    }
}
