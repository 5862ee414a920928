package io.github.musit2specify.cli;

import picocli.CommandLine.Option;

/** Options every `run` verb has. */
final class FlowOptions {
    @Option(names = "--dry-run", arity = "0..1", paramLabel = "true|false", defaultValue = "true", fallbackValue = "true",
            description = "Simulate the Specify writes (default: ${DEFAULT-VALUE}). Only --dry-run=false writes.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the result as one JSON object on stdout (logs stay on stderr).")
    boolean json;
}
