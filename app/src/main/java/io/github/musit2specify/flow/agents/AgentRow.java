package io.github.musit2specify.flow.agents;

import java.time.LocalDate;

/** The Specify {@code agent} columns a MUSIT actor becomes. */
public record AgentRow(
        String schema,
        long actorId,
        int agentType,
        String firstName,
        String lastName,
        String middleInitial,
        String title,
        String email,
        LocalDate dateOfBirth,
        LocalDate dateOfDeath,
        String remarks) {
}
