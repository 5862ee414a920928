package io.github.musit2specify.flow;

/**
 * What a run reads and writes, named in its start line and report without credentials.
 *
 * @param specifyDatabase host:port/name of the Specify database
 * @param oracleDatabase  the MUSIT source (host:port/service, or the URL without credentials); null when none
 */
public record RunTarget(String specifyDatabase, String oracleDatabase) {
    public static final RunTarget UNNAMED = new RunTarget(null, null);
}
