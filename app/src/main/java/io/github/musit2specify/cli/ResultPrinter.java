package io.github.musit2specify.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.musit2specify.flow.FlowResult;
import io.github.musit2specify.json.Json;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Map;

/** Prints a flow result: one JSON object (--json) or a short human summary. */
final class ResultPrinter {
    private ResultPrinter() {
    }

    static void print(FlowResult result, boolean json, PrintWriter out) {
        Map<String, Object> map = result.asMap();
        if (json) {
            try {
                out.println(Json.MAPPER.writeValueAsString(map));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.flush();
            return;
        }
        out.println(result.report().category().displayName() + (result.report().metadata().dryRun()
                ? " (dry run: nothing was written to Specify)" : ""));
        for (Map.Entry<String, Object> e : map.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Collection<?> list && list.size() > 5) {
                out.println("  " + e.getKey() + ": " + list.size() + " entries (see the report)");
            } else {
                out.println("  " + e.getKey() + ": " + v);
            }
        }
        out.flush();
    }
}
