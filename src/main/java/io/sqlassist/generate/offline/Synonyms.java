package io.sqlassist.generate.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps words a user says to words a schema uses. Lines look like {@code term: alt1, alt2, two words};
 * everything is stemmed, so plural and tense do not matter. Immutable.
 */
public final class Synonyms {
    private static final String RESOURCE = "/sqlassist/synonyms.txt";
    private final Map<String, Set<String>> canonicalByAlternative;

    private Synonyms(Map<String, Set<String>> canonicalByAlternative) {
        this.canonicalByAlternative = canonicalByAlternative;
    }

    public static Synonyms empty() {
        return new Synonyms(Map.of());
    }

    public static Synonyms defaults() {
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new Synonyms(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), new HashMap<>()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults merged with a user file in the same format. */
    public static Synonyms load(Path file) {
        try {
            Synonyms base = defaults();
            Map<String, Set<String>> merged = new HashMap<>();
            base.canonicalByAlternative.forEach((k, v) -> merged.put(k, new LinkedHashSet<>(v)));
            return new Synonyms(parse(Files.readString(file, StandardCharsets.UTF_8), merged));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonyms file " + file, e);
        }
    }

    private static Map<String, Set<String>> parse(String text, Map<String, Set<String>> into) {
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
                int colon = content.indexOf(':');
                if (content.isEmpty() || colon <= 0) {
                    continue;
                }
                String canonical = WordStemmer.stemPhrase(content.substring(0, colon));
                for (String alt : content.substring(colon + 1).split(",")) {
                    String key = WordStemmer.stemPhrase(alt);
                    if (!key.isEmpty() && !canonical.isEmpty()) {
                        into.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(canonical);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(into);
    }

    /** Canonical stems for a stemmed word or phrase; empty when it has none. */
    public Set<String> canonical(String stemPhrase) {
        return canonicalByAlternative.getOrDefault(stemPhrase, Set.of());
    }

    List<String> alternatives() {
        return List.copyOf(canonicalByAlternative.keySet());
    }
}
