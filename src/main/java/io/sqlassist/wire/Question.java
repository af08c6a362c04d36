package io.sqlassist.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A question from a user, as it arrives on the inbox queue.
 *
 * @param schemaVersion message format version, 1
 * @param threadId      the conversation id; null on the wire means "make one"
 * @param question      the natural-language question
 * @param requestedBy   who asked (user name or e-mail)
 * @param database      the database to answer from; null for the configured default
 * @param maxRows       the most rows the requester wants back; null for the configured default
 * @param chart         a chart type the requester wants (line, bar, pie); null lets the shape of the result decide
 */
public record Question(int schemaVersion, String threadId, String question, String requestedBy, String database,
                       Integer maxRows, ChartType chart) {
    public static final int SCHEMA_VERSION = 1;

    @JsonCreator
    public Question(@JsonProperty("schema_version") Integer schemaVersion, @JsonProperty("thread_id") String threadId,
                    @JsonProperty("question") String question, @JsonProperty("requested_by") String requestedBy,
                    @JsonProperty("database") String database, @JsonProperty("max_rows") Integer maxRows,
                    @JsonProperty("chart") ChartType chart) {
        this(schemaVersion == null ? SCHEMA_VERSION : schemaVersion, threadId, question, requestedBy, database, maxRows,
                chart);
    }

    public Question(int schemaVersion, String threadId, String question, String requestedBy, String database,
                    Integer maxRows) {
        this(schemaVersion, threadId, question, requestedBy, database, maxRows, null);
    }

    public Question withThreadId(String id) {
        return new Question(schemaVersion, id, question, requestedBy, database, maxRows, chart);
    }

    public Question withRequestedBy(String who) {
        return new Question(schemaVersion, threadId, question, who, database, maxRows, chart);
    }
}
