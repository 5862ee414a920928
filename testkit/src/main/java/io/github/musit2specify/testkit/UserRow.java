package io.github.musit2specify.testkit;

import java.time.LocalDate;

/** A USD_METADATA.BRUKARAR row (eksternPassord is a fake hash: flows must never read it). */
public record UserRow(String usr, String namn, String epost, String telefon, String institusjon,
                      String feide, String feideEpost, String adresse, String adm, LocalDate oppretta,
                      String eksternPassord) {
}
