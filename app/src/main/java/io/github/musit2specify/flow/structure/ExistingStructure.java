package io.github.musit2specify.flow.structure;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the Specify database already holds (institutions, divisions, disciplines, collection codes),
 * read once per run with one query per table; rows created during the run are added to it.
 */
final class ExistingStructure {
    record Institution(long id, String name) {
    }

    record Division(long id, String name, long institutionId) {
    }

    /**
     * {@code type} is Specify's discipline type as stored; {@code taxonTreeDefId} is the discipline's, or
     * that of a taxon tree definition pointing at it; may be null.
     */
    record Discipline(long id, String name, String type, long divisionId, Long taxonTreeDefId) {
    }

    private final List<Institution> institutions;
    private final Map<Long, Division> divisionsById = new HashMap<>();
    private final Map<String, Discipline> disciplinesByName = new HashMap<>();
    private final Set<String> collectionKeys = new HashSet<>();

    private ExistingStructure(List<Institution> institutions) {
        this.institutions = institutions;
    }

    static ExistingStructure read(Connection c) throws SQLException {
        List<Institution> institutions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT UserGroupScopeId, Name FROM institution ORDER BY UserGroupScopeId");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                institutions.add(new Institution(rs.getLong(1), rs.getString(2)));
            }
        }
        ExistingStructure existing = new ExistingStructure(institutions);
        try (PreparedStatement ps = c.prepareStatement("SELECT UserGroupScopeId, Name, InstitutionID FROM division");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                existing.addDivision(new Division(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT d.UserGroupScopeId, d.Name, d.DivisionID, d.Type, "
                + "COALESCE(d.TaxonTreeDefID, (SELECT MIN(t.TaxonTreeDefID) FROM taxontreedef t "
                + "WHERE t.DisciplineID = d.UserGroupScopeId)) FROM discipline d ORDER BY d.UserGroupScopeId DESC");
             ResultSet rs = ps.executeQuery()) {
            // descending, so that of two disciplines sharing a name (Specify forbids it) the oldest wins
            while (rs.next()) {
                long treeDef = rs.getLong(5);
                existing.addDiscipline(new Discipline(rs.getLong(1), rs.getString(2), rs.getString(4), rs.getLong(3),
                        rs.wasNull() ? null : treeDef));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT DisciplineID, Code FROM collection");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                existing.addCollection(rs.getLong(1), rs.getString(2));
            }
        }
        return existing;
    }

    /** Case-insensitive: names the Specify database only once; none or several is a failure before anything is written. */
    Institution requireInstitution(String name, String database) {
        List<Institution> matches = institutions.stream()
                .filter(i -> i.name() != null && i.name().equalsIgnoreCase(name))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        String present = institutions.isEmpty() ? "none" : institutions.stream()
                .map(i -> "'" + i.name() + "' (id " + i.id() + ")").collect(Collectors.joining(", "));
        String problem = matches.isEmpty() ? "was not found" : "matches " + matches.size() + " institutions";
        throw new MigrationException(ErrorCode.SPECIFY_STATE, "the institution '" + name + "' (institution_name) "
                + problem + " in the Specify database " + database + "; institutions there: " + present
                + ". Nothing was written. The institution is created by Specify's own setup.");
    }

    Optional<Division> division(long institutionId, String name) {
        String key = key(name);
        return divisionsById.values().stream()
                .filter(d -> d.institutionId() == institutionId && key.equals(key(d.name())))
                .min((a, b) -> Long.compare(a.id(), b.id()));
    }

    Optional<Division> divisionById(long id) {
        return Optional.ofNullable(divisionsById.get(id));
    }

    Optional<Discipline> discipline(String name) {
        return Optional.ofNullable(disciplinesByName.get(key(name)));
    }

    boolean hasCollection(long disciplineId, String code) {
        return collectionKeys.contains(disciplineId + "|" + key(code));
    }

    void addDivision(Division division) {
        divisionsById.put(division.id(), division);
    }

    void addDiscipline(Discipline discipline) {
        disciplinesByName.put(key(discipline.name()), discipline);
    }

    void addCollection(long disciplineId, String code) {
        collectionKeys.add(disciplineId + "|" + key(code));
    }

    /** Trimmed and lower-cased: how divisions, disciplines and collection codes are matched. */
    static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
