package io.github.musit2specify.flow;

import io.github.musit2specify.report.MigrationReport;
import io.github.musit2specify.report.PublishResult;
import io.github.musit2specify.report.ReportMetadata;
import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.report.RunTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Runs a flow: timestamp, work, report, hand-off to S3, result. */
public final class FlowRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);

    private final ReportPublisher publisher;
    private final Clock clock;

    public FlowRunner(ReportPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    public FlowResult run(MigrationFlow flow) {
        String runTimestamp = RunTimestamp.now(clock);
        String flowId = flow.category().flowId();
        MDC.put("flow", flowId);
        MDC.put("run", runTimestamp);
        try {
            LOG.info("Starting {} run {} (dry_run={}{})", flowId, runTimestamp, flow.dryRun(),
                    flow.oracleEnv() == null ? "" : ", oracle_env=" + flow.oracleEnv());
            long start = System.nanoTime();
            try (ErrorLines errors = new ErrorLines()) {
                Map<String, Object> fields = flow.execute(runTimestamp, errors);
                MigrationReport report = new MigrationReport(
                        ReportMetadata.of(flow.category(), runTimestamp, flow.oracleEnv(), flow.dryRun()), fields);
                PublishResult published = publisher.publish(report, errors.fullLog());
                if (published.reportUploaded()) {
                    leaveTheSecond(runTimestamp);
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                LOG.info("Finished {} run {} in {} s", flowId, runTimestamp, elapsed.toMillis() / 1000.0);
                return new FlowResult(report, published, elapsed);
            }
        } finally {
            MDC.remove("flow");
            MDC.remove("run");
        }
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
