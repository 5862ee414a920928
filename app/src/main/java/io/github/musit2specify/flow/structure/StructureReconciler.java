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
import io.github.musit2specify.specify.setup.DisciplineSetup;
import io.github.musit2specify.specify.setup.DivisionSetup;
import io.github.musit2specify.specify.setup.SetupDefaults;
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
    private final SetupDefaults defaults;
    private final boolean dryRun;
    private final StructureTally tally;

    StructureReconciler(Connection connection, ExistingStructure existing, SetupDefaults defaults, boolean dryRun,
                        ErrorLines errors) {
        this.connection = connection;
        this.tally = new StructureTally(errors);
        this.existing = existing;
        this.defaults = defaults;
        this.writer = new StructureWriter(defaults);
        this.dryRun = dryRun;
    }

    /** Where a parent stands: an existing row (id set; a discipline's row too), one a dry run would create, or one that failed. */
    private record Parent(Long id, boolean failed, Discipline discipline) {
        static Parent existing(long id) {
            return new Parent(id, false, null);
        }

        static Parent discipline(Discipline d) {
            return new Parent(d.id(), false, d);
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
            return Parent.existing(found.get().id());
        }
        if (dryRun) {
            tally.divisionsCreated++;
            return Parent.planned();
        }
        try {
            DivisionSetup.Created created = writer.createDivision(connection, institution.id(), division.name());
            long id = created.divisionId();
            existing.addDivision(new Division(id, division.name(), institution.id()));
            tally.divisionsCreated++;
            LOG.info("Created division '{}' (id {}) with {} agent copies of its logins", division.name(), id,
                    created.agentsCopied());
            return Parent.existing(id);
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
            if (d.type() != null && !d.type().equals(discipline.type())) {
                tally.warn(label + " exists with type '" + d.type() + "', not '" + discipline.type() + "' as the config "
                        + "says; its type is kept and its new collections get the defaults of '" + d.type() + "'");
            }
            collections(Parent.discipline(d), discipline);
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
            DisciplineSetup.Created d = writer.createDiscipline(connection, division.id(), discipline);
            Discipline row = new Discipline(d.disciplineId(), discipline.name(), discipline.type(), division.id(),
                    d.taxonTreeDefId());
            existing.addDiscipline(row);
            tally.disciplinesCreated++;
            LOG.info("Created discipline '{}' (id {}, type {}) with its trees, app resource directory and "
                    + "uniqueness rules", discipline.name(), d.disciplineId(), discipline.type());
            created = Parent.discipline(row);
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
            } else if (discipline.id() != null && unusable(discipline) != null) {
                tally.error(label + ": not created because " + unusable(discipline));
            } else if (dryRun) {
                tally.collectionsCreated++;
            } else {
                try {
                    long id = writer.createCollection(connection, discipline.discipline(), collection);
                    existing.addCollection(discipline.id(), collection.code());
                    tally.collectionsCreated++;
                    LOG.info("Created {} (id {})", label, id);
                } catch (SQLException e) {
                    failed(label, e);
                }
            }
        }
    }

    /**
     * Why an existing discipline cannot take new collections as Specify's setup makes them (null when
     * it can): Specify's create_collection refuses a discipline without a taxon tree, and the defaults
     * follow the discipline's stored type.
     */
    private String unusable(Parent parent) {
        Discipline discipline = parent.discipline();
        if (discipline.taxonTreeDefId() == null) {
            return "its discipline has no taxon tree definition (Specify needs one for the collection object type)";
        }
        if (discipline.type() == null || defaults.type(discipline.type()).isEmpty()) {
            return "its discipline's type '" + discipline.type() + "' has no Specify " + defaults.release()
                    + " setup defaults (known types: " + String.join(", ", defaults.disciplineTypes()) + ")";
        }
        return null;
    }

    private void warnAboutPreload(DisciplineConfig discipline) {
        if (discipline.geographyTree().preload() || discipline.taxonTree().preload()) {
            tally.warn("discipline '" + discipline.name() + "': tree preloading is not supported; its trees are "
                    + "created with Specify's default ranks and no nodes below the root (load the tree in Specify)");
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
