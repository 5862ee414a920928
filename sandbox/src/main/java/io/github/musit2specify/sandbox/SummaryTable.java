package io.github.musit2specify.sandbox;

import java.util.List;
import java.util.Locale;

/**
 * The closing summary in words, one line per flow:
 * "Agents     20,000 created, 0 skipped, 0 errors" (a dry run: "would create 20,000, ...").
 */
final class SummaryTable {
    private SummaryTable() {
    }

    static String label(String verb) {
        return switch (verb) {
            case "sync-specify-structure" -> "Structure";
            case "migrate-musit-agents" -> "Agents";
            case "migrate-users" -> "Users";
            default -> verb;
        };
    }

    static String line(FlowOutcome outcome) {
        String label = String.format(Locale.ROOT, "%-10s ", label(outcome.verb()));
        if (!outcome.succeeded()) {
            String first = outcome.errorOutput().lines().findFirst().orElse("");
            return label + "FAILED (exit " + outcome.exitCode() + ")" + (first.isBlank() ? "" : ": " + first);
        }
        String created = switch (outcome.verb()) {
            case "sync-specify-structure" -> n(outcome.count("divisions_created"), "division", "divisions") + ", "
                    + n(outcome.count("disciplines_created"), "discipline", "disciplines") + " and "
                    + n(outcome.count("collections_created"), "collection", "collections");
            case "migrate-users" -> n(outcome.count("users_created"), "user", "users") + " (each with its agent)";
            default -> number(outcome.count("agents_created"));
        };
        return label + (outcome.dryRun() ? "would create " + created : created + " created")
                + ", " + number(outcome.sum("_skipped")) + " skipped, " + n(outcome.errorCount(), "error", "errors");
    }

    /**
     * Why a first live run shows one user more than --users asked for: the generator's deliberately
     * bad rows (SyntheticMusit), of which one is a good login.
     */
    static List<String> usersNote(FlowOutcome users, int generatedUsers) {
        long created = users.count("users_created");
        if (!users.succeeded() || created == 0) {
            return List.of();
        }
        return List.of(
                "Why " + number(created) + " users for " + number(generatedUsers) + " generated? The synthetic MUSIT adds bad rows:",
                "'ola' is a good login (created), 'OLA' is the same login ignoring case (skipped),",
                "a blank login is ignored, and " + n(users.errorCount(), "row is", "rows are")
                        + " too long for Specify's columns (the errors).");
    }

    private static String n(long count, String one, String many) {
        return number(count) + " " + (count == 1 ? one : many);
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
