package io.sqlassist.wire;

/**
 * One earlier SQL attempt on a thread, with the human feedback that asked for the next one.
 *
 * @param number      1-based attempt number
 * @param sql         the SQL proposed, null when the generator produced none
 * @param explanation the generator's explanation, may be null
 * @param feedback    the reviewer's feedback on this attempt, null if none was given
 */
public record Attempt(int number, String sql, String explanation, String feedback) {
}
