package io.github.musit2specify.testkit;

import java.time.LocalDate;

/** A MUSIT ACTOR row (the columns the flows read; the others stay null). */
public record ActorRow(long actorId, Integer actorType, String actorName, Long validPersonNameId,
                       LocalDate birthDate, LocalDate deathDate, String email, String institution, String note) {
}
