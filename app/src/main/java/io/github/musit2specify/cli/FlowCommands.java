package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.FlowResult;
import io.github.musit2specify.flow.FlowRunner;
import io.github.musit2specify.flow.MigrationFlow;
import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.specify.SpecifySettings;
import picocli.CommandLine.Model.CommandSpec;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** What every `run` verb does once its options are parsed: build the flow, run it, print the result. */
final class FlowCommands {
    private FlowCommands() {
    }

    /**
     * @param flowFactory builds the flow from the environment; it validates parameters and settings and
     *                    throws a CONFIGURATION failure before anything connects
     */
    static int run(CommandSpec spec, FlowOptions options, Function<Env, MigrationFlow> flowFactory) {
        Env env = RootCommand.of(spec).env();
        ReportPublisher publisher = ReportPublisher.fromEnv(env);
        Optional<String> unnamedTarget = SpecifySettings.checkExplicitTarget(env, options.dryRun);
        MigrationFlow flow;
        try {
            flow = flowFactory.apply(env);
        } catch (MigrationException e) {
            if (e.errorCode() == ErrorCode.CONFIGURATION && unnamedTarget.isPresent()) {
                throw new MigrationException(ErrorCode.CONFIGURATION, e.getMessage() + "; " + unnamedTarget.get(), e);
            }
            throw e;
        }
        if (unnamedTarget.isPresent()) {
            throw new MigrationException(ErrorCode.CONFIGURATION, "configuration is incomplete: " + unnamedTarget.get());
        }
        FlowRunner runner = new FlowRunner(publisher, Clock.systemUTC());
        FlowResult result;
        try (StopOnSignal stop = StopOnSignal.install(runner)) {
            result = runner.run(flow);
        }
        ResultPrinter.print(result, options.json, spec.commandLine().getOut());
        return 0;
    }
}
