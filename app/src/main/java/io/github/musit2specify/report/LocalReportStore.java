package io.github.musit2specify.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Keeps reports that could not be uploaded: {@code {dir}/{key}}, the same layout as in the bucket. */
final class LocalReportStore {
    private final Path dir;

    LocalReportStore(Path dir) {
        this.dir = dir;
    }

    /** Writes the report and returns its absolute path. */
    Path save(String key, byte[] json) throws IOException {
        Path file = path(key);
        Files.createDirectories(file.getParent());
        Files.write(file, json);
        return file;
    }

    /** The keys of the kept files (paths below the folder, '/'-separated), oldest run first, report.json before errors.txt. */
    List<String> keys() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path root = dir.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted(java.util.Comparator.comparing((String k) -> k.substring(0, k.lastIndexOf('/') + 1))
                            .thenComparing(k -> !k.endsWith(ReportKeys.REPORT_FILE_NAME)).thenComparing(k -> k))
                    .collect(Collectors.toList());
        }
    }

    byte[] read(String key) throws IOException {
        return Files.readAllBytes(path(key));
    }

    void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    Path path(String key) {
        return dir.resolve(key).toAbsolutePath().normalize();
    }
}
