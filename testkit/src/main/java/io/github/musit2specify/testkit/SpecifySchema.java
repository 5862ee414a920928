package io.github.musit2specify.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The empty Specify 7 schema shipped as a resource (215 tables, 920 foreign keys). */
final class SpecifySchema {
    static final String RESOURCE = "/specify/specify7-empty.sql";
    static final int TABLE_COUNT = 215;
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("ALTER TABLE (`\\w+`) ADD (CONSTRAINT .*)");
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (`\\w+`) \\(.*", Pattern.DOTALL);
    private static final String TABLE_END = "\n) ENGINE=";
    private static String script;

    private SpecifySchema() {
    }

    /**
     * The schema as one multi-statement script, the foreign keys folded into their CREATE TABLE:
     * 215 DDL statements instead of 1,135, the same tables and constraints.
     */
    static synchronized String script() {
        if (script == null) {
            script = foldForeignKeys(resourceText());
        }
        return script;
    }

    static String foldForeignKeys(String sql) {
        List<String> statements = new ArrayList<>();
        Map<String, Integer> createIndex = new LinkedHashMap<>();
        for (String raw : sql.split(";\\s*\\n")) {
            String statement = stripComments(raw).trim();
            if (statement.isEmpty()) {
                continue;
            }
            Matcher fk = ADD_CONSTRAINT.matcher(statement);
            if (fk.matches() && createIndex.containsKey(fk.group(1))) {
                int at = createIndex.get(fk.group(1));
                String create = statements.get(at);
                int end = create.lastIndexOf(TABLE_END);
                statements.set(at, create.substring(0, end) + ",\n  " + fk.group(2) + create.substring(end));
                continue;
            }
            Matcher create = CREATE_TABLE.matcher(statement);
            if (create.matches()) {
                createIndex.put(create.group(1), statements.size());
            }
            statements.add(statement);
        }
        return String.join(";\n", statements) + ";\n";
    }

    private static String stripComments(String statement) {
        StringBuilder out = new StringBuilder();
        for (String line : statement.split("\n")) {
            if (!line.startsWith("--")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    static String resourceText() {
        try (InputStream in = SpecifySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the testkit jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
