package io.sqlassist.execute;

/**
 * What an engine reports about a finished query.
 *
 * @param executionId  the engine's id for the query (Athena's query execution id); null where there is none
 * @param bytesScanned data scanned, where the engine reports it (Athena); null otherwise
 */
public record QueryStats(String executionId, Long bytesScanned) {
    public static final QueryStats NONE = new QueryStats(null, null);
}
