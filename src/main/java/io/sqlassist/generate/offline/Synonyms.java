package io.sqlassist.generate.offline;

/** Placeholder: replaced by the synonym file loader. */
public final class Synonyms {
    public static Synonyms defaults() {
        return new Synonyms();
    }
}
