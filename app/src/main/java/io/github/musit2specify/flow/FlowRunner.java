package io.github.musit2specify.flow;

import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.report.MigrationReport;
import io.github.musit2specify.report.PublishResult;
import io.github.musit2specify.report.ReportMetadata;
import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.report.RunFailure;
import io.github.musit2specify.report.RunStatus;
import io.github.musit2specify.report.RunTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a flow: timestamp, S3 preflight (live runs; it runs beside the flow, which awaits it before its
 * first write), work, report, hand-off to S3, result. Whatever ends
 * the run — success, an exception, a lost connection, a stop request — this is the one place that builds
 * the report from the counters reached and hands it to the publisher.
 */
public final class FlowRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);

    private final ReportPublisher publisher;
    private final Clock clock;
    private volatile MigrationFlow current;
    private volatile StopRequest stop;

    private record StopRequest(String signal, int exitCode) {
    }

    public FlowRunner(ReportPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Asks the running flow to stop (from a signal handler's thread): it stops reading, lets the batch in
     * flight end, and the run ends with status {@code interrupted} and {@code exitCode}.
     */
    public void requestStop(String signal, int exitCode) {
        stop = new StopRequest(signal, exitCode);
        MigrationFlow flow = current;
        if (flow != null) {
            flow.requestStop();
        }
    }

    /**
     * @throws MigrationException when the run did not complete or its report could not be uploaded; the
     *                            message says where the report went. The MDC keeps {@code flow} and {@code run}
     *                            for the caller's failure line (the CLI's failure handler removes them).
     */
    public FlowResult run(MigrationFlow flow) {
        String runTimestamp = RunTimestamp.now(clock);
        String flowId = flow.category().flowId();
        MDC.put("flow", flowId);
        MDC.put("run", runTimestamp);
        RunTarget target = flow.target();
        LOG.info("Starting {} run {} (dry_run={}{}{})", flowId, runTimestamp, flow.dryRun(),
                target.specifyDatabase() == null ? "" : ", specify_database=" + target.specifyDatabase(),
                flow.oracleEnv() == null ? "" : ", oracle_env=" + flow.oracleEnv()
                        + (target.oracleDatabase() == null ? "" : ", oracle_database=" + target.oracleDatabase()));
        long start = System.nanoTime();
        try (ErrorLines errors = new ErrorLines()) {
            Map<String, Object> fields;
            RuntimeException failure = null;
            boolean bucketUsable = true;
            current = flow;
            WriteGate gate = WriteGate.OPEN;
            try {
                if (stop != null) {
                    flow.requestStop();
                }
                if (!flow.dryRun()) {
                    gate = WriteGate.after(publisher::preflight, "s3-preflight");
                }
                fields = flow.execute(runTimestamp, errors, gate);
                gate.awaitOpen(); // a run that wrote nothing fails on a bad bucket all the same
            } catch (RuntimeException e) {
                RuntimeException preflightFailure = gate.awaitFailure();
                if (preflightFailure != null) {
                    bucketUsable = false;
                    failure = preflightFailure;
                    if (e != preflightFailure) {
                        failure.addSuppressed(e);
                    }
                } else {
                    failure = stop == null ? e : interrupted(e);
                }
                fields = fieldsSoFar(flow, errors);
            } finally {
                current = null;
                gate.awaitFailure(); // the preflight has ended either way, so its object can go
                publisher.removePreflightObject();
            }
            RunStatus status = failure == null ? RunStatus.COMPLETED
                    : failure instanceof RunInterrupted ? RunStatus.INTERRUPTED : RunStatus.FAILED;
            MigrationReport report = new MigrationReport(ReportMetadata.of(flow.category(), runTimestamp,
                    flow.oracleEnv(), flow.dryRun(), status, target.specifyDatabase(), target.oracleDatabase(),
                    failure == null ? null : RunFailure.of(failure)), fields);
            if (failure != null) {
                throw endedEarly(report, failure, bucketUsable ? errors : null);
            }
            PublishResult published = publisher.publish(report, errors.fullLog());
            if (published.reportUploaded()) {
                leaveTheSecond(runTimestamp);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            LOG.info("Finished {} run {} in {} s", flowId, runTimestamp, elapsed.toMillis() / 1000.0);
            MDC.remove("flow");
            MDC.remove("run");
            return new FlowResult(report, published, elapsed);
        }
    }

    private RunInterrupted interrupted(RuntimeException cause) {
        StopRequest s = stop;
        RunInterrupted interrupted = new RunInterrupted("the run was interrupted by " + s.signal()
                + ": reading stopped and the batch in flight was committed or rolled back; the report counts what"
                + " was written", s.exitCode());
        if (!(cause instanceof RunInterrupted)) {
            interrupted.addSuppressed(cause);
        }
        return interrupted;
    }

    private static Map<String, Object> fieldsSoFar(MigrationFlow flow, ErrorLines errors) {
        try {
            return flow.fieldsSoFar(errors);
        } catch (RuntimeException e) {
            LOG.warn("The counters of the run cannot be read ({}); the report carries the error lines only", e.toString());
            return Map.of("errors", errors.forReport());
        }
    }

    /**
     * Publishes the report of a run that failed or was stopped and returns the failure to throw, its
     * message extended by where the report went. Without a usable bucket (the preflight failed) the
     * report is kept locally at once.
     */
    private RuntimeException endedEarly(MigrationReport report, RuntimeException failure, ErrorLines uploadable) {
        String where;
        try {
            PublishResult published = uploadable == null ? publisher.keepLocally(report)
                    : publisher.publish(report, uploadable.fullLog());
            where = published.reportUploaded() ? "uploaded to " + published.uploaded().get(0)
                    : published.localCopy().map(p -> "kept locally in " + p)
                    .orElse("not uploaded (S3_BUCKET is not set)");
            if (published.reportUploaded()) {
                leaveTheSecond(report.metadata().generatedAtUtc());
            }
        } catch (MigrationException uploadFailed) {
            where = "not uploaded: " + uploadFailed.getMessage();
            failure.addSuppressed(uploadFailed);
        }
        String status = report.metadata().status().json();
        LOG.info("Ended {} run {} with status {}; its report was {}", report.category().flowId(),
                report.metadata().generatedAtUtc(), status, where);
        String suffix = " (report with status " + status + " " + where + ")";
        if (failure instanceof RunInterrupted ri) {
            return new RunInterrupted(ri.getMessage() + suffix, ri.exitCode());
        }
        if (failure instanceof MigrationException me) {
            MigrationException withReport = new MigrationException(me.errorCode(), me.getMessage() + suffix,
                    Optional.ofNullable(me.getCause()).orElse(me));
            for (Throwable s : me.getSuppressed()) {
                withReport.addSuppressed(s);
            }
            return withReport;
        }
        return failure;
    }

    /**
     * Report folders have second resolution, so a run that ends within the second it started waits for
     * the next one: the next run of this flow (which the flow lock keeps from overlapping this one, and
     * a script starts only after this one ended) can then never write into this run's folder.
     */
    private void leaveTheSecond(String runTimestamp) {
        long untilNextSecond = RunTimestamp.parse(runTimestamp).orElseThrow().plusSeconds(1).toEpochMilli() - clock.millis();
        if (untilNextSecond > 0) {
            try {
                Thread.sleep(untilNextSecond);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
