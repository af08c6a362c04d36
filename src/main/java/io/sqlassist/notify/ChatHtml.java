package io.sqlassist.notify;

/**
 * The small HTML subset Google Chat renders in card text: {@code <b>}, {@code <i>}, {@code <font color>},
 * {@code <a href>} and {@code <br>}. Everything user-supplied goes through {@link #escape} first.
 */
final class ChatHtml {
    static final String GREEN = "#188038";
    static final String AMBER = "#b06000";
    static final String RED = "#d93025";
    static final String GREY = "#5f6368";

    private ChatHtml() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes the text and keeps its line breaks, which card text would otherwise fold into spaces. */
    static String multiline(String text) {
        return escape(text).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br>");
    }

    static String bold(String html) {
        return "<b>" + html + "</b>";
    }

    static String italic(String html) {
        return "<i>" + html + "</i>";
    }

    static String color(String hexColor, String html) {
        return "<font color=\"" + hexColor + "\">" + html + "</font>";
    }

    static String link(String url, String labelHtml) {
        return "<a href=\"" + escape(url) + "\">" + labelHtml + "</a>";
    }

    /**
     * Text for the message's plain {@code text} field. That field is not HTML, but Chat reads {@code <users/all>}
     * and {@code <url|label>} in it, so angle brackets are swapped for look-alikes to keep user text inert.
     */
    static String inertPlainText(String text) {
        return text == null ? "" : text.replace('<', '‹').replace('>', '›');
    }
}
