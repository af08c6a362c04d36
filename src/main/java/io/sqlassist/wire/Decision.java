package io.sqlassist.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reviewer's decision on a pending thread. Wire-compatible with existing approval.json files
 * ({@code thread_id}, {@code action}, {@code feedback}); {@code approver} and {@code sql_sha256} are added.
 *
 * @param feedback  what to change, for {@code refine}; optional otherwise
 * @param approver  who decided; may be null in older files
 * @param sqlSha256 hash of the SQL this decision is about; may be null in older files
 */
public record Decision(int schemaVersion, String threadId, DecisionAction action, String feedback, String approver,
                       String sqlSha256) {
    public static final int SCHEMA_VERSION = 1;

    @JsonCreator
    public Decision(@JsonProperty("schema_version") Integer schemaVersion, @JsonProperty("thread_id") String threadId,
                    @JsonProperty("action") DecisionAction action, @JsonProperty("feedback") String feedback,
                    @JsonProperty("approver") String approver, @JsonProperty("sql_sha256") String sqlSha256) {
        this(schemaVersion == null ? SCHEMA_VERSION : schemaVersion, threadId, action, feedback, approver, sqlSha256);
    }
}
