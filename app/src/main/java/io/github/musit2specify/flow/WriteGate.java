package io.github.musit2specify.flow;

import org.slf4j.MDC;

import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * What a live run must pass before its first write to Specify: the S3 preflight, which runs while the
 * flow connects and starts reading (building an S3 client and probing the bucket take about as long
 * as opening both databases). A flow awaits the gate right before it writes; when the preflight failed,
 * the await throws the preflight's failure and nothing has been written.
 */
public final class WriteGate {
    /** No preflight to wait for (dry runs, tests). */
    public static final WriteGate OPEN = new WriteGate(CompletableFuture.completedFuture(null));

    private final CompletableFuture<Void> check;

    private WriteGate(CompletableFuture<Void> check) {
        this.check = check;
    }

    /** Starts {@code check} on its own thread (with the caller's log context); the gate opens when it returns. */
    public static WriteGate after(Runnable check, String threadName) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        Thread thread = new Thread(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                check.run();
                future.complete(null);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return new WriteGate(future);
    }

    /** Waits for the check; throws its failure (a MigrationException as it was thrown). */
    public void awaitOpen() {
        try {
            check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RunInterrupted.stopRequested();
        } catch (ExecutionException e) {
            throw asRuntime(e.getCause());
        }
    }

    /** Waits for the check to end: its failure, or null when it passed. */
    public RuntimeException awaitFailure() {
        try {
            awaitOpen();
            return null;
        } catch (RunInterrupted e) {
            throw e;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static RuntimeException asRuntime(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
