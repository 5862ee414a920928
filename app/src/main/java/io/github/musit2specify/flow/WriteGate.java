package io.github.musit2specify.flow;

/**
 * What a live run must pass before its first write to Specify: the S3 preflight, which runs while the
 * flow connects and starts reading (building an S3 client and probing the bucket take about as long
 * as opening both databases). A flow awaits the gate right before it writes; when the preflight failed,
 * the await throws the preflight's failure and nothing has been written.
 */
public final class WriteGate {
    /** No preflight to wait for (dry runs, tests). */
    public static final WriteGate OPEN = new WriteGate(null);

    /** Null for {@link #OPEN}. */
    private final Meanwhile<Void> check;

    private WriteGate(Meanwhile<Void> check) {
        this.check = check;
    }

    /** Starts {@code check} on its own thread (with the caller's log context); the gate opens when it returns. */
    public static WriteGate after(Runnable check, String threadName) {
        return new WriteGate(Meanwhile.start(threadName, () -> {
            check.run();
            return null;
        }));
    }

    /** Waits for the check; throws its failure (a MigrationException as it was thrown). */
    public void awaitOpen() {
        if (check != null) {
            check.get();
        }
    }

    /** Waits for the check to end: its failure, or null when it passed. */
    public RuntimeException awaitFailure() {
        return check == null ? null : check.awaitFailure();
    }
}
