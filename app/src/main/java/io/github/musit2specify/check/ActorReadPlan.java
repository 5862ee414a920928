package io.github.musit2specify.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code DBMS_XPLAN.DISPLAY} for the actor read and says how PERSON_NAME is reached.
 * What runs once per actor carries a predicate on a bind: a correlated subquery Oracle did not merge
 * into the join ({@code "P2"."ACTOR_ID"=:B1}), or a lookup statement's own parameter. A full scan of
 * PERSON_NAME there means one scan per actor (hours for 235,000 actors); an index, one probe per actor.
 */
final class ActorReadPlan {
    private static final Pattern ROW = Pattern.compile("^\\|\\s*\\*?\\s*(\\d+)\\s*\\|([^|]*)\\|([^|]*)\\|");
    private static final Pattern PREDICATE = Pattern.compile("^\\s*(\\d+)\\s+-\\s+(?:access|filter)\\((.*)$");
    /** A bind: the outer row's value in a correlated subquery (:B1), or a statement's own parameter (:p1). */
    private static final Pattern BIND = Pattern.compile("(?i):[a-z]+\\d+");
    /** Only the outer row's value of a correlated subquery, which Oracle names :B1, :B2, …. */
    private static final Pattern CORRELATED_BIND = Pattern.compile(":B\\d+");
    private static final String TABLE = "PERSON_NAME";

    /** From best to worst. */
    enum Verdict { ONE_PASS, INDEX_PER_ACTOR, SCAN_PER_ACTOR }

    private record Operation(String operation, String object) {
    }

    private final Verdict verdict;
    private final String perActorOperation;

    private ActorReadPlan(Verdict verdict, String perActorOperation) {
        this.verdict = verdict;
        this.perActorOperation = perActorOperation;
    }

    /** The plan of a statement that may run once per actor: any bind in a predicate is per actor. */
    static ActorReadPlan of(List<String> planLines) {
        return of(planLines, true);
    }

    /**
     * @param runsPerActor false for a statement that runs once per schema (the ordered scans): its own
     *                     parameters (the first actor of the names scan) are bound once, so only a
     *                     correlated subquery's binds are per actor
     */
    static ActorReadPlan of(List<String> planLines, boolean runsPerActor) {
        Pattern perActorBind = runsPerActor ? BIND : CORRELATED_BIND;
        Map<Integer, Operation> operations = new LinkedHashMap<>();
        Map<Integer, String> predicates = new LinkedHashMap<>();
        for (String line : planLines) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                operations.put(Integer.parseInt(row.group(1)), new Operation(row.group(2).strip(), row.group(3).strip()));
                continue;
            }
            Matcher predicate = PREDICATE.matcher(line);
            if (predicate.find()) {
                predicates.merge(Integer.parseInt(predicate.group(1)), predicate.group(2), (a, b) -> a + " " + b);
            }
        }
        List<String> perActor = new ArrayList<>();
        Verdict verdict = Verdict.ONE_PASS;
        for (Map.Entry<Integer, String> p : predicates.entrySet()) {
            Operation op = operations.get(p.getKey());
            if (op == null || !perActorBind.matcher(p.getValue()).find()) {
                continue;
            }
            if (op.operation().startsWith("TABLE ACCESS FULL") && op.object().equals(TABLE)) {
                verdict = Verdict.SCAN_PER_ACTOR;
                perActor.add(0, op.operation() + " " + op.object());
            } else if (op.operation().startsWith("INDEX") || op.object().equals(TABLE)) {
                verdict = verdict == Verdict.SCAN_PER_ACTOR ? verdict : Verdict.INDEX_PER_ACTOR;
                perActor.add(op.operation() + " " + op.object());
            }
        }
        return new ActorReadPlan(verdict, perActor.isEmpty() ? null : perActor.get(0));
    }

    Verdict verdict() {
        return verdict;
    }

    /** One sentence for the check's output. */
    String summary() {
        return switch (verdict) {
            case SCAN_PER_ACTOR -> "PERSON_NAME is scanned in full once per actor (" + perActorOperation
                    + " under a correlated subquery)";
            case INDEX_PER_ACTOR -> "PERSON_NAME is probed once per actor through an index (" + perActorOperation + ")";
            case ONE_PASS -> "PERSON_NAME is read in one pass (no per-actor access in the plan)";
        };
    }
}
