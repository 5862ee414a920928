package io.github.musit2specify.diagnosis;

import io.github.musit2specify.diagnosis.SqlFailure.Vendor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SqlFailureTest {
    @ParameterizedTest(name = "{0} code {1} state {2} → {3}")
    @CsvSource({
            "ORACLE,  1017,  72000, BAD_CREDENTIALS",
            "ORACLE,  12514, 66000, UNKNOWN_SERVICE",
            "ORACLE,  12505, 66000, UNKNOWN_SID",
            "ORACLE,  904,   42000, MISSING_COLUMN",
            "ORACLE,  1882,  99999, TIMEZONE_REGION",
            "ORACLE,  17056, 99999, UNSUPPORTED_CHARSET",
            "ORACLE,  12541, 08006, REFUSED",
            "ORACLE,  12170, 08006, TIMEOUT",
            "ORACLE,  28000, 99999, ACCOUNT_LOCKED",
            "ORACLE,  942,   42000, MISSING_TABLE",
            "ORACLE,  1031,  42000, NO_PRIVILEGE",
            "ORACLE,  17002, 08006, OTHER",
            "MARIADB, 1045,  28000, BAD_CREDENTIALS",
            "MARIADB, 1049,  42000, UNKNOWN_DATABASE",
            "MARIADB, 1044,  42000, NO_PRIVILEGE",
            "MARIADB, 1142,  42000, NO_PRIVILEGE",
            "MARIADB, 1146,  42S02, MISSING_TABLE",
            "H2,      42102, 42S02, MISSING_TABLE",
            "H2,      90079, 90079, MISSING_TABLE",
            "H2,      42122, 42S22, MISSING_COLUMN",
            "H2,      28000, 28000, BAD_CREDENTIALS",
            "OTHER,   0,     28P01, BAD_CREDENTIALS",
            "OTHER,   0,     42S02, MISSING_TABLE",
            "OTHER,   0,     HY000, OTHER",
    })
    void classifiesByVendorCodeAndSqlState(Vendor vendor, int code, String state, SqlFailure expected) {
        SQLException e = new SQLException("message text is not used", state, code);
        assertThat(SqlFailure.classify(e, vendor)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ORACLE", "MARIADB", "H2"})
    void networkCausesWinOverTheDriversOwnCode(Vendor vendor) {
        assertThat(SqlFailure.classify(wrapped(new ConnectException("Connection refused")), vendor)).isEqualTo(SqlFailure.REFUSED);
        assertThat(SqlFailure.classify(wrapped(new UnknownHostException("db.invalid")), vendor)).isEqualTo(SqlFailure.UNKNOWN_HOST);
        assertThat(SqlFailure.classify(wrapped(new SocketTimeoutException("Read timed out")), vendor)).isEqualTo(SqlFailure.TIMEOUT);
    }

    @ParameterizedTest
    @CsvSource({
            "jdbc:oracle:thin:@//h:1553/S, ORACLE",
            "jdbc:mariadb://h:3306/specify, MARIADB",
            "jdbc:h2:mem:x;MODE=Oracle, H2",
            "jdbc:postgresql://h/db, OTHER"})
    void vendorFromTheUrl(String url, Vendor vendor) {
        assertThat(Vendor.ofUrl(url)).isEqualTo(vendor);
    }

    @ParameterizedTest
    @CsvSource({"REFUSED, ORACLE_TEST_HOST", "UNKNOWN_SERVICE, ORACLE_TEST_SERVICE", "BAD_CREDENTIALS, ORACLE_TEST_PASSWORD",
            "MISSING_TABLE, grant", "TIMEOUT, firewall"})
    void oracleHintsNameTheProfilesVariables(SqlFailure kind, String expected) {
        assertThat(FailureHints.oracle(kind, "TEST")).contains(expected);
    }

    /** Each Oracle error a first login can meet, from the driver's code to what the operator reads. */
    @ParameterizedTest(name = "ORA-{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "12514; UNKNOWN_SERVICE; ORACLE_TEST_SERVICE; ORACLE_TEST_URL=jdbc:oracle:thin:@HOST:PORT:SID",
            "12505; UNKNOWN_SID; ORACLE_TEST_URL names a SID; jdbc:oracle:thin:@//HOST:PORT/SERVICE",
            "1882; TIMEZONE_REGION; oracle.jdbc.timezoneAsRegion=false; TZ=UTC",
            "904; MISSING_COLUMN; column the flow reads does not exist; ORA-00904",
            "17056; UNSUPPORTED_CHARSET; orai18n; musit2specify.jar",
            "1017; BAD_CREDENTIALS; ORACLE_TEST_USER; ORACLE_TEST_PASSWORD",
            "28000; ACCOUNT_LOCKED; ORACLE_TEST_USER is locked; unlock"})
    void everyOracleCodeOfAFirstLoginHasItsOwnHint(int code, SqlFailure kind, String says, String alsoSays) {
        SQLException e = new SQLException("ORA-" + code + ": driver wording, not used", "99999", code);
        SqlFailure classified = SqlFailure.classify(wrapped(e), Vendor.ORACLE);
        assertThat(classified).isEqualTo(kind);
        assertThat(FailureHints.oracle(classified, "TEST")).contains(says, alsoSays);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "jdbc:oracle:thin:@musprod; true",
            "jdbc:oracle:thin:@musit_tst.uio.no; true",
            "jdbc:oracle:thin:@musprod?TNS_ADMIN=/etc/oracle/tns; false",
            "jdbc:oracle:thin:@//db.example.org:1553/MUSPROD; false",
            "jdbc:oracle:thin:@db.example.org:1553:MUSTST; false",
            "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=h)(PORT=1553))(CONNECT_DATA=(SID=S))); false",
            "jdbc:h2:mem:musit; false"})
    void aTnsAliasWithoutTnsAdminGetsTheTnsAdminHint(String url, boolean aliasHint) {
        String hint = FailureHints.oracle(SqlFailure.OTHER, "PROD", url);
        assertThat(hint.contains("TNS_ADMIN")).as(hint).isEqualTo(aliasHint);
        if (!aliasHint) {
            assertThat(hint).isEqualTo(FailureHints.oracle(SqlFailure.OTHER, "PROD"));
        } else {
            assertThat(hint).contains("ORACLE_PROD_URL", "tnsnames.ora");
        }
    }

    @org.junit.jupiter.api.Test
    void theSevenFirstLoginHintsAreDistinct() {
        List<String> hints = Stream.of(SqlFailure.UNKNOWN_SERVICE, SqlFailure.UNKNOWN_SID, SqlFailure.TIMEZONE_REGION,
                SqlFailure.MISSING_COLUMN, SqlFailure.UNSUPPORTED_CHARSET, SqlFailure.BAD_CREDENTIALS,
                SqlFailure.ACCOUNT_LOCKED).map(k -> FailureHints.oracle(k, "TEST")).toList();
        assertThat(hints).doesNotHaveDuplicates().noneMatch(h -> h.equals(FailureHints.oracle(SqlFailure.OTHER, "TEST")));
    }

    @ParameterizedTest
    @CsvSource({"REFUSED, DATABASE_PORT", "BAD_CREDENTIALS, APP_USER_PASSWORD", "UNKNOWN_DATABASE, DATABASE_NAME",
            "MISSING_TABLE, DATABASE_NAME"})
    void specifyHintsNameTheVariables(SqlFailure kind, String expected) {
        assertThat(FailureHints.specify(kind)).contains(expected);
    }

    private static SQLException wrapped(Exception cause) {
        if (cause instanceof SQLException) {
            // as Hikari and ojdbc deliver it: the vendor's exception as the cause of a wrapper without a code
            return new SQLException("wrapper", null, 0, cause);
        }
        return new SQLNonTransientConnectionException("driver wording", "08006", 17002, cause);
    }
}
