package io.github.musit2specify.cli;

import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.text.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place failures become exit codes: expected failures print their message (and causes) without
 * a stack trace unless --verbose; with --json, one {errorCode, message, cause} object on stdout.
 * Anything else is a fault and keeps its stack trace. With LOG_FORMAT=json the failure line and any stack
 * trace are logged as JSON too, with the {@code flow} and {@code run} of the run that failed. Passwords
 * inside URLs are masked in all of it.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.musit2specify.cli.Failure");

    private final RootCommand root;

    FailureHandler(RootCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        try {
            return handle(ex, cl, parseResult);
        } finally {
            // the runner leaves the failed run's flow and run in the MDC for these lines
            MDC.remove("flow");
            MDC.remove("run");
        }
    }

    private int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        boolean jsonLogs = jsonLogs();
        if (ex instanceof MigrationException me) {
            String message = Redaction.maskSecrets(me.getMessage());
            if (jsonRequested(parseResult)) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("errorCode", me.errorCode().name());
                json.put("message", message);
                json.put("cause", me.getCause() == null ? null : causeText(me.getCause()));
                try {
                    cl.getOut().println(Json.MAPPER.writeValueAsString(json));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            String causedBy = me.getCause() != null && !me.getMessage().contains(String.valueOf(me.getCause().getMessage()))
                    ? causeText(me.getCause()) : null;
            if (jsonLogs) {
                if (root.verbose()) {
                    LOG.error("musit2specify: {}", message, me);
                } else {
                    LOG.error("musit2specify: {}{}", message, causedBy == null ? "" : " (caused by: " + causedBy + ")");
                }
            } else {
                err.println("musit2specify: " + message);
                if (root.verbose()) {
                    err.println(Redaction.maskSecrets(trace(me)));
                } else if (causedBy != null) {
                    err.println("  caused by: " + causedBy);
                }
            }
            err.flush();
            return me.exitCode();
        }
        if (jsonLogs) {
            LOG.error("musit2specify: unexpected failure (a bug; please report it with this trace)", ex);
        } else {
            err.println("musit2specify: unexpected failure (a bug; please report it with this trace):");
            err.println(Redaction.maskSecrets(trace(ex)));
        }
        err.flush();
        return 1;
    }

    private boolean jsonLogs() {
        try {
            return "json".equalsIgnoreCase(root.env().getOrDefault("LOG_FORMAT", "text"));
        } catch (RuntimeException unreadableEnvFile) {
            return false;
        }
    }

    private static String trace(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static String causeText(Throwable t) {
        return Redaction.maskSecrets(t.getClass().getSimpleName() + ": " + t.getMessage());
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
