package io.github.musit2specify.flow.structure;

import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.structure.ExistingStructure.Discipline;
import io.github.musit2specify.flow.structure.ExistingStructure.Division;
import io.github.musit2specify.flow.structure.ExistingStructure.Institution;
import io.github.musit2specify.flow.structure.StructureConfig.CollectionConfig;
import io.github.musit2specify.flow.structure.StructureConfig.DisciplineConfig;
import io.github.musit2specify.flow.structure.StructureConfig.DivisionConfig;
import io.github.musit2specify.specify.SqlErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Walks the config top-down and creates what is missing (additive only). A dry run takes the same
 * path and counts what it would create, children of would-be-created parents included; a parent
 * that could not be created turns each of its children into an error line.
 */
final class StructureReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(StructureReconciler.class);

    private final Connection connection;
    private final ExistingStructure existing;
    private final StructureWriter writer;
    private final boolean dryRun;
    private final boolean collectionObjectTypes;
    private final StructureTally tally;

    StructureReconciler(Connection connection, ExistingStructure existing, SchemaFacts facts, boolean dryRun,
                        ErrorLines errors) {
        this.connection = connection;
        this.tally = new StructureTally(errors);
        this.existing = existing;
        this.writer = new StructureWriter(facts);
        this.dryRun = dryRun;
        this.collectionObjectTypes = facts.hasCollectionObjectTypes();
    }

    /** Where a parent stands: an existing row (id set), one a dry run would create, or one that failed. */
    private record Parent(Long id, boolean failed, Long taxonTreeDefId) {
        static Parent existing(long id, Long taxonTreeDefId) {
            return new Parent(id, false, taxonTreeDefId);
        }

        static Parent planned() {
            return new Parent(null, false, null);
        }

        static Parent failedToCreate() {
            return new Parent(null, true, null);
        }
    }

    StructureTally reconcile(StructureConfig config, Institution institution) {
        for (DivisionConfig division : config.divisions()) {
            Parent parent = division(institution, division);
            for (DisciplineConfig discipline : division.disciplines()) {
                discipline(parent, division, discipline);
            }
        }
        return tally;
    }

    private Parent division(Institution institution, DivisionConfig division) {
        Optional<Division> found = existing.division(institution.id(), division.name());
        if (found.isPresent()) {
            tally.divisionsSkipped++;
            return Parent.existing(found.get().id(), null);
        }
        if (dryRun) {
            tally.divisionsCreated++;
            return Parent.planned();
        }
        try {
            long id = writer.createDivision(connection, institution.id(), division.name());
            existing.addDivision(new Division(id, division.name(), institution.id()));
            tally.divisionsCreated++;
            LOG.info("Created division '{}' (id {})", division.name(), id);
            return Parent.existing(id, null);
        } catch (SQLException e) {
            failed("division '" + division.name() + "'", e);
            return Parent.failedToCreate();
        }
    }

    private void discipline(Parent division, DivisionConfig divisionConfig, DisciplineConfig discipline) {
        String label = "discipline '" + discipline.name() + "'";
        Optional<Discipline> found = existing.discipline(discipline.name());
        if (found.isPresent()) {
            Discipline d = found.get();
            tally.disciplinesSkipped++;
            if (division.id() == null || division.id() != d.divisionId()) {
                String actual = existing.divisionById(d.divisionId()).map(Division::name).orElse("?");
                tally.warn(label + " exists under division '" + actual + "' (id " + d.divisionId() + "), not under '"
                        + divisionConfig.name() + "' as the config says; the existing discipline is used and its "
                        + "collections are reconciled there");
            }
            if (d.taxonTreeDefId() == null && collectionObjectTypes && hasMissingCollections(d, discipline)) {
                tally.warn(label + " has no taxon tree definition, so its new collections get no collection "
                        + "object type; Specify 7 needs one per collection (add it in Specify)");
            }
            collections(Parent.existing(d.id(), d.taxonTreeDefId()), discipline);
            return;
        }
        if (division.failed()) {
            tally.error(label + " (division '" + divisionConfig.name() + "'): not created because its division "
                    + "could not be created");
            collections(Parent.failedToCreate(), discipline);
            return;
        }
        warnAboutPreload(discipline);
        if (dryRun) {
            tally.disciplinesCreated++;
            collections(Parent.planned(), discipline);
            return;
        }
        Parent created;
        try {
            StructureWriter.CreatedDiscipline d = writer.createDiscipline(connection, division.id(), discipline);
            existing.addDiscipline(new Discipline(d.id(), discipline.name(), division.id(), d.taxonTreeDefId()));
            tally.disciplinesCreated++;
            LOG.info("Created discipline '{}' (id {}, type {}) with its data type and trees", discipline.name(),
                    d.id(), discipline.type());
            created = Parent.existing(d.id(), d.taxonTreeDefId());
        } catch (SQLException e) {
            failed(label + " (division '" + divisionConfig.name() + "')", e);
            created = Parent.failedToCreate();
        }
        collections(created, discipline);
    }

    private void collections(Parent discipline, DisciplineConfig config) {
        for (CollectionConfig collection : config.collections()) {
            String label = "collection '" + collection.code() + "' of discipline '" + config.name() + "'";
            if (discipline.failed()) {
                tally.error(label + ": not created because its discipline could not be created");
            } else if (discipline.id() != null && existing.hasCollection(discipline.id(), collection.code())) {
                tally.collectionsSkipped++;
            } else if (dryRun) {
                tally.collectionsCreated++;
            } else {
                try {
                    long id = writer.createCollection(connection, discipline.id(), config.name(),
                            discipline.taxonTreeDefId(), collection);
                    existing.addCollection(discipline.id(), collection.code());
                    tally.collectionsCreated++;
                    LOG.info("Created {} (id {})", label, id);
                } catch (SQLException e) {
                    failed(label, e);
                }
            }
        }
    }

    private boolean hasMissingCollections(Discipline d, DisciplineConfig config) {
        return config.collections().stream().anyMatch(c -> !existing.hasCollection(d.id(), c.code()));
    }

    private void warnAboutPreload(DisciplineConfig discipline) {
        if (discipline.geographyTree().preload() || discipline.taxonTree().preload()) {
            tally.warn("discipline '" + discipline.name() + "': tree preloading is not supported; its trees are "
                    + "created with their root only (load the tree in Specify)");
        }
    }

    /** One bad row is an error line; a lost connection ends the run (what was created so far stays). */
    private void failed(String what, SQLException e) {
        if (SqlErrors.isConnectionLoss(connection, e)) {
            throw new MigrationException(ErrorCode.SPECIFY_CONNECTION, "lost the Specify connection while creating "
                    + what + ": " + SqlErrors.reason(e) + " (what was created before stays; re-run to continue)", e);
        }
        LOG.warn("Could not create {}: {}", what, SqlErrors.reason(e));
        tally.error(what + ": could not be created: " + SqlErrors.reason(e));
    }
}
