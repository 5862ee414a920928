package io.github.musit2specify.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.musit2specify.json.Json;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One report: the shared metadata first, then the flow's fields in the order the flow gave them.
 */
public record MigrationReport(ReportMetadata metadata, Map<String, Object> flowFields) {

    public MigrationReport {
        flowFields = Collections.unmodifiableMap(new LinkedHashMap<>(flowFields));
    }

    public ReportCategory category() {
        return metadata.category();
    }

    /** Metadata then flow fields, as written to report.json. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("report_version", metadata.reportVersion());
        map.put("flow", metadata.category().flowId());
        map.put("migration_phase", metadata.category().phase());
        map.put("generated_at_utc", metadata.generatedAtUtc());
        if (metadata.oracleEnv() != null) {
            map.put("oracle_env", metadata.oracleEnv());
        }
        map.put("dry_run", metadata.dryRun());
        map.put("status", metadata.status().json());
        if (metadata.specifyDatabase() != null) {
            map.put("specify_database", metadata.specifyDatabase());
        }
        if (metadata.oracleDatabase() != null) {
            map.put("oracle_database", metadata.oracleDatabase());
        }
        if (metadata.failure() != null) {
            map.put("failure", metadata.failure().asMap());
        }
        map.putAll(flowFields);
        return map;
    }

    public ObjectNode toJsonNode() {
        return Json.MAPPER.valueToTree(asMap());
    }

    /** Pretty-printed UTF-8 JSON. */
    public byte[] toJsonBytes() {
        try {
            return Json.MAPPER.writeValueAsString(asMap()).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report fields must be JSON-serialisable", e);
        }
    }
}
