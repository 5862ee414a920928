package io.github.musit2specify.flow.users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which MUSIT groups exist under which museum, over every extracted user (skipped ones included):
 * the report's {@code group_to_museum_mapping}, a list of {museum, groups} sorted by museum.
 */
public final class GroupInventory {
    private final SortedMap<String, SortedSet<String>> groupsByMuseum = new TreeMap<>();

    /** Users with a blank USR are ignored entirely, their groups too. */
    public static GroupInventory of(List<MusitUser> users) {
        GroupInventory inventory = new GroupInventory();
        for (MusitUser user : users) {
            if (UserMapping.trimToNull(user.usr()) == null) {
                continue;
            }
            for (GroupMembership membership : user.memberships()) {
                inventory.add(membership.group());
            }
        }
        return inventory;
    }

    void add(MusitGroup group) {
        String name = UserMapping.trimToNull(group.name());
        groupsByMuseum.computeIfAbsent(UserMapping.museumKey(group.museum()), m -> new TreeSet<>())
                .add(name == null ? "(unnamed group " + group.id() + ")" : name);
    }

    public List<Map<String, Object>> forReport() {
        List<Map<String, Object>> mapping = new ArrayList<>();
        groupsByMuseum.forEach((museum, groups) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("museum", museum);
            entry.put("groups", List.copyOf(groups));
            mapping.add(entry);
        });
        return mapping;
    }
}
