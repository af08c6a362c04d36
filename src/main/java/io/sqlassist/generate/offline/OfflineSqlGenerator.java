package io.sqlassist.generate.offline;

import static java.util.Objects.requireNonNull;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.generate.offline.QuestionInterpreter.Interpretation;
import io.sqlassist.schema.Catalog;
import io.sqlassist.wire.Attempt;
import io.sqlassist.wire.Confidence;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Rule-based NL→SQL without a model: reads only catalog metadata and the value index, never names a
 * dataset's tables. Thread-safe; per-catalog structures are built once and cached by catalog identity.
 */
public final class OfflineSqlGenerator implements SqlGenerator {
    public static final int DEFAULT_LISTING_LIMIT = 100;

    private final ValueIndex values;
    private final Synonyms synonyms;
    private final int listingLimit;
    private final Map<Catalog, CatalogModel> models = Collections.synchronizedMap(new WeakHashMap<>());

    public OfflineSqlGenerator(ValueIndex values, Synonyms synonyms) {
        this(values, synonyms, DEFAULT_LISTING_LIMIT);
    }

    public OfflineSqlGenerator(ValueIndex values, Synonyms synonyms, int listingLimit) {
        this.values = requireNonNull(values, "values is null");
        this.synonyms = requireNonNull(synonyms, "synonyms is null");
        if (listingLimit <= 0) {
            throw new IllegalArgumentException("listingLimit must be positive");
        }
        this.listingLimit = listingLimit;
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public GeneratedSql generate(GenerationRequest request) {
        CatalogModel model = model(request.catalog());
        QuestionInterpreter interpreter = new QuestionInterpreter(model, values);
        SqlWriter writer = new SqlWriter(model, listingLimit);
        Interpretation base = interpreter.interpret(request.question());
        if (request.feedback() != null && !request.feedback().isBlank()) {
            return refine(request, interpreter, writer, base);
        }
        if (base.plan() == null) {
            return GeneratedSql.refused(base.refusal());
        }
        GeneratedSql sql = render(writer, base);
        if (request.validationError() != null && !sql.isRefused() && isEarlier(request, sql.sql())) {
            return GeneratedSql.refused("the only reading I have of the question was rejected: "
                    + request.validationError());
        }
        return sql;
    }

    private GeneratedSql refine(GenerationRequest request, QuestionInterpreter interpreter, SqlWriter writer,
                                Interpretation base) {
        String feedback = request.feedback().trim();
        if (base.plan() == null) {
            // the feedback may complete a question that was too vague on its own
            Interpretation combined = interpreter.interpret(request.question() + " " + feedback);
            if (combined.plan() == null) {
                return GeneratedSql.refused("I could not apply the feedback \"" + feedback + "\": " + combined.refusal());
            }
            return differentOrRefuse(request, render(writer, combined), feedback);
        }
        Interpretation amended = interpreter.amend(base.plan(), feedback);
        if (amended.plan() == null) {
            return GeneratedSql.refused(amended.refusal());
        }
        GeneratedSql sql = render(writer, amended);
        if (!sql.isRefused() && isEarlier(request, sql.sql())) {
            Interpretation combined = interpreter.interpret(request.question() + " " + feedback);
            if (combined.plan() != null) {
                GeneratedSql alt = render(writer, combined);
                if (!alt.isRefused() && !isEarlier(request, alt.sql())) {
                    return alt;
                }
            }
        }
        return differentOrRefuse(request, sql, feedback);
    }

    private static GeneratedSql differentOrRefuse(GenerationRequest request, GeneratedSql sql, String feedback) {
        if (!sql.isRefused() && isEarlier(request, sql.sql())) {
            return GeneratedSql.refused("applying the feedback \"" + feedback + "\" gives the same SQL as before");
        }
        return sql;
    }

    private static boolean isEarlier(GenerationRequest request, String sql) {
        String norm = normalise(sql);
        for (Attempt a : request.earlierAttempts()) {
            if (a.sql() != null && normalise(a.sql()).equals(norm)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String sql) {
        return sql.replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static GeneratedSql render(SqlWriter writer, Interpretation in) {
        SqlWriter.Written w = writer.write(in.plan());
        if (w == null) {
            return GeneratedSql.refused("the tables the question needs are not connected by foreign keys");
        }
        String explanation = w.explanation();
        if (!in.unplaced().isEmpty()) {
            explanation += " Ignored: " + String.join(", ", in.unplaced()) + ".";
        }
        Confidence c = in.confidence();
        return GeneratedSql.of(w.sql(), explanation, c, w.tables());
    }

    CatalogModel model(Catalog catalog) {
        synchronized (models) {
            return models.computeIfAbsent(catalog, c -> new CatalogModel(c, synonyms));
        }
    }
}
