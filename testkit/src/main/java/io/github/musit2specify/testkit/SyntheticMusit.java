package io.github.musit2specify.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic MUSIT: the same seed and sizes give the same rows. Actors are split over
 * the two actor schemas like production (235,124 botany : 15,150 entomology) and streamed into the
 * database in JDBC batches, so millions of actors need no more memory than one batch.
 */
public final class SyntheticMusit {
    private static final double BOTANY_SHARE = 235_124.0 / 250_274.0;
    private final long seed;
    private final ActorShape shape;

    public SyntheticMusit(long seed) {
        this(seed, ActorShape.DEFAULT);
    }

    public SyntheticMusit(long seed, ActorShape shape) {
        this.seed = seed;
        this.shape = shape;
    }

    /**
     * How actors' names are filled: the share (0–100 %) of named actors whose VALID_PERSON_NAME_ID is
     * set, and how many names each person has (0: a mix of 0–3, mostly one, like production).
     */
    public record ActorShape(int validSharePercent, int namesPerPerson) {
        public static final ActorShape DEFAULT = new ActorShape(75, 0);

        public ActorShape {
            if (validSharePercent < 0 || validSharePercent > 100) {
                throw new IllegalArgumentException("valid share must be 0..100 percent: " + validSharePercent);
            }
            if (namesPerPerson < 0 || namesPerPerson > 10) {
                throw new IllegalArgumentException("names per person must be 0 (mixed) to 10: " + namesPerPerson);
            }
        }
    }

    /** Sizes of what {@link #generate} wrote; {@code users} counts every BRUKARAR row, bad rows included. */
    public record Summary(Map<String, Integer> actorsPerSchema, int personNames, int users, int groups,
                          int memberships, List<String> badUsernames) {
        public int actors() {
            return actorsPerSchema.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Writes {@code actors} actors (with their person names) and {@code users} users (plus groups and
     * memberships) into an empty source. With {@code badRows}, adds users the users flow must fail
     * (their USRs are in {@link Summary#badUsernames()}), a case-duplicate login and a blank one.
     */
    public Summary generate(MusitSource source, int actors, int users, boolean badRows) {
        if (actors < 0 || users < 0) {
            throw new IllegalArgumentException("sizes must not be negative: actors=" + actors + ", users=" + users);
        }
        if (!source.isEmpty()) {
            throw new IllegalStateException("the MUSIT source already has actors or users: " + source.jdbcUrl());
        }
        SplittableRandom random = new SplittableRandom(seed);
        int botany = (int) Math.round(actors * BOTANY_SHARE);
        Map<String, Integer> perSchema = new LinkedHashMap<>();
        perSchema.put(MusitSource.ACTOR_SCHEMAS.get(0), botany);
        perSchema.put(MusitSource.ACTOR_SCHEMAS.get(1), actors - botany);
        try (Connection c = source.connect()) {
            c.setAutoCommit(false);
            long personNames = 0;
            for (Map.Entry<String, Integer> schema : perSchema.entrySet()) {
                SyntheticActors generator = new SyntheticActors(random.split(), shape);
                generator.generate(c, schema.getKey(), schema.getValue());
                personNames += generator.personNames();
            }
            SyntheticUsers userGenerator = new SyntheticUsers(random.split());
            List<GroupRow> groups = userGenerator.groups();
            try (BatchWriter<GroupRow> writer = new BatchWriter<>(c, MusitRows.GROUP, false)) {
                for (GroupRow group : groups) {
                    writer.add(group);
                }
            }
            userGenerator.generate(c, users, groups.size(), badRows);
            c.commit();
            return new Summary(Collections.unmodifiableMap(perSchema), Math.toIntExact(personNames), userGenerator.users(), groups.size(),
                    userGenerator.memberships(), userGenerator.badUsernames());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot generate synthetic MUSIT into " + source.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }
}
