package io.github.musit2specify.cli;

import io.github.musit2specify.flow.users.UsersFlow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "migrate-users", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Migrate Users (phase 1.4): MUSIT application users (USD_METADATA.BRUKARAR) become Specify "
                + "logins, each with its agent. Logins get no usable password; see docs/migrate-users.md."})
final class MigrateUsersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OracleOptions oracle;

    @Mixin
    FlowOptions flow;

    @Override
    public Integer call() {
        return FlowCommands.run(spec, flow, env -> UsersFlow.create(env, oracle.oracleEnv, flow.dryRun));
    }
}
