package io.github.musit2specify.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

import static io.github.musit2specify.testkit.SyntheticWords.pick;

/**
 * Streams synthetic ACTOR and PERSON_NAME rows of one schema into H2 in batches: persons mostly,
 * organisations, groups, null and odd types, several names per actor (the valid one not always the
 * first, sometimes none marked), actors without names, over-long values, notes, institutions, dates.
 */
final class SyntheticActors {
    private final SplittableRandom random;
    private final SyntheticMusit.ActorShape shape;
    private long nextPersonNameId = 1;
    private long nextMembershipId = 1;
    private long personNames;

    SyntheticActors(SplittableRandom random, SyntheticMusit.ActorShape shape) {
        this.random = random;
        this.shape = shape;
    }

    long personNames() {
        return personNames;
    }

    void generate(Connection c, String schema, int count) throws SQLException {
        try (BatchWriter<ActorRow> actors = new BatchWriter<>(c, MusitRows.ACTOR.forSchema(schema), true);
             BatchWriter<PersonNameRow> names = new BatchWriter<>(c, MusitRows.PERSON_NAME.forSchema(schema), true)) {
            long actorId = 0;
            for (int i = 0; i < count; i++) {
                actorId += random.nextInt(50) == 0 ? 2 + random.nextInt(5) : 1; // ids have gaps, like production
                actors.add(actor(actorId, names));
            }
        }
        try (BatchWriter<MusitRows.GroupMembershipRow> memberships =
                     new BatchWriter<>(c, MusitRows.GROUP_MEMBERSHIP.forSchema(schema), true)) {
            // a few group memberships; the flows do not read them, but the table is not left empty
            for (int i = 0; i < Math.min(count / 100, 10_000); i++) {
                memberships.add(new MusitRows.GroupMembershipRow(nextMembershipId++, 1 + random.nextInt(Math.max(count, 1)),
                        1 + random.nextInt(Math.max(count, 1))));
            }
        }
        c.commit();
    }

    private ActorRow actor(long actorId, BatchWriter<PersonNameRow> names) throws SQLException {
        int roll = random.nextInt(1000);
        Integer type = roll < 920 ? Integer.valueOf(0) : roll < 960 ? null : roll < 985 ? Integer.valueOf(1)
                : roll < 998 ? Integer.valueOf(2) : Integer.valueOf(7);
        boolean person = type == null || type == 0 || type == 7;
        int nameCount = nameCount(person);
        Long validId = null;
        String surname = null;
        String given = null;
        if (nameCount > 0) {
            long firstId = nextPersonNameId;
            int validIndex = random.nextInt(nameCount);
            for (int n = 0; n < nameCount; n++) {
                PersonNameRow name = person ? personName(nextPersonNameId++, actorId, n)
                        : new PersonNameRow(nextPersonNameId++, actorId, organisationName(type), null, null, null, 1);
                names.add(name);
                if (n == validIndex) {
                    surname = name.surname();
                    given = name.givenName();
                }
            }
            personNames += nameCount;
            if (validIdSet()) {
                validId = firstId + validIndex;
            }
        }
        LocalDate birth = birthDate();
        return new ActorRow(actorId, type, actorName(person, type, surname, given), validId,
                birth, deathDate(birth), email(given, surname), institution(), note());
    }

    /** The default draws as it always did, so the default world stays the same for a seed. */
    private boolean validIdSet() {
        if (shape.equals(SyntheticMusit.ActorShape.DEFAULT)) {
            return random.nextInt(4) != 0;
        }
        return random.nextInt(100) < shape.validSharePercent();
    }

    private int nameCount(boolean person) {
        int roll = random.nextInt(100);
        if (!person) {
            return roll < 60 ? 0 : 1;
        }
        if (shape.namesPerPerson() > 0) {
            return shape.namesPerPerson();
        }
        return roll < 3 ? 0 : roll < 83 ? 1 : roll < 95 ? 2 : 3;
    }

    private PersonNameRow personName(long id, long actorId, int variant) {
        String surname = pick(random, SyntheticWords.SURNAMES);
        String given = givenName();
        String middle = random.nextInt(5) == 0 ? pick(random, SyntheticWords.GIVEN_NAMES) : null;
        String title = random.nextInt(20) == 0 ? pick(random, SyntheticWords.TITLES) : null;
        int roll = random.nextInt(1000);
        if (roll < 2) {
            surname = SyntheticWords.overLong(surname, 256);
        } else if (roll < 10) {
            surname = null; // given name only
        } else if (roll < 20) {
            surname = "  " + surname + " "; // untrimmed
        } else if (roll < 25) {
            surname = "   "; // blank
        }
        return new PersonNameRow(id, actorId, surname, middle, given, title, variant == 0 ? 1 : 2);
    }

    private String givenName() {
        int roll = random.nextInt(1000);
        String given = pick(random, SyntheticWords.GIVEN_NAMES);
        if (roll < 3) {
            return SyntheticWords.overLong(given, 50);
        } else if (roll < 40) {
            return null;
        } else if (roll < 100) {
            return given.charAt(0) + ".";
        } else if (roll < 130) {
            return given + "-" + pick(random, SyntheticWords.GIVEN_NAMES);
        }
        return given;
    }

    private String organisationName(Integer type) {
        return type == 1 ? pick(random, SyntheticWords.ORGANISATIONS)
                : pick(random, SyntheticWords.GROUPS) + " " + (1950 + random.nextInt(70));
    }

    private String actorName(boolean person, Integer type, String surname, String given) {
        if (!person) {
            return random.nextInt(10) == 0 ? null : organisationName(type);
        }
        int roll = random.nextInt(100);
        if (roll < 30 || surname == null) {
            return roll < 50 ? null : pick(random, SyntheticWords.SURNAMES) + ", " + pick(random, SyntheticWords.GIVEN_NAMES);
        }
        return given == null ? surname.trim() : surname.trim() + ", " + given;
    }

    private LocalDate birthDate() {
        return random.nextInt(5) == 0 ? LocalDate.of(1750 + random.nextInt(250), 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
    }

    private LocalDate deathDate(LocalDate birth) {
        if (birth == null) {
            return random.nextInt(20) == 0 ? LocalDate.of(1800 + random.nextInt(220), 1 + random.nextInt(12), 1) : null;
        }
        return random.nextBoolean() ? birth.plusYears(20 + random.nextInt(75)).plusDays(random.nextInt(365)) : null;
    }

    private String email(String given, String surname) {
        int roll = random.nextInt(1000);
        if (roll >= 150 || surname == null || surname.isBlank()) {
            return null;
        }
        String local = SyntheticWords.ascii(given == null ? "post" : given) + "." + SyntheticWords.ascii(surname);
        if (roll < 3) {
            local = SyntheticWords.overLong(local, 60);
        }
        return local + "@" + pick(random, SyntheticWords.DOMAINS);
    }

    private String institution() {
        return random.nextInt(5) == 0 ? pick(random, SyntheticWords.INSTITUTIONS) : null;
    }

    private String note() {
        int roll = random.nextInt(1000);
        if (roll >= 100) {
            return null;
        }
        String note = pick(random, SyntheticWords.NOTES);
        return roll < 2 ? SyntheticWords.overLong(note, 600) : note;
    }
}
