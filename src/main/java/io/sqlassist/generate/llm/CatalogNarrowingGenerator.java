package io.sqlassist.generate.llm;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.schema.SchemaText;
import io.sqlassist.schema.TableSelection;
import io.sqlassist.schema.TableSelector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives an LLM generator only the tables a question needs (BM25 selection plus one-hop neighbours), so the prompt
 * stays small on catalogs of any size, and logs how many tables and (estimated) tokens went in.
 */
public final class CatalogNarrowingGenerator implements SqlGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogNarrowingGenerator.class);
    private final SqlGenerator delegate;
    private final int maxTables;

    public CatalogNarrowingGenerator(SqlGenerator delegate, int maxTables) {
        this.delegate = delegate;
        this.maxTables = maxTables;
    }

    @Override
    public GeneratedSql generate(GenerationRequest request) {
        TableSelection selection = TableSelector.of(request.catalog()).select(request.question(), maxTables);
        LOG.info("Prompt for '{}': {} of {} tables, ~{} schema tokens", request.question(),
                selection.catalog().tables().size(), selection.tablesConsidered(),
                SchemaText.estimateTokens(SchemaText.render(selection.catalog())));
        return delegate.generate(new GenerationRequest(request.question(), selection.catalog(), request.earlierAttempts(),
                request.feedback(), request.validationError()));
    }

    @Override
    public String name() {
        return delegate.name();
    }
}
