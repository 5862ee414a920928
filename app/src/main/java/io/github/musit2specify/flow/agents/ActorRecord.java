package io.github.musit2specify.flow.agents;

import java.time.LocalDate;

/** One MUSIT actor with its chosen person name (null name columns when it has none). */
public record ActorRecord(
        String schema,
        long actorId,
        Integer actorType,
        String actorName,
        LocalDate birthDate,
        LocalDate deathDate,
        String email,
        String institution,
        String note,
        String surname,
        String middleName,
        String givenName,
        String title) {
}
