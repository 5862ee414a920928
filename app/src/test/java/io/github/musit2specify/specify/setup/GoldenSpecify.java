package io.github.musit2specify.specify.setup;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The golden reference of what Specify 7.12.0.6's own setup writes ({@code ../shared/specify-golden/}
 * beside the clone). Databases in its states come from the testkit ({@code SpecifyDump}).
 */
public final class GoldenSpecify {
    private GoldenSpecify() {
    }

    /** {@code shared/specify-golden} in the nearest ancestor of the working directory that has it. */
    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("specify-golden");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/specify-golden not found beside the clone (from "
                + Path.of("").toAbsolutePath() + ")");
    }
}
