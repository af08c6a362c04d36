package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.guard.SqlCorpus.SqlCase;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReadOnlyGuardPropertiesTest {
    private static final ReadOnlyGuard GUARD = io.sqlassist.testing.Engines.athenaGuard();

    /** Allowed reads that do not end inside a line comment (which would swallow whatever is appended). */
    private static final List<String> READS = SqlCorpus.load("/guard/allowed.sql").stream()
            .map(SqlCase::sql).filter(sql -> !sql.contains("--")).toList();

    private static final List<String> WRITES = List.of(
            "DROP TABLE orders", "DELETE FROM orders", "INSERT INTO orders VALUES (1)", "UPDATE orders SET a = 1",
            "CREATE TABLE t AS SELECT 1 AS x", "TRUNCATE TABLE orders", "ALTER TABLE orders RENAME TO o",
            "GRANT SELECT ON orders TO USER bob", "SET SESSION x = 'y'", "CALL system.flush()",
            "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "EXPLAIN ANALYZE SELECT 1",
            "CREATE VIEW v AS SELECT 1 AS x", "DROP SCHEMA sales CASCADE", "USE sales", "COMMIT",
            "PREPARE p FROM DELETE FROM t", "EXECUTE IMMEDIATE 'DROP TABLE t'", "COPY orders TO '/tmp/x'",
            "ATTACH '/tmp/x.db'", "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x");

    @Property(tries = 400)
    void aReadFollowedOrPrecededByAWriteIsAlwaysRefused(@ForAll("readThenWrite") String sql) {
        GuardVerdict verdict = GUARD.check(sql);
        assertThat(verdict.allowed()).as(sql).isFalse();
        assertThat(verdict.reasons()).isNotEmpty();
    }

    @Property(tries = 300)
    void aReadAloneIsAllowed(@ForAll("decoratedRead") String sql) {
        assertThat(GUARD.check(sql).reasons()).as(sql).isEmpty();
    }

    @Provide
    Arbitrary<String> readThenWrite() {
        Arbitrary<String> read = decoratedRead(false);
        Arbitrary<String> write = Combinators.combine(Arbitraries.of(WRITES), randomCase())
                .as((w, upper) -> upper == null ? w : (upper ? w.toUpperCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT)));
        return Combinators.combine(read, separator(), write, Arbitraries.of(true, false))
                .as((r, sep, w, readFirst) -> {
                    // Without a ';' a lone keyword after a read (…FROM t COMMIT) is a table alias: one read-only
                    // statement, rightly allowed. Juxtaposition is only a concatenation for multi-word statements.
                    // (a ';' inside a comment of the noise is no separator: ask the lexer)
                    boolean separated = SqlTokens.of(sep).tokens().stream().anyMatch(SqlTokens.SqlToken::isSemicolon);
                    String between = !separated && !w.trim().contains(" ") ? ";" + sep : sep;
                    return readFirst ? r + between + w : w + between + r;
                });
    }

    @Provide
    Arbitrary<String> decoratedRead() {
        return decoratedRead(true);
    }

    /** @param mayEndInLineComment false when something is appended, which a final "-- …" would swallow */
    private static Arbitrary<String> decoratedRead(boolean mayEndInLineComment) {
        Arbitrary<String> read = Combinators.combine(Arbitraries.of(READS), randomCase())
                // changing the case of keywords only: string literals and quoted names must keep their meaning
                .as((r, upper) -> upper == null ? r : keywordCase(r, upper));
        return Combinators.combine(noise(), read, noise(), Arbitraries.of(mayEndInLineComment
                        ? List.of("", ";", " ;", ";\n", "; -- end") : List.of("", ";", " ;", ";\n")))
                .as((before, r, after, end) -> before + r + after + end);
    }

    private static Arbitrary<Boolean> randomCase() {
        return Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.4);
    }

    /** Whitespace and comments that may surround a statement. */
    private static Arbitrary<String> noise() {
        Arbitrary<String> comment = Arbitraries.strings().withChars("abc ;'\"*/-").ofMaxLength(8)
                .filter(s -> !s.contains("*/"))
                .map(s -> "/*" + s + "*/");
        Arbitrary<String> lineComment = Arbitraries.strings().withChars("abc ;'\"*/").ofMaxLength(8)
                .map(s -> "--" + s + "\n");
        Arbitrary<String> whitespace = Arbitraries.strings().withChars(" \t\r\n").ofMaxLength(3);
        return Arbitraries.oneOf(whitespace, comment, lineComment).list().ofMaxSize(3).map(parts -> String.join("", parts));
    }

    /** Between the two statements: usually a ';' wrapped in noise, sometimes nothing but noise. */
    private static Arbitrary<String> separator() {
        return Combinators.combine(noise(), Arbitraries.of(";", ";", ";;", "", " "), noise())
                .as((a, semicolon, b) -> a + semicolon + b + (semicolon.isBlank() && b.isEmpty() ? " " : ""));
    }

    private static String keywordCase(String sql, boolean upper) {
        StringBuilder out = new StringBuilder();
        for (SqlTokens.SqlToken token : SqlTokens.of(sql).tokens()) {
            // keep everything between tokens (spacing, comments) exactly
            out.append(sql, out.length(), token.start());
            boolean plainWord = token.text().chars().allMatch(c -> Character.isLetter(c) || c == '_');
            String text = token.text();
            out.append(plainWord ? (upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT)) : text);
        }
        out.append(sql.substring(out.length()));
        return out.toString();
    }
}
