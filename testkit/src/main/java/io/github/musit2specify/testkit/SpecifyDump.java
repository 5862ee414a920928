package io.github.musit2specify.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Databases as Specify 7.12.0.6 itself leaves them, dumped by mysqldump after running Specify's own
 * code (copies of {@code shared/specify-golden/}): the tests' Specify schema is Specify's, not a model
 * of it.
 */
public enum SpecifyDump {
    /** After Specify's migrations: 228 tables, the rows the migrations insert, no institution. */
    EMPTY("specify-7.12.0.6-empty.sql"),
    /**
     * After Specify's guided setup: institution UniMus:Natur, division Biology, discipline Karplanter
     * Moser (botany) with its trees, collection NHM, login spadmin with agent 1: where a migration starts.
     */
    BOOTSTRAP("specify-7.12.0.6-bootstrap.sql"),
    /** Login {@code ola} with its agent in Biology (load after {@link #BOOTSTRAP}). */
    SECOND_LOGIN("second-login.sql");

    public static final String RESOURCE_FOLDER = "/specify/7.12.0.6/";
    /** Tables of Specify 7.12.0.6's schema. */
    public static final int TABLE_COUNT = 228;

    private final String fileName;
    private String sql;

    SpecifyDump(String fileName) {
        this.fileName = fileName;
    }

    /** The file name, the same as in {@code shared/specify-golden/}. */
    public String fileName() {
        return fileName;
    }

    /** The dump as one multi-statement script. */
    public synchronized String sql() {
        if (sql == null) {
            String resource = RESOURCE_FOLDER + fileName;
            try (InputStream in = SpecifyDump.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + resource + " is missing from the testkit jar");
                }
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sql;
    }
}
