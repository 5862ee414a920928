package io.github.musit2specify.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which disciplines still lack their schema localization (the field captions of splocalecontainer,
 * per discipline). The structure sync leaves them to Specify's start-up, which creates them for every
 * discipline that has none.
 */
final class SchemaLocalization {
    static final String HINT = "restart Specify 7 to complete: its start-up creates the schema localization "
            + "(field captions) of every discipline that lacks it";

    private SchemaLocalization() {
    }

    /** "'Name' (id N)" of each discipline without a splocalecontainer row, by id. */
    static List<String> disciplinesLacking(Connection c) throws SQLException {
        List<String> lacking = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.usergroupscopeid, d.Name FROM discipline d "
                + "WHERE NOT EXISTS (SELECT 1 FROM splocalecontainer s WHERE s.DisciplineID = d.usergroupscopeid) "
                + "ORDER BY d.usergroupscopeid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lacking.add("'" + rs.getString(2) + "' (id " + rs.getLong(1) + ")");
            }
        }
        return lacking;
    }

    static long disciplineCount(Connection c) throws SQLException {
        return Long.parseLong(Jdbc.single(c, "SELECT COUNT(*) FROM discipline"));
    }
}
