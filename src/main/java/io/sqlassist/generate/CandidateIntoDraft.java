package io.sqlassist.generate;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * The content enricher's merge in the generate route: the generator's route answers a {@link GenerationRequest} with a
 * {@link GeneratedSql}, and the candidate joins the {@link Draft} it was written for.
 */
public final class CandidateIntoDraft implements AggregationStrategy {
    @Override
    public Exchange aggregate(Exchange draftExchange, Exchange generatorExchange) {
        Draft draft = draftExchange.getMessage().getBody(Draft.class);
        GeneratedSql candidate = generatorExchange.getMessage().getBody(GeneratedSql.class);
        if (draft == null || candidate == null) {
            throw new IllegalStateException("a generator route must answer a GenerationRequest with a GeneratedSql; got "
                    + generatorExchange.getMessage().getBody() + " for " + draftExchange.getMessage().getBody());
        }
        draftExchange.getMessage().setBody(draft.withCandidate(candidate));
        return draftExchange;
    }
}
