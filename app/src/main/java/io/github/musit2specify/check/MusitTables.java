package io.github.musit2specify.check;

import io.github.musit2specify.flow.agents.ActorSource;
import io.github.musit2specify.flow.users.MusitUserReader;
import io.github.musit2specify.musit.MusitSchemas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The MUSIT tables the flows read (flows.md), and the columns each flow reads from them: the one list
 * that `check` (read access) and the schema drift warning of the flows (docs/snapshots.md) use.
 * A test keeps it in step with the flows' SQL.
 */
public final class MusitTables {
    /** Per actor schema: the columns of ActorSource's query. */
    public static final Map<String, List<String>> ACTOR_COLUMNS = ordered(
            Map.entry("ACTOR", List.of("ACTOR_ID", "ACTOR_TYPE", "ACTORNAME", "VALID_PERSON_NAME_ID", "BIRTHDATE", "DEATHDATE",
                    "EMAIL_ADDRESS", "INSTITUTION", "NOTE")),
            Map.entry("PERSON_NAME", List.of("PERSON_NAME_ID", "ACTOR_ID", "PERSON_SURNAME", "PERSON_MIDDLE_NAME",
                    "PERSON_GIVEN_NAME", "TITLE")));
    /** In USD_METADATA: the columns of MusitUserReader's queries (never EKSTERN_PASSORD). */
    public static final Map<String, List<String>> USER_COLUMNS = ordered(
            Map.entry("BRUKARAR", List.of("USR", "NAMN", "EPOST", "TELEFON", "INSTITUSJON", "FEIDE", "FEIDE_EPOST",
                    "ADRESSE", "ADM", "OPPRETTA")),
            Map.entry("BRUKERNAVN_GRUPPE", List.of("BRUKERID", "BRUKERNAVN", "GRUPPEID", "DEFAULTGRUPPE")),
            Map.entry("GRUPPE", List.of("GRUPPEID", "NAVN", "MUSEUM", "FORKLARING")));
    static final List<String> ACTOR_TABLES = List.copyOf(ACTOR_COLUMNS.keySet());
    static final List<String> USER_TABLES = List.copyOf(USER_COLUMNS.keySet());
    static final String AGENTS_FLOW = "migrate-musit-agents";
    static final String USERS_FLOW = "migrate-users";

    /** Production's columns by table (musit-source.md); a flow reads those its SQL names. */
    private static final Map<String, List<String>> CATALOGUED = Map.of(
            "ACTOR", List.of("ACTOR_ID", "ACTOR_TYPE", "ACTORNAME", "VALID_PERSON_NAME_ID", "GROUP_MEMBER_NAMES",
                    "BIRTHDATE", "DEATHDATE", "ADRESS", "POSTAL_ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER",
                    "INSTITUTION", "GENDER", "URL", "URL_NOTE", "NOTE"),
            "PERSON_NAME", List.of("PERSON_NAME_ID", "ACTOR_ID", "PERSON_SURNAME", "PERSON_MIDDLE_NAME",
                    "PERSON_GIVEN_NAME", "TITLE", "PERSON_NAME_TYPE"),
            "BRUKARAR", List.of("USR", "NAMN", "ADRESSE", "EPOST", "TELEFON", "KOMMENTAR", "MODUS", "GRUPPE_ID", "ADM",
                    "INSTITUSJON", "SPRAAK", "OPPRETTA", "EKSTERN", "EKSTERN_STATUS", "EKSTERN_UTLOEPSDATO",
                    "EKSTERN_LAASTDATO", "EKSTERN_SISTPAALOGGADATO", "FEIDE", "FEIDE_EPOST"),
            "BRUKERNAVN_GRUPPE", List.of("BRUKERID", "BRUKERNAVN", "GRUPPEID", "DEFAULTGRUPPE"),
            "GRUPPE", List.of("GRUPPEID", "NAVN", "MUSEUM", "FORKLARING"));

    /** One SELECT a flow runs against MUSIT, and the tables ({@code SCHEMA.TABLE}) it reads. */
    record FlowQuery(String flow, String label, String sql, List<String> tables) {
        /** The catalogued columns of {@code table} that this query names. */
        List<String> columnsRead(String table) {
            String bare = table.substring(table.indexOf('.') + 1);
            return CATALOGUED.getOrDefault(bare, List.of()).stream()
                    .filter(column -> Pattern.compile("\\b" + column + "\\b").matcher(sql).find())
                    .toList();
        }
    }

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

    /** Every SELECT the flows run against MUSIT, exactly as they run it. */
    static List<FlowQuery> flowQueries() {
        List<FlowQuery> queries = new ArrayList<>();
        for (String schema : MusitSchemas.ACTOR_SCHEMAS) {
            List<String> statements = actorReads(schema);
            for (int i = 0; i < statements.size(); i++) {
                String label = "actor read of " + schema + (statements.size() > 1 ? " (" + (i + 1) + "/" + statements.size() + ")" : "");
                queries.add(new FlowQuery(AGENTS_FLOW, label, statements.get(i),
                        ACTOR_TABLES.stream().map(t -> schema + "." + t).toList()));
            }
        }
        MusitUserReader.queriesByTable().forEach((table, sql) ->
                queries.add(new FlowQuery(USERS_FLOW, "read of " + table, sql, List.of(table))));
        return List.copyOf(queries);
    }

    /** The statements of the agents flow's read of one actor schema (owned by the agents flow; probed and explained here). */
    static List<String> actorReads(String schema) {
        return ActorSource.statements(schema);
    }

    /** Those of {@link #actorReads} that may run once per actor; the others run once per schema. */
    static List<String> actorReadsPerActor(String schema) {
        return ActorSource.perActorStatements(schema);
    }

    /** {@code SCHEMA.TABLE} → columns read by the agents flow from these actor schemas. */
    public static Map<String, List<String>> readByAgents(List<String> actorSchemas) {
        Map<String, List<String>> read = new LinkedHashMap<>();
        actorSchemas.forEach(s -> ACTOR_COLUMNS.forEach((t, cols) -> read.put(s + "." + t, cols)));
        return read;
    }

    /** {@code USD_METADATA.TABLE} → columns read by the users flow. */
    public static Map<String, List<String>> readByUsers() {
        Map<String, List<String>> read = new LinkedHashMap<>();
        USER_COLUMNS.forEach((t, cols) -> read.put(MusitSchemas.USERS + "." + t, cols));
        return read;
    }

    @SafeVarargs
    private static Map<String, List<String>> ordered(Map.Entry<String, List<String>>... tables) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> t : tables) {
            map.put(t.getKey(), t.getValue());
        }
        return Collections.unmodifiableMap(map);
    }
}
