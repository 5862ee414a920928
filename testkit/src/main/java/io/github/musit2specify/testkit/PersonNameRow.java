package io.github.musit2specify.testkit;

/** A MUSIT PERSON_NAME row. */
public record PersonNameRow(long personNameId, long actorId, String surname, String middleName,
                            String givenName, String title, Integer personNameType) {
}
