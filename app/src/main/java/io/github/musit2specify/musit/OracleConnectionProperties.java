package io.github.musit2specify.musit;

import oracle.jdbc.OracleConnection;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * The driver properties every connection to a real Oracle database gets (none for H2 rehearsal URLs,
 * whose driver rejects unknown settings):
 * <ul>
 * <li>{@code oracle.jdbc.timezoneAsRegion=false}: ojdbc otherwise sends the JVM's time-zone region
 *     (e.g. Europe/Oslo) at login, and a server with an old time-zone file refuses it with ORA-01882.
 *     Nothing here reads time-zone columns, so an offset is as good.</li>
 * <li>a socket read timeout ({@code oracle.jdbc.ReadTimeout}): without one, a network that drops the
 *     connection leaves a streaming read waiting for ever. It is per socket read, so it must exceed the
 *     longest the server may think before sending a fetch (the sorted actor read: its first rows come
 *     after the whole sort).</li>
 * <li>TCP keep-alive ({@code oracle.net.keepAlive}, the thin driver's {@code ENABLE=BROKEN}) with a
 *     short idle time, so firewalls do not silently drop a connection that waits for the server.</li>
 * </ul>
 */
public final class OracleConnectionProperties {
    /** Flows: generous, since the sorted actor read may send nothing for minutes before its first rows. */
    public static final Duration FLOW_READ_TIMEOUT = Duration.ofMinutes(30);
    /** check: every statement it runs answers at once. */
    public static final Duration CHECK_READ_TIMEOUT = Duration.ofSeconds(60);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration KEEP_ALIVE_IDLE = Duration.ofSeconds(60);
    static final Duration KEEP_ALIVE_INTERVAL = Duration.ofSeconds(15);
    static final int KEEP_ALIVE_PROBES = 4;

    private OracleConnectionProperties() {
    }

    public static boolean isOracle(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:oracle:");
    }

    /** The properties for {@code jdbcUrl}: the set above for Oracle, empty otherwise. */
    public static Properties forUrl(String jdbcUrl, Duration readTimeout) {
        Properties props = new Properties();
        if (!isOracle(jdbcUrl)) {
            return props;
        }
        props.setProperty(OracleConnection.CONNECTION_PROPERTY_TIMEZONE_AS_REGION, "false");
        props.setProperty(OracleConnection.CONNECTION_PROPERTY_THIN_READ_TIMEOUT, String.valueOf(readTimeout.toMillis()));
        props.setProperty(OracleConnection.CONNECTION_PROPERTY_THIN_NET_CONNECT_TIMEOUT,
                String.valueOf(CONNECT_TIMEOUT.toMillis()));
        props.setProperty(OracleConnection.CONNECTION_PROPERTY_NET_KEEPALIVE, "true");
        // seconds, as the socket options take them
        props.setProperty(OracleConnection.CONNECTION_PROPERTY_TCP_KEEPIDLE, String.valueOf(KEEP_ALIVE_IDLE.toSeconds()));
        props.setProperty(OracleConnection.CONNECTION_PROPERTY_TCP_KEEPINTERVAL,
                String.valueOf(KEEP_ALIVE_INTERVAL.toSeconds()));
        props.setProperty(OracleConnection.CONNECTION_PROPERTY_TCP_KEEPCOUNT, String.valueOf(KEEP_ALIVE_PROBES));
        return props;
    }
}
