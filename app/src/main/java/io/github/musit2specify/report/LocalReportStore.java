package io.github.musit2specify.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps reports that could not be uploaded: {@code {dir}/{key}}, the same layout as in the bucket. */
final class LocalReportStore {
    private final Path dir;

    LocalReportStore(Path dir) {
        this.dir = dir;
    }

    /** Writes the report and returns its absolute path. */
    Path save(String key, byte[] json) throws IOException {
        Path file = dir.resolve(key).toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Files.write(file, json);
        return file;
    }
}
