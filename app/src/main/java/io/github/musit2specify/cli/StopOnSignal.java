package io.github.musit2specify.cli;

import io.github.musit2specify.flow.FlowRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * While a run is under way, SIGTERM (what Kubernetes sends at activeDeadlineSeconds or on kubectl delete)
 * and SIGINT (Ctrl-C) ask the run to stop instead of killing the JVM: reading stops, the batch in flight
 * commits or rolls back, the report is written and uploaded, the lock is released, and the command exits
 * with 143 or 130. Should that take longer than {@link #GRACE}, the JVM is halted with the same code,
 * before Kubernetes' default 30 s grace period ends in SIGKILL. A second signal halts at once.
 */
final class StopOnSignal implements AutoCloseable {
    /** Within terminationGracePeriodSeconds' default of 30 s, leaving time for the JVM to exit. */
    static final Duration GRACE = Duration.ofSeconds(25);

    private static final Logger LOG = LoggerFactory.getLogger(StopOnSignal.class);
    private static final String[] SIGNALS = {"TERM", "INT"};

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile boolean stopping;

    private StopOnSignal() {
    }

    static StopOnSignal install(FlowRunner runner) {
        StopOnSignal stop = new StopOnSignal();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                stop.previous.put(signal, Signal.handle(signal, s -> stop.onSignal(s, runner)));
            } catch (IllegalArgumentException unsupported) {
                LOG.debug("signal {} cannot be handled here: {}", name, unsupported.getMessage());
            }
        }
        return stop;
    }

    private void onSignal(Signal signal, FlowRunner runner) {
        int exitCode = 128 + signal.getNumber();
        String name = "SIG" + signal.getName();
        if (stopping) {
            LOG.error("{} received again: halting now (exit {})", name, exitCode);
            Runtime.getRuntime().halt(exitCode);
        }
        stopping = true;
        LOG.warn("{} received: stopping the run (reading stops, the batch in flight ends, the report is written);"
                + " halting in {} s at the latest", name, GRACE.toSeconds());
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GRACE.toMillis());
                LOG.error("The run did not stop within {} s of {}: halting (exit {})", GRACE.toSeconds(), name, exitCode);
                Runtime.getRuntime().halt(exitCode);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        runner.requestStop(name, exitCode);
    }

    /** Puts the JVM's own handlers back once the run (and its report) is done. */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
