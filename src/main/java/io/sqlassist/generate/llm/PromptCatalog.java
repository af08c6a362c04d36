package io.sqlassist.generate.llm;

import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.schema.SchemaText;
import io.sqlassist.schema.TableSelection;
import io.sqlassist.schema.TableSelector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives an LLM only the tables a question needs (BM25 selection plus one-hop neighbours), so the prompt stays small on
 * catalogs of any size, and logs how many tables and (estimated) tokens went in. Validation still checks candidates
 * against the whole catalog.
 */
public final class PromptCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(PromptCatalog.class);
    private final int maxTables;

    public PromptCatalog(int maxTables) {
        this.maxTables = maxTables;
    }

    public GenerationRequest narrow(GenerationRequest request) {
        TableSelection selection = TableSelector.of(request.catalog()).select(request.question(), maxTables);
        LOG.info("Prompt for '{}': {} of {} tables, ~{} schema tokens", request.question(),
                selection.catalog().tables().size(), selection.tablesConsidered(),
                SchemaText.estimateTokens(SchemaText.render(selection.catalog())));
        return new GenerationRequest(request.question(), selection.catalog(), request.earlierAttempts(),
                request.feedback(), request.validationError());
    }
}
