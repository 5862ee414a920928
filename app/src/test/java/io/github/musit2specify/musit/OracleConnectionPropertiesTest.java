package io.github.musit2specify.musit;

import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver properties a flow's pool hands to ojdbc, read from the pool configuration (nothing connects). */
class OracleConnectionPropertiesTest {
    @ParameterizedTest
    @ValueSource(strings = {"jdbc:oracle:thin:@//musit-db.example.org:1553/MUSPROD",
            "jdbc:oracle:thin:@musit-db.example.org:1553:MUSTST",
            "jdbc:oracle:thin:@musit_tst?TNS_ADMIN=/etc/oracle/wallet",
            "JDBC:ORACLE:THIN:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=h)(PORT=1553))(CONNECT_DATA=(SERVICE_NAME=S)))"})
    void anOracleUrlGetsTimeZoneOffsetReadTimeoutAndKeepAlive(String url) {
        HikariConfig config = MusitDatabase.poolConfig(new OracleSettings("PROD", url, "musit", "pw-not-shown"));
        Properties props = config.getDataSourceProperties();

        assertThat(props.getProperty("oracle.jdbc.timezoneAsRegion")).isEqualTo("false");
        assertThat(Long.parseLong(props.getProperty("oracle.jdbc.ReadTimeout")))
                .isEqualTo(OracleConnectionProperties.FLOW_READ_TIMEOUT.toMillis())
                .isGreaterThanOrEqualTo(10 * 60_000L); // the sorted actor read may think for minutes
        assertThat(props.getProperty("oracle.net.keepAlive")).isEqualTo("true");
        assertThat(Integer.parseInt(props.getProperty("oracle.net.TCP_KEEPIDLE"))).isBetween(10, 600); // seconds
        assertThat(props.getProperty("oracle.net.TCP_KEEPINTERVAL")).isNotBlank();
        assertThat(props.getProperty("oracle.net.TCP_KEEPCOUNT")).isNotBlank();
        assertThat(props.getProperty("oracle.net.CONNECT_TIMEOUT")).isNotBlank();
        assertThat(config.isReadOnly()).isTrue();
        assertThat(config.getJdbcUrl()).isEqualTo(url);
    }

    @Test
    void anH2RehearsalUrlGetsNoOracleProperties() {
        HikariConfig config = MusitDatabase.poolConfig(new OracleSettings("IT", "jdbc:h2:mem:x;MODE=Oracle", null, null));
        assertThat(config.getDataSourceProperties()).isEmpty();
    }

    @Test
    void anH2RehearsalIsOpenedThroughH2sDataSourceNotDriverManager() {
        HikariConfig config = MusitDatabase.poolConfig(new OracleSettings("IT", "jdbc:h2:mem:x;MODE=Oracle", "MUSIT", "pw"));
        assertThat(config.getJdbcUrl()).isNull();
        assertThat(config.getDataSource()).isInstanceOfSatisfying(org.h2.jdbcx.JdbcDataSource.class,
                h2 -> assertThat(h2.getURL()).isEqualTo("jdbc:h2:mem:x;MODE=Oracle"));
        assertThat(config.getUsername()).isEqualTo("MUSIT");
    }

    @Test
    void checkUsesTheSamePropertiesWithAShorterReadTimeout() {
        Properties check = OracleConnectionProperties.forUrl("jdbc:oracle:thin:@//h:1553/S",
                OracleConnectionProperties.CHECK_READ_TIMEOUT);
        Properties flow = OracleConnectionProperties.forUrl("jdbc:oracle:thin:@//h:1553/S",
                OracleConnectionProperties.FLOW_READ_TIMEOUT);
        assertThat(check.stringPropertyNames()).isEqualTo(flow.stringPropertyNames());
        assertThat(Long.parseLong(check.getProperty("oracle.jdbc.ReadTimeout")))
                .isLessThan(Long.parseLong(flow.getProperty("oracle.jdbc.ReadTimeout")));
    }
}
