package io.github.musit2specify.check;

import io.github.musit2specify.musit.MusitSchemas;

import java.util.ArrayList;
import java.util.List;

/** The MUSIT tables the flows read (flows.md), as {@code SCHEMA.TABLE}. */
final class MusitTables {
    static final List<String> ACTOR_TABLES = List.of("ACTOR", "PERSON_NAME");
    static final List<String> USER_TABLES = List.of("BRUKARAR", "BRUKERNAVN_GRUPPE", "GRUPPE");

    private MusitTables() {
    }

    static List<String> readByFlows() {
        List<String> tables = new ArrayList<>();
        for (String schema : MusitSchemas.ACTOR_SCHEMAS) {
            ACTOR_TABLES.forEach(t -> tables.add(schema + "." + t));
        }
        USER_TABLES.forEach(t -> tables.add(MusitSchemas.USERS + "." + t));
        return List.copyOf(tables);
    }
}
