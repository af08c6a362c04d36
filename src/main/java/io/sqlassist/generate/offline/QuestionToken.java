package io.sqlassist.generate.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One word or number of a question: as typed, lower-cased and stemmed. */
record QuestionToken(String raw, String lower, String stem, BigDecimal number, boolean isoDate) {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}|\\d[\\d,]*(?:\\.\\d+)?k?|[\\p{L}][\\p{L}\\p{N}_]*(?:'[\\p{L}]+)?|[<>]=?|=");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("dozen", 12));

    boolean isNumber() {
        return number != null;
    }

    boolean is(String... words) {
        for (String w : words) {
            if (lower.equals(w)) {
                return true;
            }
        }
        return false;
    }

    static List<QuestionToken> tokenize(String text) {
        List<QuestionToken> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.replace('’', '\''));
        while (m.find()) {
            String raw = m.group();
            String lower = raw.toLowerCase(Locale.ROOT);
            if (lower.endsWith("'s")) {
                raw = raw.substring(0, raw.length() - 2);
                lower = lower.substring(0, lower.length() - 2);
            } else if (lower.contains("'")) {
                raw = raw.substring(0, raw.indexOf('\''));
                lower = lower.substring(0, lower.indexOf('\''));
            }
            if (lower.isEmpty()) {
                continue;
            }
            boolean iso = lower.length() == 10 && lower.charAt(4) == '-';
            BigDecimal number = null;
            if (!iso && Character.isDigit(lower.charAt(0))) {
                String digits = lower.replace(",", "");
                boolean thousands = digits.endsWith("k");
                if (thousands) {
                    digits = digits.substring(0, digits.length() - 1);
                }
                try {
                    number = new BigDecimal(digits);
                    if (thousands) {
                        number = number.multiply(BigDecimal.valueOf(1000));
                    }
                } catch (NumberFormatException e) {
                    number = null;
                }
            } else if (NUMBER_WORDS.containsKey(lower)) {
                number = BigDecimal.valueOf(NUMBER_WORDS.get(lower));
            }
            String stem = iso || number != null ? lower : WordStemmer.stem(lower);
            out.add(new QuestionToken(raw, lower, stem, number, iso));
        }
        return out;
    }
}
