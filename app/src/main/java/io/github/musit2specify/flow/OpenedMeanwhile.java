package io.github.musit2specify.flow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * A connection opened on a thread of its own while the run does something else (connecting to the
 * other database, taking the lock): both wait on the network, not on this process. {@link #get()}
 * hands it over, or throws the failure of opening it; {@link #close()} closes it, also when it is
 * opened only after the run has given up on it.
 */
public final class OpenedMeanwhile<T extends AutoCloseable> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenedMeanwhile.class);

    private final CompletableFuture<T> opening;

    private OpenedMeanwhile(CompletableFuture<T> opening) {
        this.opening = opening;
    }

    public static <T extends AutoCloseable> OpenedMeanwhile<T> start(Supplier<T> open, String threadName) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        return new OpenedMeanwhile<>(CompletableFuture.supplyAsync(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            return open.get();
        }, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits until it is open; a failure to open is thrown here as it was thrown there. */
    public T get() {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RunInterrupted.stopRequested();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause(); // the supplier throws no checked exception
        }
    }

    /** Closes it now if it is open, else as soon as it is (never waits for a slow connect). */
    @Override
    public void close() {
        opening.whenComplete((resource, failure) -> {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    LOG.warn("Closing {} failed: {}", resource, e.toString());
                }
            }
        });
    }
}
