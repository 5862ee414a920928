package io.github.musit2specify.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans as DBMS_XPLAN.DISPLAY prints them for the actor read, in the three shapes Oracle can choose. */
class ActorReadPlanTest {
    private static final List<String> HEADER = List.of(
            "Plan hash value: 1234567890",
            "",
            "---------------------------------------------------------------------------------------------",
            "| Id  | Operation               | Name                  | Rows  | Bytes | Cost (%CPU)| Time     |",
            "---------------------------------------------------------------------------------------------",
            "|   0 | SELECT STATEMENT        |                       |   235K|    24M|  9921   (1)| 00:00:01 |");

    @Test
    void aCorrelatedFullScanIsOneScanPerActor() {
        ActorReadPlan plan = ActorReadPlan.of(lines(
                "|   1 |  SORT AGGREGATE         |                       |     1 |    10 |            |          |",
                "|*  2 |   TABLE ACCESS FULL     | PERSON_NAME           |     1 |    10 |   412   (1)| 00:00:01 |",
                "|   3 |  SORT ORDER BY          |                       |   235K|    24M|  9921   (1)| 00:00:01 |",
                "|*  4 |   HASH JOIN RIGHT OUTER |                       |   235K|    24M|  1234   (1)| 00:00:01 |",
                "|   5 |    TABLE ACCESS FULL    | PERSON_NAME           |   240K|  8640K|   412   (1)| 00:00:01 |",
                "|   6 |    TABLE ACCESS FULL    | ACTOR                 |   235K|    16M|   398   (1)| 00:00:01 |",
                "---------------------------------------------------------------------------------------------",
                "",
                "Predicate Information (identified by operation id):",
                "---------------------------------------------------",
                "",
                "   2 - filter(\"P2\".\"ACTOR_ID\"=:B1)",
                "   4 - access(\"PN\".\"PERSON_NAME_ID\"(+)=COALESCE(\"A\".\"VALID_PERSON_NAME_ID\",",
                "              (SELECT MIN(\"P2\".\"PERSON_NAME_ID\") FROM \"MUSIT_BOTANIKK_FELLES\".\"PERSON_NAME\" \"P2\"))"));
        assertThat(plan.verdict()).isEqualTo(ActorReadPlan.Verdict.SCAN_PER_ACTOR);
        assertThat(plan.summary()).contains("scanned in full once per actor", "TABLE ACCESS FULL PERSON_NAME");
    }

    @Test
    void aCorrelatedIndexRangeScanIsOneProbePerActor() {
        ActorReadPlan plan = ActorReadPlan.of(lines(
                "|   1 |  SORT AGGREGATE              |                       |     1 |    10 |            |          |",
                "|   2 |   FIRST ROW                  |                       |     1 |    10 |     2   (0)| 00:00:01 |",
                "|*  3 |    INDEX RANGE SCAN (MIN/MAX)| PERSON_NAME_ACTOR_IDX |     1 |    10 |     2   (0)| 00:00:01 |",
                "|   4 |  SORT ORDER BY               |                       |   235K|    24M|  9921   (1)| 00:00:01 |",
                "|   5 |   TABLE ACCESS FULL          | ACTOR                 |   235K|    16M|   398   (1)| 00:00:01 |",
                "",
                "Predicate Information (identified by operation id):",
                "   3 - access(\"P2\".\"ACTOR_ID\"=:B1)"));
        assertThat(plan.verdict()).isEqualTo(ActorReadPlan.Verdict.INDEX_PER_ACTOR);
        assertThat(plan.summary()).contains("PERSON_NAME_ACTOR_IDX");
    }

    @Test
    void anUnnestedSubqueryReadsPersonNameOnce() {
        ActorReadPlan plan = ActorReadPlan.of(lines(
                "|   1 |  SORT ORDER BY          |                       |   235K|    24M|  9921   (1)| 00:00:01 |",
                "|*  2 |   HASH JOIN RIGHT OUTER |                       |   235K|    24M|  1234   (1)| 00:00:01 |",
                "|   3 |    TABLE ACCESS FULL    | PERSON_NAME           |   240K|  8640K|   412   (1)| 00:00:01 |",
                "|*  4 |    HASH JOIN OUTER      |                       |   235K|    16M|   900   (1)| 00:00:01 |",
                "|   5 |     TABLE ACCESS FULL   | ACTOR                 |   235K|    16M|   398   (1)| 00:00:01 |",
                "|   6 |     VIEW                | VW_SSQ_1              |   230K|  2300K|   420   (1)| 00:00:01 |",
                "|   7 |      HASH GROUP BY      |                       |   230K|  2300K|   420   (1)| 00:00:01 |",
                "|   8 |       TABLE ACCESS FULL | PERSON_NAME           |   240K|  2400K|   412   (1)| 00:00:01 |",
                "",
                "Predicate Information (identified by operation id):",
                "   2 - access(\"PN\".\"PERSON_NAME_ID\"(+)=COALESCE(\"A\".\"VALID_PERSON_NAME_ID\",\"ITEM_1\"))",
                "   4 - access(\"ITEM_2\"(+)=\"A\".\"ACTOR_ID\")"));
        assertThat(plan.verdict()).isEqualTo(ActorReadPlan.Verdict.ONE_PASS);
        assertThat(plan.summary()).contains("one pass");
    }

    @Test
    void aLookupByParameterIsPerActorToo() {
        ActorReadPlan indexed = ActorReadPlan.of(lines(
                "|   1 |  TABLE ACCESS BY INDEX ROWID| PERSON_NAME      |     1 |    60 |     2   (0)| 00:00:01 |",
                "|*  2 |   INDEX UNIQUE SCAN         | PERSON_NAME_PK   |     1 |       |     1   (0)| 00:00:01 |",
                "Predicate Information (identified by operation id):",
                "   2 - access(\"PERSON_NAME_ID\"=TO_NUMBER(:P1))"));
        assertThat(indexed.verdict()).isEqualTo(ActorReadPlan.Verdict.INDEX_PER_ACTOR);

        ActorReadPlan scanned = ActorReadPlan.of(lines(
                "|*  1 |  TABLE ACCESS FULL         | PERSON_NAME      |     1 |    60 |   412   (1)| 00:00:01 |",
                "Predicate Information (identified by operation id):",
                "   1 - filter(\"PERSON_NAME_ID\"=TO_NUMBER(:P1))"));
        assertThat(scanned.verdict()).isEqualTo(ActorReadPlan.Verdict.SCAN_PER_ACTOR);
    }

    @Test
    void theNamesScanFromTheFirstActorBindsItsParameterOnceWhetherIndexedOrNot() {
        List<String> scanned = lines(
                "|   1 |  SORT ORDER BY      |                  |   120K|  7200K|  1800   (1)| 00:00:01 |",
                "|*  2 |   TABLE ACCESS FULL | PERSON_NAME      |   120K|  7200K|   412   (1)| 00:00:01 |",
                "Predicate Information (identified by operation id):",
                "   2 - filter(\"ACTOR_ID\">=TO_NUMBER(:P1))");
        assertThat(ActorReadPlan.of(scanned, false).verdict()).isEqualTo(ActorReadPlan.Verdict.ONE_PASS);
        assertThat(ActorReadPlan.of(scanned, true).verdict()).as("the same plan run per actor")
                .isEqualTo(ActorReadPlan.Verdict.SCAN_PER_ACTOR);

        ActorReadPlan indexed = ActorReadPlan.of(lines(
                "|   1 |  TABLE ACCESS BY INDEX ROWID| PERSON_NAME          |   120K|  7200K|  2100   (1)| 00:00:01 |",
                "|*  2 |   INDEX RANGE SCAN          | PERSON_NAME_ACTOR_IX |   120K|       |   300   (1)| 00:00:01 |",
                "Predicate Information (identified by operation id):",
                "   2 - access(\"ACTOR_ID\">=TO_NUMBER(:P1))"), false);
        assertThat(indexed.verdict()).isEqualTo(ActorReadPlan.Verdict.ONE_PASS);
    }

    private static List<String> lines(String... rest) {
        return java.util.stream.Stream.concat(HEADER.stream(), java.util.Arrays.stream(rest)).toList();
    }
}
