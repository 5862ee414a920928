package io.github.musit2specify.config;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;

import java.util.ArrayList;
import java.util.List;

/** Collects every missing or bad setting so the operator gets one message listing them all. */
public final class ConfigErrors {
    private final List<String> problems = new ArrayList<>();

    public void add(String problem) {
        problems.add(problem);
    }

    /** The value of {@code name}, or null after recording that it is missing (with why it is needed). */
    public String require(Env env, String name, String neededFor) {
        return env.get(name).orElseGet(() -> {
            add(name + " is not set (" + neededFor + ")");
            return null;
        });
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new MigrationException(ErrorCode.CONFIGURATION,
                    "configuration is incomplete: " + String.join("; ", problems));
        }
    }
}
