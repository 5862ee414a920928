package io.github.musit2specify.musit;

import java.util.List;

/**
 * The only MUSIT schema names that may appear in SQL. Schema names cannot be bound as parameters,
 * so every query that names a schema takes it from here, never from input.
 */
public final class MusitSchemas {
    public static final String BOTANY = "MUSIT_BOTANIKK_FELLES";
    public static final String ENTOMOLOGY = "MUSIT_ZOOLOGI_ENTOMOLOGI";
    public static final List<String> ACTOR_SCHEMAS = List.of(BOTANY, ENTOMOLOGY);
    public static final String USERS = "USD_METADATA";

    private MusitSchemas() {
    }

    /** The whitelisted constant equal to {@code name}, so SQL is built from our string, not the caller's. */
    public static String requireActorSchema(String name) {
        return ACTOR_SCHEMAS.stream().filter(s -> s.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("schema not allowed: " + name));
    }
}
