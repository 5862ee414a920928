package io.github.musit2specify.flow;

import io.github.musit2specify.report.ReportKeys;
import io.github.musit2specify.text.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Per-row error lines of one run. The report keeps at most {@code cap} of them, then one line saying
 * how many more there were. Beyond the cap every line also goes to a temporary file, so that the run
 * can put the complete list beside its report ({@value ReportKeys#ERRORS_FILE_NAME}) without holding it in memory.
 */
public final class ErrorLines implements AutoCloseable {
    public static final int DEFAULT_CAP = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ErrorLines.class);

    private final int cap;
    private final List<String> kept = new ArrayList<>();
    private int total;
    private Path fullLog;
    private BufferedWriter fullLogWriter;
    private boolean fullLogFailed;

    public ErrorLines() {
        this(DEFAULT_CAP);
    }

    public ErrorLines(int cap) {
        this.cap = cap;
    }

    /** Adds a line with e-mail addresses, phone-like numbers and URL passwords redacted (the report is shared). */
    public synchronized void add(String rawLine) {
        String line = Redaction.forReport(rawLine);
        total++;
        if (kept.size() < cap) {
            kept.add(line);
        } else {
            spill(line);
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
        lines.add("... and " + (total - kept.size()) + " more errors omitted (only the first " + cap + " are kept here"
                + (fullLogFailed ? ")" : "; " + ReportKeys.ERRORS_FILE_NAME + " beside this report lists all " + total + ")"));
        return lines;
    }

    /** A file with every line, present only when lines were omitted from the report. */
    public synchronized Optional<Path> fullLog() {
        if (fullLogWriter == null || fullLogFailed) {
            return Optional.empty();
        }
        try {
            fullLogWriter.flush();
            return Optional.of(fullLog);
        } catch (IOException e) {
            giveUpFullLog(e);
            return Optional.empty();
        }
    }

    /** Removes the temporary file. */
    @Override
    public synchronized void close() {
        try {
            if (fullLogWriter != null) {
                fullLogWriter.close();
            }
            if (fullLog != null) {
                Files.deleteIfExists(fullLog);
            }
        } catch (IOException e) {
            LOG.debug("could not remove the temporary error list {}: {}", fullLog, e.toString());
        }
    }

    private void spill(String line) {
        if (fullLogFailed) {
            return;
        }
        try {
            if (fullLogWriter == null) {
                fullLog = Files.createTempFile("musit2specify-errors-", ".txt");
                fullLog.toFile().deleteOnExit();
                fullLogWriter = Files.newBufferedWriter(fullLog, StandardCharsets.UTF_8);
                for (String k : kept) {
                    fullLogWriter.write(k);
                    fullLogWriter.newLine();
                }
            }
            fullLogWriter.write(line);
            fullLogWriter.newLine();
        } catch (IOException e) {
            giveUpFullLog(e);
        }
    }

    private void giveUpFullLog(IOException e) {
        fullLogFailed = true;
        LOG.warn("The complete error list cannot be kept ({}); the report keeps the first {} lines", e.toString(), cap);
    }
}
