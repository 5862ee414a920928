package io.github.musit2specify.sandbox;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prints the sandbox's steps: on a terminal an animated bar with the elapsed time while a step runs;
 * otherwise (CI, pipes) one plain line per step.
 */
final class Steps implements AutoCloseable {
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-progress");
        t.setDaemon(true);
        return t;
    });

    Steps(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static Steps forConsole(PrintStream out) {
        return new Steps(out, System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    <T> T run(String title, Supplier<T> step) {
        return run(title, step, result -> true);
    }

    /** Runs a step whose result tells whether it succeeded (a flow's exit code, say). */
    <T> T run(String title, Supplier<T> step, java.util.function.Predicate<T> succeeded) {
        long start = System.nanoTime();
        ScheduledFuture<?> animation = null;
        if (terminal) {
            animation = ticker.scheduleAtFixedRate(() -> draw(title, start), 0, 120, TimeUnit.MILLISECONDS);
        } else {
            out.println("… " + title);
        }
        try {
            T result = step.get();
            finish(animation, (succeeded.test(result) ? "✔ " : "✘ ") + title + " (" + seconds(start) + " s)");
            return result;
        } catch (RuntimeException e) {
            finish(animation, "✘ " + title + " (" + seconds(start) + " s)");
            throw e;
        }
    }

    void run(String title, Runnable step) {
        run(title, () -> {
            step.run();
            return null;
        });
    }

    void note(String text) {
        out.println("  " + text);
    }

    private synchronized void draw(String title, long start) {
        long tick = (System.nanoTime() - start) / 120_000_000L;
        int pos = (int) (tick % (2L * (BAR_WIDTH - 3)));
        if (pos >= BAR_WIDTH - 3) {
            pos = 2 * (BAR_WIDTH - 3) - pos;
        }
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < BAR_WIDTH; i++) {
            bar.append(i >= pos && i < pos + 3 ? '=' : ' ');
        }
        out.print("\r" + bar + "] " + title + " " + seconds(start) + " s   ");
        out.flush();
    }

    private synchronized void finish(ScheduledFuture<?> animation, String line) {
        if (animation != null) {
            animation.cancel(false);
            out.print("\r\033[2K");
        }
        out.println(line);
    }

    private static String seconds(long start) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
