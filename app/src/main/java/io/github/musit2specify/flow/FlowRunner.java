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
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                LOG.info("Finished {} run {} in {} s", flowId, runTimestamp, elapsed.toMillis() / 1000.0);
                return new FlowResult(report, published, elapsed);
            }
        } finally {
            MDC.remove("flow");
            MDC.remove("run");
        }
    }
}
