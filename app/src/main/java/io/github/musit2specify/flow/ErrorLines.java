package io.github.musit2specify.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Per-row error lines for a report: at most {@code cap} kept, then one line saying how many more. */
public final class ErrorLines {
    public static final int DEFAULT_CAP = 200;

    private final int cap;
    private final List<String> kept = new ArrayList<>();
    private int total;

    public ErrorLines() {
        this(DEFAULT_CAP);
    }

    public ErrorLines(int cap) {
        this.cap = cap;
    }

    public synchronized void add(String line) {
        total++;
        if (kept.size() < cap) {
            kept.add(line);
        }
    }

    public synchronized int total() {
        return total;
    }

    /** The kept lines, followed by "... and N more errors omitted" when lines were dropped. */
    public synchronized List<String> forReport() {
        if (total <= kept.size()) {
            return Collections.unmodifiableList(new ArrayList<>(kept));
        }
        List<String> lines = new ArrayList<>(kept);
        lines.add("... and " + (total - kept.size()) + " more errors omitted (only the first " + cap + " are kept)");
        return lines;
    }
}
