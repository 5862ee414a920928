package io.github.musit2specify.flow.structure;

/**
 * Parameters of sync-specify-structure (flows.md section 3).
 *
 * @param configPath the structure YAML, or null for the bundled UniMus:Natur hierarchy
 * @param dryRun     true (the default) only counts what would be created
 */
public record SyncStructureParameters(String configPath, boolean dryRun) {
    public static SyncStructureParameters defaults() {
        return new SyncStructureParameters(null, true);
    }
}
