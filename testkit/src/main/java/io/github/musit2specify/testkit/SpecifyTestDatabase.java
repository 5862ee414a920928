package io.github.musit2specify.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Specify database on the embedded server, reachable by the app user {@code bn_specify}. */
public final class SpecifyTestDatabase {
    private final String name;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    SpecifyTestDatabase(String name, String host, int port, String user, String password) {
        this.name = name;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public String name() {
        return name;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /** Runs a SELECT COUNT(*)-like query and returns its first column; SQL errors become unchecked. */
    public long count(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row from: " + sql);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + name + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The settings the app reads: DATABASE_HOST/PORT/NAME, APP_USER_NAME/PASSWORD. */
    public Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATABASE_HOST", host);
        env.put("DATABASE_PORT", Integer.toString(port));
        env.put("DATABASE_NAME", name);
        env.put("APP_USER_NAME", user);
        env.put("APP_USER_PASSWORD", password);
        return Map.copyOf(env);
    }

    @Override
    public String toString() {
        return "SpecifyTestDatabase[" + host + ":" + port + "/" + name + ", user=" + user + "]";
    }
}
