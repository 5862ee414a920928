package io.github.musit2specify.flow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * A connection opened on a thread of its own while the run does something else (connecting to the
 * other database, taking the lock): both wait on the network, not on this process. {@link #get()}
 * hands it over, or throws the failure of opening it; {@link #close()} closes it, also when it is
 * opened only after the run has given up on it.
 */
public final class OpenedMeanwhile<T extends AutoCloseable> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenedMeanwhile.class);

    private final Meanwhile<T> opening;

    private OpenedMeanwhile(Meanwhile<T> opening) {
        this.opening = opening;
    }

    public static <T extends AutoCloseable> OpenedMeanwhile<T> start(Supplier<T> open, String threadName) {
        return new OpenedMeanwhile<>(Meanwhile.start(threadName, open));
    }

    /** Waits until it is open; a failure to open is thrown here as it was thrown there. */
    public T get() {
        return opening.get();
    }

    /** Closes it now if it is open, else as soon as it is (never waits for a slow connect). */
    @Override
    public void close() {
        opening.whenDone(resource -> {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", resource, e.toString());
            }
        });
    }
}
