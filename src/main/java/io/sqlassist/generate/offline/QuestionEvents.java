package io.sqlassist.generate.offline;

import io.sqlassist.generate.offline.CatalogModel.ColumnInfo;
import io.sqlassist.generate.offline.CatalogModel.Hit;
import io.sqlassist.generate.offline.CatalogModel.TableInfo;
import io.sqlassist.generate.offline.QueryPlan.Agg;
import io.sqlassist.generate.offline.ValueIndex.ValueHit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a question into events in word order: keywords (aggregates, grouping, ordering, negation),
 * date and number conditions, values found in the data, and mentions of tables and columns.
 * Words no event claims are what the engine could not place.
 */
final class QuestionEvents {
    enum Kind { AGG, GROUP, SORT, SUPER, DISTINCT, NEG, MENTION, VALUE, NUMCOND, DATECOND, LIMIT, TIMEUNIT, DIR, ALPHA,
        ALSO, INSTEAD, RECENT }

    static final class Event {
        final Kind kind;
        final int start;
        final int end;
        Agg agg;
        boolean desc;
        List<Hit> hits = List.of();
        List<ValueHit> values = List.of();
        String op;
        BigDecimal number;
        BigDecimal number2;
        DatePhrase date;
        Integer limit;
        String unit;
        String concept;
        boolean used;

        Event(Kind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }

        boolean isTable() {
            return !hits.isEmpty() && hits.get(0).element() instanceof TableInfo;
        }

        int bestStrength() {
            return hits.isEmpty() ? 0 : hits.get(0).strength();
        }

        @Override
        public String toString() {
            return kind + "[" + start + "," + end + ")" + (hits.isEmpty() ? "" : hits) + (values.isEmpty() ? "" : values);
        }
    }

    /** Function words: never a mention, never unplaced. */
    static final Set<String> STOP = words("a", "an", "the", "of", "in", "on", "at", "for", "to", "from", "with",
            "and", "or", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had",
            "what", "whats", "which", "who", "whose", "whom", "how", "me", "my", "our", "we", "us", "you", "your", "i",
            "it", "its", "their", "them", "they", "there", "that", "this", "these", "those", "all", "any", "please",
            "show", "list", "give", "get", "find", "tell", "display", "see", "want", "need", "know", "can", "could",
            "would", "should", "will", "let", "return", "fetch", "pull", "provide", "up", "out", "about", "some",
            "also", "just", "only", "so", "yet", "where", "than", "as", "into", "via", "but", "then", "s", "like",
            "much", "many", "by", "per", "she", "he", "his", "her", "while", "ago", "when", "too", "well", "again",
            "rather", "instead", "whats", "if", "each", "every", "both", "either", "any", "same", "else", "other");
    /** Generic words that carry no meaning of their own here: may still be mentions, but never unplaced. */
    static final Set<String> FILLER = words("whole", "entire", "currently", "ever", "far", "placed", "made", "make",
            "bought", "buy", "got", "exist", "existing", "record", "records", "row", "rows", "entry", "entries",
            "data", "detail", "details", "info", "information", "value", "values", "figure", "figures", "stats",
            "across", "among", "come", "came", "live", "lives", "living", "located", "based", "one", "ones",
            "number", "overall", "time", "times", "done", "ordered", "kind", "kinds", "type", "types", "sort",
            "order", "using", "use", "used", "right", "now", "here", "belong", "belongs", "belonging",
            "registered", "include", "including", "included", "contain", "contains", "containing", "within", "more",
            "less", "amount", "count", "total", "happen", "happened", "date", "dates", "look", "looking",
            "interested", "breakdown", "break", "down", "split", "grouped", "group", "top", "rank", "ranked",
            "sorted", "first", "highest", "lowest", "add", "remove", "drop", "sum", "average", "mean", "name",
            "names", "everything", "everyone", "people", "result", "results", "currently", "recorded", "listed",
            "available", "ones", "any", "much", "level", "status", "happen", "having", "showing", "shows", "been",
            "were", "bring", "want", "went", "goes", "gave", "get", "got", "recently", "company", "our", "business",
            "per", "still", "common", "frequent", "frequently", "often", "usual", "usually", "yes", "ok", "okay", "thanks", "thank", "sorry", "actually", "instead", "them", "those");

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static final String[][] COUNT = {{"how", "many"}, {"total", "number", "of"}, {"number", "of"},
            {"count", "of"}, {"count"}, {"how", "often"}};
    private static final String[][] SUM = {{"how", "much"}, {"sum", "of"}, {"sum"}, {"total"}, {"combined"}};
    private static final String[][] AVG = {{"average"}, {"avg"}, {"mean"}, {"typical"}, {"on", "average"}};
    private static final String[][] MAX = {{"maximum"}, {"max"}};
    private static final String[][] MIN = {{"minimum"}, {"min"}};
    private static final String[][] GROUP = {{"broken", "down", "by"}, {"break", "down", "by"}, {"grouped", "by"},
            {"group", "by"}, {"split", "by"}, {"for", "each"}, {"for", "every"}, {"in", "each"}, {"per"}, {"by"},
            {"each"}};
    private static final String[][] SORT = {{"sorted", "by"}, {"sort", "by"}, {"ordered", "by"}, {"order", "by"},
            {"ranked", "by"}, {"rank", "by"}, {"sorted", "on"}, {"sort", "on"}};
    private static final String[][] DESC_WORDS = {{"most", "recent"}, {"most"}, {"highest"}, {"largest"}, {"biggest"},
            {"greatest"}, {"best"}, {"top"}};
    private static final String[][] ASC_WORDS = {{"least"}, {"lowest"}, {"smallest"}, {"fewest"}, {"worst"},
            {"bottom"}};
    private static final Map<String, String> CONCEPT_SUPERLATIVES = Map.of("cheapest", "asc:cheap", "priciest",
            "desc:expensive", "newest", "desc:date", "latest", "desc:date", "oldest", "asc:date", "earliest",
            "asc:date", "youngest", "desc:date", "longest", "desc:length", "shortest", "asc:length");
    private static final String[][] DIR_DESC = {{"descending"}, {"desc"}, {"highest", "first"}, {"largest", "first"},
            {"biggest", "first"}, {"newest", "first"}, {"latest", "first"}, {"most", "recent", "first"},
            {"high", "to", "low"}};
    private static final String[][] DIR_ASC = {{"ascending"}, {"asc"}, {"lowest", "first"}, {"smallest", "first"},
            {"oldest", "first"}, {"earliest", "first"}, {"low", "to", "high"}, {"cheapest", "first"}};
    private static final String[][] NEG = {{"other", "than"}, {"not"}, {"no"}, {"excluding"}, {"except"},
            {"exclude"}, {"never"}, {"non"}, {"isn"}, {"aren"}, {"don"}, {"doesn"}, {"wasn"}, {"weren"}, {"without"}};
    private static final String[][] OPS_GT = {{"more", "than"}, {"greater", "than"}, {"higher", "than"},
            {"larger", "than"}, {"bigger", "than"}, {"over"}, {"above"}, {"exceeding"}, {"exceeds"}, {"exceed"},
            {"more", "then"}, {">"}};
    private static final String[][] OPS_GE = {{"at", "least"}, {"no", "less", "than"}, {"minimum", "of"},
            {"not", "less", "than"}, {">="}};
    private static final String[][] OPS_LT = {{"less", "than"}, {"fewer", "than"}, {"lower", "than"},
            {"smaller", "than"}, {"cheaper", "than"}, {"under"}, {"below"}, {"less", "then"}, {"<"}};
    private static final String[][] OPS_LE = {{"at", "most"}, {"no", "more", "than"}, {"not", "more", "than"},
            {"up", "to"}, {"maximum", "of"}, {"<="}};
    private static final String[][] OPS_EQ = {{"exactly"}, {"equal", "to"}, {"equals"}, {"="}};
    private static final Map<String, String> TIME_ADJ = Map.of("monthly", "month", "daily", "day", "weekly", "week",
            "yearly", "year", "annually", "year", "annual", "year", "quarterly", "quarter");
    private static final Set<String> VALUE_BLOCK_NEXT = Set.of("to", "from", "via", "by", "on", "at", "in", "with",
            "using", "through");

    final List<QuestionToken> tokens;
    final Event[] owner;
    final List<Event> events = new ArrayList<>();
    private final CatalogModel model;
    private final ValueIndex values;

    QuestionEvents(String text, CatalogModel model, ValueIndex values) {
        this.tokens = QuestionToken.tokenize(text);
        this.owner = new Event[tokens.size()];
        this.model = model;
        this.values = values;
        scanDates();
        scanNumbers();
        scanKeywords();
        scanValues();
        scanMentions();
        events.sort(Comparator.comparingInt(e -> e.start));
    }

    private boolean free(int from, int to) {
        if (to > tokens.size()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (owner[i] != null) {
                return false;
            }
        }
        return true;
    }

    private Event claim(Kind kind, int start, int end) {
        Event e = new Event(kind, start, end);
        for (int i = start; i < end; i++) {
            owner[i] = e;
        }
        events.add(e);
        return e;
    }

    private int match(int i, String[][] phrases) {
        for (String[] p : phrases) {
            if (i + p.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < p.length && ok; k++) {
                ok = tokens.get(i + k).lower().equals(p[k]) && owner[i + k] == null;
            }
            if (ok) {
                return p.length;
            }
        }
        return 0;
    }

    private void scanDates() {
        for (int i = 0; i < tokens.size(); i++) {
            if (owner[i] != null) {
                continue;
            }
            DatePhrase d = DatePhrase.parse(tokens, i);
            if (d != null && free(d.start(), d.end())) {
                claim(Kind.DATECOND, d.start(), d.end()).date = d;
                i = d.end() - 1;
            }
        }
    }

    private void scanNumbers() {
        for (int i = 0; i < tokens.size(); i++) {
            if (owner[i] != null) {
                continue;
            }
            if (tokens.get(i).is("between") && i + 3 < tokens.size() && tokens.get(i + 1).isNumber()
                    && tokens.get(i + 2).is("and") && tokens.get(i + 3).isNumber() && free(i, i + 4)) {
                Event e = claim(Kind.NUMCOND, i, i + 4);
                e.op = "BETWEEN";
                e.number = tokens.get(i + 1).number();
                e.number2 = tokens.get(i + 3).number();
                continue;
            }
            String op = null;
            int len;
            if ((len = match(i, OPS_GE)) > 0) {
                op = ">=";
            } else if ((len = match(i, OPS_LE)) > 0) {
                op = "<=";
            } else if ((len = match(i, OPS_GT)) > 0) {
                op = ">";
            } else if ((len = match(i, OPS_LT)) > 0) {
                op = "<";
            } else if ((len = match(i, OPS_EQ)) > 0) {
                op = "=";
            }
            if (op != null) {
                int at = i + len;
                if (at < tokens.size() && tokens.get(at).is("a", "an", "the")) {
                    at++;
                }
                if (at < tokens.size() && tokens.get(at).isNumber() && owner[at] == null) {
                    Event e = claim(Kind.NUMCOND, i, at + 1);
                    e.op = op;
                    e.number = tokens.get(at).number();
                    i = at;
                    continue;
                }
            }
            QuestionToken t = tokens.get(i);
            if (t.isNumber() && i + 2 < tokens.size() && tokens.get(i + 1).is("or")
                    && tokens.get(i + 2).is("more", "less", "fewer", "above", "below", "higher", "lower", "over", "under")) {
                Event e = claim(Kind.NUMCOND, i, i + 3);
                e.op = tokens.get(i + 2).is("more", "above", "higher", "over") ? ">=" : "<=";
                e.number = t.number();
                continue;
            }
            if (t.is("top", "first", "bottom") && i + 1 < tokens.size() && tokens.get(i + 1).isNumber() && free(i, i + 2)) {
                Event e = claim(Kind.LIMIT, i, i + 2);
                e.limit = tokens.get(i + 1).number().intValue();
                if (!t.is("first")) {
                    Event s = claim(Kind.SUPER, i, i);
                    s.desc = !t.is("bottom");
                }
                i++;
                continue;
            }
            if (t.is("last", "latest", "newest") && i + 1 < tokens.size() && tokens.get(i + 1).isNumber() && free(i, i + 2)) {
                claim(Kind.LIMIT, i, i + 2).limit = tokens.get(i + 1).number().intValue();
                claim(Kind.RECENT, i, i).desc = true;
                i++;
                continue;
            }
            if (t.is("most") && i + 2 < tokens.size() && tokens.get(i + 1).is("recent") && tokens.get(i + 2).isNumber()) {
                claim(Kind.LIMIT, i, i + 3).limit = tokens.get(i + 2).number().intValue();
                claim(Kind.RECENT, i, i).desc = true;
                i += 2;
                continue;
            }
        }
    }

    private void scanKeywords() {
        for (int i = 0; i < tokens.size(); i++) {
            if (owner[i] != null) {
                continue;
            }
            QuestionToken t = tokens.get(i);
            int len;
            if ((len = match(i, DIR_DESC)) > 0) {
                claim(Kind.DIR, i, i + len).desc = true;
            } else if ((len = match(i, DIR_ASC)) > 0) {
                claim(Kind.DIR, i, i + len).desc = false;
            } else if ((len = match(i, COUNT)) > 0) {
                claim(Kind.AGG, i, i + len).agg = Agg.COUNT;
            } else if ((len = match(i, AVG)) > 0) {
                claim(Kind.AGG, i, i + len).agg = Agg.AVG;
            } else if ((len = match(i, SUM)) > 0) {
                claim(Kind.AGG, i, i + len).agg = Agg.SUM;
            } else if ((len = match(i, MAX)) > 0) {
                claim(Kind.AGG, i, i + len).agg = Agg.MAX;
            } else if ((len = match(i, MIN)) > 0) {
                claim(Kind.AGG, i, i + len).agg = Agg.MIN;
            } else if ((len = match(i, SORT)) > 0) {
                claim(Kind.SORT, i, i + len);
            } else if ((len = match(i, GROUP)) > 0 && !passiveBy(i, len)) {
                int next = i + len;
                if (next < tokens.size() && TIME_UNIT_WORDS.contains(tokens.get(next).lower()) && owner[next] == null) {
                    Event e = claim(Kind.TIMEUNIT, i, next + 1);
                    e.unit = DatePhrase.unit(tokens.get(next).lower()).toLowerCase(java.util.Locale.ROOT);
                } else {
                    claim(Kind.GROUP, i, i + len);
                }
            } else if (TIME_ADJ.containsKey(t.lower())) {
                claim(Kind.TIMEUNIT, i, i + 1).unit = TIME_ADJ.get(t.lower());
            } else if (CONCEPT_SUPERLATIVES.containsKey(t.lower())) {
                String[] v = CONCEPT_SUPERLATIVES.get(t.lower()).split(":");
                Event e = claim(Kind.SUPER, i, i + 1);
                e.desc = v[0].equals("desc");
                e.concept = v[1];
            } else if ((len = match(i, DESC_WORDS)) > 0) {
                Event e = claim(Kind.SUPER, i, i + len);
                e.desc = true;
                if (len == 2) {
                    e.concept = "date";
                }
            } else if ((len = match(i, ASC_WORDS)) > 0) {
                claim(Kind.SUPER, i, i + len).desc = false;
            } else if (t.is("distinct", "unique", "different")) {
                claim(Kind.DISTINCT, i, i + 1);
            } else if (t.is("alphabetically", "alphabetical")) {
                claim(Kind.ALPHA, i, i + 1);
            } else if (t.is("also", "add", "plus", "include", "too", "additionally")) {
                claim(Kind.ALSO, i, i + 1);
            } else if (t.is("instead", "rather")) {
                claim(Kind.INSTEAD, i, i + 1);
            } else if ((len = match(i, NEG)) > 0) {
                claim(Kind.NEG, i, i + len);
            }
        }
    }

    /** "borrowed by", "written by": agent of a passive verb, not a grouping. */
    private boolean passiveBy(int i, int len) {
        if (len != 1 || !tokens.get(i).is("by") || i == 0) {
            return false;
        }
        String prev = tokens.get(i - 1).lower();
        if (Set.of("made", "done", "sold", "bought", "paid", "sent", "held", "kept", "won", "led", "run", "put",
                "set", "lent", "spent", "taught", "brought", "caught", "built", "read").contains(prev)) {
            return true;
        }
        return (prev.endsWith("ed") || prev.endsWith("en")) && !Set.of("grouped", "sorted", "ordered", "ranked",
                "broken", "split", "listed", "arranged", "organized", "organised").contains(prev);
    }

    private static final Set<String> TIME_UNIT_WORDS = Set.of("day", "days", "week", "weeks", "month", "months",
            "year", "years", "quarter", "quarters");

    private void scanValues() {
        int longest = Math.min(values.longestKeyWords(), 5);
        for (int i = 0; i < tokens.size(); i++) {
            for (int len = Math.min(longest, tokens.size() - i); len >= 1; len--) {
                if (!free(i, i + len)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    if (k > 0) {
                        key.append(' ');
                    }
                    key.append(tokens.get(i + k).lower());
                }
                List<ValueHit> hits = values.lookup(key.toString());
                if (hits.isEmpty()) {
                    StringBuilder stems = new StringBuilder();
                    for (int k = 0; k < len; k++) {
                        stems.append(k > 0 ? " " : "").append(tokens.get(i + k).stem());
                    }
                    // only plural-like variants: "cats" finds "cat", "shipping" must not find "shipped"
                    String typed = key.toString();
                    hits = values.lookupStemmed(stems.toString()).stream()
                            .filter(h -> typed.startsWith(ValueIndex.normalise(h.value()))).toList();
                }
                if (hits.isEmpty()) {
                    continue;
                }
                if (len == 1 && !acceptSingleWordValue(i)) {
                    continue;
                }
                claim(Kind.VALUE, i, i + len).values = hits;
                i += len - 1;
                break;
            }
        }
    }

    /** A one-word value loses to a table name, and to a column word used as a verb ("shipped to Germany"). */
    private boolean acceptSingleWordValue(int i) {
        QuestionToken t = tokens.get(i);
        if (STOP.contains(t.lower()) || t.isNumber()) {
            return false;
        }
        for (Hit h : model.lookup(t.stem())) {
            if (h.element() instanceof TableInfo && h.strength() >= CatalogModel.FULL) {
                return false;
            }
        }
        boolean nextIsPreposition = i + 1 < tokens.size() && VALUE_BLOCK_NEXT.contains(tokens.get(i + 1).lower());
        if (nextIsPreposition) {
            for (Hit h : model.lookup(t.stem())) {
                if (h.strength() >= CatalogModel.PART) {
                    return false;
                }
            }
        }
        return true;
    }

    private void scanMentions() {
        int longest = Math.min(model.longestPhrase + 1, 4);
        for (int i = 0; i < tokens.size(); i++) {
            if (owner[i] != null) {
                continue;
            }
            for (int len = Math.min(longest, tokens.size() - i); len >= 1; len--) {
                if (!free(i, i + len)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    if (k > 0) {
                        key.append(' ');
                    }
                    key.append(tokens.get(i + k).stem());
                }
                if (len == 1 && STOP.contains(tokens.get(i).lower())) {
                    break;
                }
                if (len > 1 && pluralTableWord(tokens.get(i))) {
                    // "products cost less": a plural table word is the subject, not a modifier of the next word
                    continue;
                }
                List<Hit> hits = new ArrayList<>(model.lookup(key.toString()));
                if (hits.isEmpty() && len == 1) {
                    hits.addAll(negatedBoolean(tokens.get(i).lower()));
                }
                if (hits.isEmpty() || (len > 1 && hits.stream().allMatch(h -> h.strength() < CatalogModel.PART))) {
                    continue;
                }
                hits.sort(Comparator.comparingInt((Hit h) -> -h.strength())
                        .thenComparingInt(h -> h.element() instanceof TableInfo ? 0 : 1));
                Event e = claim(Kind.MENTION, i, i + len);
                e.hits = hits;
                i += len - 1;
                break;
            }
        }
    }

    private boolean pluralTableWord(QuestionToken t) {
        if (!t.lower().endsWith("s") || t.lower().endsWith("ss")) {
            return false;
        }
        for (Hit h : model.lookup(t.stem())) {
            if (h.element() instanceof TableInfo && h.strength() >= CatalogModel.FULL) {
                return true;
            }
        }
        return false;
    }

    /** "inactive" / "unpaid" name the false side of a boolean column ("is_active"). */
    private List<Hit> negatedBoolean(String word) {
        for (String prefix : List.of("non", "in", "un")) {
            if (word.startsWith(prefix) && word.length() > prefix.length() + 2) {
                String rest = WordStemmer.stem(word.substring(prefix.length()));
                List<Hit> out = new ArrayList<>();
                for (Hit h : model.lookup(rest)) {
                    if (h.element() instanceof ColumnInfo c && c.bool()) {
                        out.add(new Hit(c, -h.strength()));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return List.of();
    }

    /** Content words no event claimed, as typed. */
    List<String> unplaced() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            QuestionToken t = tokens.get(i);
            if (owner[i] == null && !STOP.contains(t.lower()) && !FILLER.contains(t.lower()) && !t.isNumber()
                    && t.lower().length() > 1) {
                out.add(t.raw());
            }
        }
        return out;
    }

    int contentWords() {
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            QuestionToken t = tokens.get(i);
            if (owner[i] != null || (!STOP.contains(t.lower()) && !FILLER.contains(t.lower()) && t.lower().length() > 1)) {
                n++;
            }
        }
        return n;
    }

    /** Stems of all words outside the given event, for scoring how well a candidate fits the rest of the question. */
    List<String> otherStems(Event except) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if ((except == null || i < except.start || i >= except.end) && !STOP.contains(tokens.get(i).lower())) {
                out.add(tokens.get(i).stem());
            }
        }
        return out;
    }
}
