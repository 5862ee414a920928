package io.github.musit2specify.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What became of a report: its key (always computed, even when the upload was skipped), the
 * {@code s3://} URIs written, and the local copy when one was written.
 */
public record PublishResult(String key, List<String> uploaded, boolean reportUploaded, Optional<Path> localCopy) {
    public PublishResult {
        uploaded = List.copyOf(uploaded);
    }
}
