package io.github.musit2specify.cli;

import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.json.Json;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place failures become exit codes: expected failures print their message (and causes) without
 * a stack trace unless --verbose; with --json, one {errorCode, message, cause} object on stdout.
 * Anything else is a fault and keeps its stack trace.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private final RootCommand root;

    FailureHandler(RootCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof MigrationException me) {
            if (jsonRequested(parseResult)) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("errorCode", me.errorCode().name());
                json.put("message", me.getMessage());
                json.put("cause", me.getCause() == null ? null : causeText(me.getCause()));
                try {
                    cl.getOut().println(Json.MAPPER.writeValueAsString(json));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            err.println("musit2specify: " + me.getMessage());
            if (root.verbose()) {
                me.printStackTrace(err);
            } else if (me.getCause() != null && !me.getMessage().contains(String.valueOf(me.getCause().getMessage()))) {
                err.println("  caused by: " + causeText(me.getCause()));
            }
            err.flush();
            return me.exitCode();
        }
        err.println("musit2specify: unexpected failure (a bug; please report it with this trace):");
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        err.println(trace);
        err.flush();
        return 1;
    }

    private static String causeText(Throwable t) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static boolean jsonRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--json")) {
                return true;
            }
        }
        return false;
    }
}
