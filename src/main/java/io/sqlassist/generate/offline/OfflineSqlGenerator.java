package io.sqlassist.generate.offline;

import io.sqlassist.generate.Confidence;
import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.schema.TableSchema;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Placeholder engine: listing and counting one table named in the question. */
public final class OfflineSqlGenerator implements SqlGenerator {
    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,6})\\b");

    public OfflineSqlGenerator(ValueIndex values, Synonyms synonyms) {
    }

    @Override
    public GeneratedSql generate(GenerationRequest request) {
        String text = (request.question() + " " + (request.feedback() == null ? "" : request.feedback())).toLowerCase(Locale.ROOT);
        TableSchema table = request.catalog().tables().stream()
                .filter(t -> text.contains(t.name().toLowerCase(Locale.ROOT))
                        || text.contains(t.name().toLowerCase(Locale.ROOT).replaceAll("s$", "")))
                .findFirst().orElse(null);
        if (table == null) {
            return GeneratedSql.refused("no table named in: " + request.question());
        }
        if (text.contains("how many")) {
            return GeneratedSql.of("SELECT COUNT(*) AS count FROM " + table.name(), "Counts " + table.name() + ".",
                    Confidence.medium, List.of(table.name()));
        }
        int limit = 100;
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            limit = Integer.parseInt(m.group(1));
        }
        return GeneratedSql.of("SELECT *\nFROM " + table.name() + "\nLIMIT " + limit,
                "Lists " + limit + " rows of " + table.name() + ".", Confidence.medium, List.of(table.name()));
    }

    @Override
    public String name() {
        return "offline";
    }
}
