package io.sqlassist.chart;

import io.sqlassist.wire.ChartType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a chart type the requester asked for in the question itself ("… as a pie chart", "bar graph of …"). */
public final class ChartRequests {
    private static final Pattern ASKED = Pattern.compile("\\b(line|bar|pie)\\s+(?:chart|graph|plot)\\b");

    private ChartRequests() {
    }

    /** @return the explicit type if given, else one named in the question, else null */
    public static ChartType requested(ChartType explicit, String question) {
        if (explicit != null) {
            return explicit;
        }
        if (question == null) {
            return null;
        }
        Matcher m = ASKED.matcher(question.toLowerCase(Locale.ROOT));
        return m.find() ? ChartType.valueOf(m.group(1)) : null;
    }
}
