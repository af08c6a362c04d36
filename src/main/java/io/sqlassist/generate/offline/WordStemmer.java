package io.sqlassist.generate.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Splits identifiers and text into lower-case words and reduces them to stems (Snowball English). */
final class WordStemmer {
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final int CACHE_LIMIT = 50_000;

    private WordStemmer() {
    }

    static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String cached = CACHE.get(lower);
        if (cached != null) {
            return cached;
        }
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(lower);
        stemmer.stem();
        String result = stemmer.getCurrent();
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(lower, result);
        }
        return result;
    }

    /** Words of an identifier or sentence: splits on non-alphanumerics and camelCase, lower-cases. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                boolean camelBreak = Character.isUpperCase(c) && Character.isLowerCase(prev);
                boolean digitBreak = cur.length() > 0 && Character.isDigit(c) != Character.isDigit(prev);
                if ((camelBreak || digitBreak) && cur.length() > 0) {
                    out.add(cur.toString().toLowerCase(Locale.ROOT));
                    cur.setLength(0);
                }
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(cur.toString().toLowerCase(Locale.ROOT));
                cur.setLength(0);
            }
            prev = c;
        }
        if (cur.length() > 0) {
            out.add(cur.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static List<String> stems(String text) {
        return words(text).stream().map(WordStemmer::stem).toList();
    }

    static String stemPhrase(String text) {
        return String.join(" ", stems(text));
    }
}
