package io.sqlassist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a JSONL questions file; blank lines are skipped, any other bad line is a usage error with its number. */
public final class EvalQuestionReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalQuestionReader() {
    }

    public static List<EvalQuestion> read(Path file) throws EvalUsageException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalUsageException("cannot read questions file " + file + ": " + e.getMessage(), e);
        }
        List<EvalQuestion> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new EvalUsageException(file + " line " + lineNo + ": not valid JSON: "
                        + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
            }
            String id = text(node, "id", file, lineNo);
            String question = text(node, "question", file, lineNo);
            String gold = text(node, "gold_sql", file, lineNo);
            if (!ids.add(id)) {
                throw new EvalUsageException(file + " line " + lineNo + ": duplicate id '" + id + "'");
            }
            out.add(new EvalQuestion(id, question, gold));
        }
        if (out.isEmpty()) {
            throw new EvalUsageException(file + " holds no questions");
        }
        return out;
    }

    private static String text(JsonNode node, String field, Path file, int lineNo) throws EvalUsageException {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new EvalUsageException(file + " line " + lineNo + ": missing or empty \"" + field + "\"");
        }
        return v.asText();
    }
}
