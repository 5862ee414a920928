package io.github.musit2specify.sandbox;

import java.util.Map;

/** One flow of a sandbox run: the command's exit code and its --json result (empty on failure). */
record FlowOutcome(String verb, int exitCode, Map<String, Object> result, String errorOutput) {
    boolean succeeded() {
        return exitCode == 0;
    }

    String key() {
        return (String) result.get("key");
    }
}
