package io.sqlassist.generate.llm;

import static java.util.Objects.requireNonNull;

/**
 * What an LLM generator sends: a system prompt (role, schema, dialect rules, output contract) and one user message
 * (the question, the thread so far, and what to fix). One user turn rather than a replayed conversation: earlier
 * attempts may lack SQL or feedback, and every chat API accepts a single user turn.
 *
 * @param system the system prompt
 * @param user   the user message
 */
public record SqlPrompt(String system, String user) {
    public SqlPrompt {
        requireNonNull(system, "system is null");
        requireNonNull(user, "user is null");
    }
}
