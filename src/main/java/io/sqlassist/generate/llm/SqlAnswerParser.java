package io.sqlassist.generate.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.wire.Confidence;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's reply under the output contract of {@link PromptBuilder}. Strict on purpose: SQL is never guessed
 * out of prose; anything but the one JSON object (alone, or alone in one fenced block) is a refusal that says why.
 */
public final class SqlAnswerParser {
    static final String UNREADABLE = "the model's answer could not be read: ";

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern FENCED = Pattern.compile("\\A```(?:json)?[ \\t]*\\R(.*?)\\R?```\\z",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    public GeneratedSql parse(String reply) {
        if (reply == null || reply.isBlank()) {
            return unreadable("it was empty");
        }
        String text = reply.strip();
        Matcher fenced = FENCED.matcher(text);
        if (fenced.matches()) {
            text = fenced.group(1).strip();
        }
        if (!text.startsWith("{")) {
            return unreadable("it is not a JSON object");
        }
        JsonNode answer;
        try {
            answer = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            return unreadable("it is not one valid JSON object (" + e.getOriginalMessage() + ")");
        }
        return read(answer);
    }

    private static GeneratedSql read(JsonNode answer) {
        if (!answer.isObject()) {
            return unreadable("it is not a JSON object");
        }
        JsonNode sql = answer.get("sql");
        JsonNode refusal = answer.get("refusal");
        boolean hasSql = sql != null && !sql.isNull();
        boolean hasRefusal = refusal != null && !refusal.isNull();
        if (hasSql == hasRefusal) {
            return unreadable(hasSql ? "it has both \"sql\" and \"refusal\"" : "it has neither \"sql\" nor \"refusal\"");
        }
        if (hasRefusal) {
            if (!refusal.isTextual() || refusal.asText().isBlank()) {
                return unreadable("\"refusal\" is not a non-empty string");
            }
            return GeneratedSql.refused(refusal.asText().strip());
        }
        if (!sql.isTextual()) {
            return unreadable("\"sql\" is not a string");
        }
        String statement = trimSemicolons(sql.asText());
        if (statement.isEmpty()) {
            return unreadable("\"sql\" is empty");
        }
        JsonNode explanation = answer.get("explanation");
        if (explanation != null && !explanation.isNull() && !explanation.isTextual()) {
            return unreadable("\"explanation\" is not a string");
        }
        JsonNode confidenceNode = answer.get("confidence");
        Confidence confidence = Confidence.low;
        if (confidenceNode != null && !confidenceNode.isNull()) {
            if (!confidenceNode.isTextual()) {
                return unreadable("\"confidence\" is not a string");
            }
            try {
                confidence = Confidence.valueOf(confidenceNode.asText());
            } catch (IllegalArgumentException e) {
                return unreadable("\"confidence\" is \"" + confidenceNode.asText() + "\", not high, medium or low");
            }
        }
        List<String> tables = new ArrayList<>();
        JsonNode tablesNode = answer.get("tables");
        if (tablesNode != null && !tablesNode.isNull()) {
            if (!tablesNode.isArray()) {
                return unreadable("\"tables\" is not an array");
            }
            for (Iterator<JsonNode> it = tablesNode.elements(); it.hasNext(); ) {
                JsonNode table = it.next();
                if (!table.isTextual()) {
                    return unreadable("\"tables\" holds something other than strings");
                }
                tables.add(table.asText());
            }
        }
        String explained = explanation == null || explanation.isNull() ? "" : explanation.asText().strip();
        return GeneratedSql.of(statement, explained, confidence, tables);
    }

    private static String trimSemicolons(String sql) {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        return trimmed;
    }

    private static GeneratedSql unreadable(String why) {
        return GeneratedSql.refused(UNREADABLE + why);
    }
}
