package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a test corpus: each case starts with a line {@code --- name}; the SQL runs to the next such line.
 * Lines before the first case are a file header. {@code <U+200B>}-style escapes stand for invisible characters.
 */
public final class SqlCorpus {
    private static final String CASE_MARKER = "--- ";
    private static final Pattern CODE_POINT_ESCAPE = Pattern.compile("<U\\+([0-9A-Fa-f]{4,6})>");

    public record SqlCase(String name, String sql) {
        public SqlCase {
            requireNonNull(name, "name is null");
            requireNonNull(sql, "sql is null");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private SqlCorpus() {
    }

    public static List<SqlCase> load(String resource) {
        try (InputStream in = SqlCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SqlCase> parse(String text) {
        List<SqlCase> cases = new ArrayList<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(CASE_MARKER)) {
                if (name != null) {
                    cases.add(new SqlCase(name, finish(sql)));
                }
                name = line.substring(CASE_MARKER.length()).strip();
                sql.setLength(0);
            } else if (name != null) {
                sql.append(line).append('\n');
            }
        }
        if (name != null) {
            cases.add(new SqlCase(name, finish(sql)));
        }
        return cases;
    }

    private static String finish(StringBuilder sql) {
        String text = sql.toString();
        // keep inner whitespace exactly; only the newline that precedes the next marker is not part of the case
        while (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        Matcher m = CODE_POINT_ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
