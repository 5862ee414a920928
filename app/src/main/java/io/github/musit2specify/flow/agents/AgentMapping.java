package io.github.musit2specify.flow.agents;

import io.github.musit2specify.text.Text;

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
        int type = agentType(actor.actorType());
        String firstName = Text.cleanAndCut(actor.givenName(), FIRST_NAME_MAX);
        String lastName = Text.cleanAndCut(actor.surname(), LAST_NAME_MAX);
        if (type == AGENT_TYPE_PERSON && firstName == null && lastName == null) {
            lastName = fallbackLastName(actor.actorName(), UNKNOWN_PERSON);
        } else if (type == AGENT_TYPE_ORGANIZATION && lastName == null) {
            lastName = fallbackLastName(actor.actorName(), UNKNOWN_ORGANIZATION);
        }
        return new AgentRow(
                actor.schema(),
                actor.actorId(),
                type,
                firstName,
                lastName,
                Text.cleanAndCut(actor.middleName(), MIDDLE_INITIAL_MAX),
                Text.cleanAndCut(actor.title(), TITLE_MAX),
                Text.cleanAndCut(actor.email(), EMAIL_MAX),
                actor.birthDate(),
                actor.deathDate(),
                remarks(actor.schema(), actor.actorId(), actor.institution(), actor.note()));
    }

    private static String fallbackLastName(String actorName, String placeholder) {
        String name = Text.cleanAndCut(actorName, LAST_NAME_MAX);
        return name != null ? name : placeholder;
    }

    /** The marker, then {@code ; institution=…} and {@code ; oracle_note=…} when present. */
    public static String remarks(String schema, long actorId, String institution, String note) {
        StringBuilder remarks = new StringBuilder(MigrationMarker.of(schema, actorId));
        String inst = Text.cleanAndCut(institution, INSTITUTION_MAX);
        if (inst != null) {
            remarks.append("; institution=").append(inst);
        }
        String oracleNote = Text.cleanAndCut(note, NOTE_MAX);
        if (oracleNote != null) {
            remarks.append("; oracle_note=").append(oracleNote);
        }
        return remarks.toString();
    }
}
