package io.github.musit2specify.cli;

import io.github.musit2specify.flow.structure.SyncStructureFlow;
import io.github.musit2specify.flow.structure.SyncStructureParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "sync-specify-structure",
        description = {"Sync Specify structure (post-bootstrap): create the divisions, disciplines (with their data "
                + "type and geography, taxon and geologic time period trees) and collections of the config that "
                + "Specify lacks. Additive only; reads no Oracle.",
                "Report category: specify-structure-sync."},
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class SyncStructureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "PATH",
            description = "Structure YAML (institution_name, divisions, disciplines, collections). "
                    + "Default: the bundled UniMus:Natur hierarchy (classpath:structure/unimus_natur.yaml).")
    String configPath;

    @Mixin
    FlowOptions options = new FlowOptions();

    @Override
    public Integer call() {
        return FlowCommands.run(spec, options,
                env -> SyncStructureFlow.create(env, new SyncStructureParameters(configPath, options.dryRun)));
    }
}
