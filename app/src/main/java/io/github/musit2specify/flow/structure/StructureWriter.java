package io.github.musit2specify.flow.structure;

import io.github.musit2specify.flow.structure.StructureConfig.CollectionConfig;
import io.github.musit2specify.flow.structure.StructureConfig.DisciplineConfig;
import io.github.musit2specify.specify.setup.CollectionSetup;
import io.github.musit2specify.specify.setup.DisciplineSetup;
import io.github.musit2specify.specify.setup.DivisionSetup;
import io.github.musit2specify.specify.setup.SetupDefaults;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes new divisions, disciplines and collections with Specify's own setup steps
 * ({@code specify.setup}), each in its own transaction: all of a discipline or none of it.
 */
final class StructureWriter {
    private final SetupDefaults defaults;
    private final DivisionSetup divisions;
    private final DisciplineSetup disciplines;
    private final CollectionSetup collections;

    StructureWriter(SetupDefaults defaults) {
        this.defaults = defaults;
        this.divisions = new DivisionSetup(defaults);
        this.disciplines = new DisciplineSetup(defaults);
        this.collections = new CollectionSetup(defaults);
    }

    DivisionSetup.Created createDivision(Connection c, long institutionId, String name) throws SQLException {
        return Sql.inTransaction(c, tx -> divisions.create(tx, institutionId, name));
    }

    DisciplineSetup.Created createDiscipline(Connection c, long divisionId, DisciplineConfig d) throws SQLException {
        DisciplineSetup.NewDiscipline discipline = new DisciplineSetup.NewDiscipline(divisionId, d.name(), d.type(),
                d.geographyTree().name(), d.taxonTree().name());
        return Sql.inTransaction(c, tx -> disciplines.create(tx, discipline));
    }

    long createCollection(Connection c, ExistingStructure.Discipline discipline, CollectionConfig collection)
            throws SQLException {
        CollectionSetup.NewCollection n = new CollectionSetup.NewCollection(discipline.id(), discipline.name(),
                discipline.type(), discipline.taxonTreeDefId(), collection.code(), collection.name(),
                catalogNumberFormatter(collection));
        return Sql.inTransaction(c, tx -> collections.create(tx, n));
    }

    /** The formatter the file names; Specify's default one when it names none. */
    String catalogNumberFormatter(CollectionConfig collection) {
        return collection.catalogNumberFormatName() == null
                ? defaults.defaultCatalogNumberFormatter() : collection.catalogNumberFormatName();
    }
}
