package io.sqlassist.guard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The function allowlists, one per engine, read from {@code sqlassist/guard/*-functions.txt}: what a query may
 * call, and for the functions whose arguments size their result, what those arguments may be.
 */
final class FunctionRules {
    /** What an allowed function's arguments must satisfy. */
    enum Kind { NONE, SIZE, FORMAT, REGEX, COUNT }

    /**
     * @param kind     the rule
     * @param argument 1-based argument the rule judges (SIZE, FORMAT, REGEX)
     * @param max      largest value the argument may have (SIZE)
     */
    record Rule(Kind kind, int argument, long max) {
        static final Rule NONE = new Rule(Kind.NONE, 0, 0);

        boolean sizesResult() {
            return kind == Kind.SIZE || kind == Kind.COUNT;
        }
    }

    private static final FunctionRules ATHENA = new FunctionRules(load("athena-functions.txt"), null);
    private static final FunctionRules DUCKDB = new FunctionRules(load("duckdb-functions.txt"),
            names("duckdb-known-functions.txt"));

    private final Map<String, Rule> allowed;
    private final Set<String> known;

    private FunctionRules(Map<String, Rule> allowed, Set<String> known) {
        this.allowed = Map.copyOf(allowed);
        this.known = known == null ? this.allowed.keySet() : Set.copyOf(known);
    }

    static FunctionRules of(SqlEngine engine) {
        return engine == SqlEngine.ATHENA ? ATHENA : DUCKDB;
    }

    boolean allows(String name) {
        return allowed.containsKey(lower(name));
    }

    /** True when the engine has a function of this name at all, allowed or not. */
    boolean knows(String name) {
        return known.contains(lower(name)) || allows(name);
    }

    Rule rule(String name) {
        return allowed.getOrDefault(lower(name), Rule.NONE);
    }

    /**
     * Why {@code name} may not be called on {@code engine}; empty when it may. A function DuckDB does not have at
     * all but Athena allows passes here: it cannot run on DuckDB, and the dry run says so in the engine's words.
     */
    static Optional<String> refusal(String name, SqlEngine engine) {
        FunctionRules rules = of(engine);
        if (rules.allows(name)) {
            return Optional.empty();
        }
        if (engine == SqlEngine.DUCKDB && !rules.knows(name) && ATHENA.allows(name)) {
            return Optional.empty();
        }
        return Optional.of("function " + name + " is not allowed: it is not on the list of functions queries may"
                + " call on " + engine.displayName() + " (reading files or settings, running SQL text, sleeping and"
                + " engine internals are left off)");
    }

    /**
     * The rules for {@code name} from every engine's list that has it: a function whose arguments size its result
     * on one engine is held to that on both, so that a verdict does not depend on the signature an engine picks.
     */
    static java.util.List<Rule> rulesFor(String name) {
        java.util.List<Rule> rules = new java.util.ArrayList<>();
        for (FunctionRules engine : java.util.List.of(ATHENA, DUCKDB)) {
            Rule rule = engine.rule(name);
            if (rule.kind() != Kind.NONE && !rules.contains(rule)) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static Map<String, Rule> load(String resource) {
        Map<String, Rule> rules = new HashMap<>();
        for (String line : lines(resource)) {
            String[] fields = line.split("\\s+");
            rules.put(lower(fields[0]), parseRule(resource, line, fields));
        }
        return rules;
    }

    private static Rule parseRule(String resource, String line, String[] fields) {
        if (fields.length == 1) {
            return Rule.NONE;
        }
        try {
            return switch (fields[1]) {
                case "size" -> new Rule(Kind.SIZE, Integer.parseInt(fields[2]), Long.parseLong(fields[3]));
                case "format" -> new Rule(Kind.FORMAT, Integer.parseInt(fields[2]), 0);
                case "regex" -> new Rule(Kind.REGEX, Integer.parseInt(fields[2]), 0);
                case "count" -> new Rule(Kind.COUNT, 0, 0);
                default -> throw new IllegalArgumentException("unknown rule " + fields[1]);
            };
        } catch (RuntimeException e) {
            throw new IllegalStateException(resource + ": cannot read the rule in '" + line + "': " + e.getMessage(), e);
        }
    }

    private static Set<String> names(String resource) {
        Set<String> names = new HashSet<>();
        for (String line : lines(resource)) {
            names.add(lower(line.strip()));
        }
        return names;
    }

    /** Lines that are neither blank nor comments. */
    private static java.util.List<String> lines(String resource) {
        try (InputStream in = FunctionRules.class.getResourceAsStream("/sqlassist/guard/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource sqlassist/guard/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
