package io.sqlassist.generate;

import static java.util.Objects.requireNonNull;

import io.sqlassist.schema.Catalog;
import io.sqlassist.wire.Attempt;
import java.util.List;

/**
 * Everything a generator may use to write SQL for one question.
 *
 * @param question        the user's question, never blank
 * @param catalog         the tables it may use
 * @param earlierAttempts attempts already made on this thread, oldest first (empty on the first try)
 * @param feedback        the reviewer's feedback on the last attempt, null on the first try
 * @param validationError why the previous candidate was refused by validation (self-correction), null if none
 */
public record GenerationRequest(String question, Catalog catalog, List<Attempt> earlierAttempts, String feedback,
                                String validationError) {
    public GenerationRequest {
        requireNonNull(question, "question is null");
        requireNonNull(catalog, "catalog is null");
        earlierAttempts = List.copyOf(requireNonNull(earlierAttempts, "earlierAttempts is null"));
    }

    /** The same request, now carrying why the previous candidate was refused (self-correction). */
    public GenerationRequest withValidationError(String error) {
        return new GenerationRequest(question, catalog, earlierAttempts, feedback, error);
    }

    public static GenerationRequest first(String question, Catalog catalog) {
        return new GenerationRequest(question, catalog, List.of(), null, null);
    }
}
