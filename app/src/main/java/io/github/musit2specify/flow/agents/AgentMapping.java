package io.github.musit2specify.flow.agents;

/** The mapping rules of flows.md section 1, as pure functions. */
public final class AgentMapping {
    public static final int AGENT_TYPE_ORGANIZATION = 0;
    public static final int AGENT_TYPE_PERSON = 1;

    static final int FIRST_NAME_MAX = 50;
    static final int LAST_NAME_MAX = 256;
    static final int MIDDLE_INITIAL_MAX = 50;
    static final int TITLE_MAX = 50;
    static final int EMAIL_MAX = 50;
    static final int INSTITUTION_MAX = 200;
    static final int NOTE_MAX = 500;

    static final String UNKNOWN_PERSON = "(unknown)";
    static final String UNKNOWN_ORGANIZATION = "(organization)";

    private AgentMapping() {
    }

    /** MUSIT ACTOR_TYPE 0 (person) → 1; 1 (organisation) or 2 (group) → 0; null or other → 1. */
    public static int agentType(Integer musitActorType) {
        if (musitActorType != null && (musitActorType == 1 || musitActorType == 2)) {
            return AGENT_TYPE_ORGANIZATION;
        }
        return AGENT_TYPE_PERSON;
    }

    public static AgentRow map(ActorRecord actor) {
        return map(actor, new ValueCuts());
    }

    /** Maps {@code actor}, counting in {@code cuts} every value cut to its column or left out. */
    static AgentRow map(ActorRecord actor, ValueCuts cuts) {
        int type = agentType(actor.actorType());
        String firstName = cuts.fit(actor.givenName(), FIRST_NAME_MAX, ValueCuts.FIRST_NAME);
        String lastName = cuts.fit(actor.surname(), LAST_NAME_MAX, ValueCuts.LAST_NAME);
        if (type == AGENT_TYPE_PERSON && firstName == null && lastName == null) {
            lastName = fallbackLastName(actor.actorName(), UNKNOWN_PERSON, cuts);
        } else if (type == AGENT_TYPE_ORGANIZATION && lastName == null) {
            lastName = fallbackLastName(actor.actorName(), UNKNOWN_ORGANIZATION, cuts);
        }
        return new AgentRow(
                actor.schema(),
                actor.actorId(),
                type,
                firstName,
                lastName,
                cuts.fit(actor.middleName(), MIDDLE_INITIAL_MAX, ValueCuts.MIDDLE_INITIAL),
                cuts.fit(actor.title(), TITLE_MAX, ValueCuts.TITLE),
                cuts.emailOrNothing(actor.email(), EMAIL_MAX),
                actor.birthDate(),
                actor.deathDate(),
                remarks(actor.schema(), actor.actorId(), actor.institution(), actor.note(), cuts));
    }

    private static String fallbackLastName(String actorName, String placeholder, ValueCuts cuts) {
        String name = cuts.fit(actorName, LAST_NAME_MAX, ValueCuts.LAST_NAME);
        return name != null ? name : placeholder;
    }

    /** The marker, then {@code ; institution=…} and {@code ; oracle_note=…} when present. */
    public static String remarks(String schema, long actorId, String institution, String note) {
        return remarks(schema, actorId, institution, note, new ValueCuts());
    }

    private static String remarks(String schema, long actorId, String institution, String note, ValueCuts cuts) {
        String inst = cuts.fit(institution, INSTITUTION_MAX, ValueCuts.INSTITUTION);
        String oracleNote = cuts.fit(note, NOTE_MAX, ValueCuts.NOTE);
        // sized once: growing the builder made more garbage than the text itself, for every agent
        StringBuilder remarks = new StringBuilder(MigrationMarker.PREFIX.length() + schema.length() + 64
                + (inst == null ? 0 : inst.length()) + (oracleNote == null ? 0 : oracleNote.length()));
        MigrationMarker.appendTo(remarks, schema, actorId);
        if (inst != null) {
            remarks.append("; institution=").append(inst);
        }
        if (oracleNote != null) {
            remarks.append("; oracle_note=").append(oracleNote);
        }
        return remarks.toString();
    }
}
