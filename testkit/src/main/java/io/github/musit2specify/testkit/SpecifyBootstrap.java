package io.github.musit2specify.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The rows Specify's own setup creates, which our flows expect to find. */
public final class SpecifyBootstrap {
    public static final String INSTITUTION = "UniMus:Natur";
    public static final String DIVISION = "Biology";
    public static final String DATA_TYPE = "Biota";

    private SpecifyBootstrap() {
    }

    /** A data type, institution UniMus:Natur and division Biology; rows that exist are left alone. */
    public static void apply(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (idOf(c, "SELECT DataTypeID FROM datatype WHERE Name = ?", DATA_TYPE) == null) {
                insert(c, "INSERT INTO datatype (Name, TimestampCreated, Version) VALUES (?, NOW(), 0)", DATA_TYPE);
            }
            Long institutionId = idOf(c, "SELECT UserGroupScopeId FROM institution WHERE Name = ?", INSTITUTION);
            if (institutionId == null) {
                institutionId = insert(c, "INSERT INTO institution (Name, IsAccessionsGlobal, IsSecurityOn,"
                        + " IsServerBased, IsSharingLocalities, IsSingleGeographyTree, IsAnonymous,"
                        + " IsReleaseManagedGlobally, HasBeenAsked, TimestampCreated, Version)"
                        + " VALUES (?, 0, 1, 0, 0, 0, 0, 0, 0, NOW(), 0)", INSTITUTION);
            }
            if (idOf(c, "SELECT UserGroupScopeId FROM division WHERE Name = ? AND InstitutionID = ?",
                    DIVISION, institutionId) == null) {
                insert(c, "INSERT INTO division (Name, Abbrev, DisciplineType, InstitutionID, TimestampCreated, Version)"
                        + " VALUES (?, 'Bio', 'Biology', ?, NOW(), 0)", DIVISION, institutionId);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static Long idOf(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, Statement.NO_GENERATED_KEYS, params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, Statement.RETURN_GENERATED_KEYS, params)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, int keys, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql, keys);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
