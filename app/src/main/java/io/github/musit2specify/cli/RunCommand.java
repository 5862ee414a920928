package io.github.musit2specify.cli;

import picocli.CommandLine.Command;

@Command(name = "run",
        description = "Run one migration flow. Each ends by writing its report to S3 (or logging "
                + "MIGRATION_REPORT_SKIP when S3_BUCKET is unset).",
        mixinStandardHelpOptions = true,
        subcommands = {SyncStructureCommand.class, MigrateAgentsCommand.class, MigrateUsersCommand.class})
final class RunCommand {
}
