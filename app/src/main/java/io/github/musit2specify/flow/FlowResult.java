package io.github.musit2specify.flow;

import io.github.musit2specify.report.MigrationReport;
import io.github.musit2specify.report.PublishResult;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a run returns to its caller: the report, where it went, and how long the run took. */
public record FlowResult(MigrationReport report, PublishResult publish, Duration elapsed) {

    /** All report fields, then {@code key}, {@code uploaded}, {@code report_uploaded} (the {@code --json} shape). */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>(report.asMap());
        map.put("key", publish.key());
        map.put("uploaded", publish.uploaded());
        map.put("report_uploaded", publish.reportUploaded());
        publish.localCopy().ifPresent(p -> map.put("local_report", p.toString()));
        map.put("elapsed_seconds", Math.round(elapsed.toMillis() / 100.0) / 10.0);
        return map;
    }

    @SuppressWarnings("unchecked")
    public <T> T field(String name) {
        return (T) report.asMap().get(name);
    }
}
