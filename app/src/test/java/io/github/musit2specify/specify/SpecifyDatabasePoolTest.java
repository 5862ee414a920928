package io.github.musit2specify.specify;

import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpecifyDatabasePoolTest {
    @Test
    void thePoolTakesConnectorJsDataSourceWithLocalInfileAndBulkStatements() throws Exception {
        HikariConfig config = SpecifyDatabase.poolConfig(new SpecifySettings("db.example.org", 3307, "specify", "migrator", "pw"));

        assertThat(config.getJdbcUrl()).isNull();
        assertThat(config.getDataSource()).isInstanceOfSatisfying(MariaDbDataSource.class, ds -> assertThat(ds.getUrl())
                .startsWith("jdbc:mariadb://db.example.org:3307/specify?")
                .contains("allowLocalInfile=true", "useBulkStmts=true", "connectTimeout=10000")
                .doesNotContain("pw"));
        assertThat(config.getUsername()).isEqualTo("migrator");
        assertThat(config.getPassword()).isEqualTo("pw");
        assertThat(config.getMaximumPoolSize()).isEqualTo(4);
    }
}
