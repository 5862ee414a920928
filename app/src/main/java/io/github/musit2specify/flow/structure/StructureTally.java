package io.github.musit2specify.flow.structure;

import io.github.musit2specify.flow.ErrorLines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The counters, warnings and error lines of one run, in report order (flows.md section 3). */
final class StructureTally {
    int divisionsCreated;
    int divisionsSkipped;
    int disciplinesCreated;
    int disciplinesSkipped;
    int collectionsCreated;
    int collectionsSkipped;
    private final List<String> warnings = new ArrayList<>();
    private final ErrorLines errors;

    StructureTally(ErrorLines errors) {
        this.errors = errors;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void error(String line) {
        errors.add(line);
    }

    int errorCount() {
        return errors.total();
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    Map<String, Object> reportFields(String configPath) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("config_path", configPath);
        fields.put("divisions_created", divisionsCreated);
        fields.put("divisions_skipped", divisionsSkipped);
        fields.put("disciplines_created", disciplinesCreated);
        fields.put("disciplines_skipped", disciplinesSkipped);
        fields.put("collections_created", collectionsCreated);
        fields.put("collections_skipped", collectionsSkipped);
        fields.put("warnings", warnings());
        fields.put("errors", errors.forReport());
        return fields;
    }
}
