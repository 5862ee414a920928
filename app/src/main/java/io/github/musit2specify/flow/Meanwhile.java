package io.github.musit2specify.flow;

import org.slf4j.MDC;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work a run does on a thread of its own (with the run's log context) while it goes on with something
 * else: connecting to the other database, the S3 preflight, reading MUSIT. {@link #get()} waits for the
 * result and throws the work's failure as it was thrown.
 */
public final class Meanwhile<T> {
    private final CompletableFuture<T> result;

    private Meanwhile(CompletableFuture<T> result) {
        this.result = result;
    }

    public static <T> Meanwhile<T> start(String threadName, Supplier<T> work) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        return new Meanwhile<>(CompletableFuture.supplyAsync(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            return work.get();
        }, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits for the result; a failure of the work is thrown here as it was thrown there. */
    public T get() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RunInterrupted.stopRequested();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause(); // a Supplier throws no checked exception
        }
    }

    /** Waits for the work to end: its failure, or null when it succeeded. */
    public RuntimeException awaitFailure() {
        try {
            get();
            return null;
        } catch (RunInterrupted e) {
            throw e;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Hands the result to {@code action} once there is one (at once when the work is done); never waits. */
    public void whenDone(Consumer<T> action) {
        result.whenComplete((value, failure) -> {
            if (failure == null) {
                action.accept(value);
            }
        });
    }
}
