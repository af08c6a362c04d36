package io.sqlassist.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sqlassist.wire.Json;
import java.util.List;
import java.util.regex.Pattern;

/** The cardsV2 JSON shapes: message, card, section and the two text widgets. */
final class CardJson {
    private static final Pattern UNSAFE_ID_CHARS = Pattern.compile("[^A-Za-z0-9._-]");
    private static final int MAX_ID_CHARS = 64;

    private CardJson() {
    }

    /** {@code {"text": …, "cardsV2": [{"cardId": …, "card": {"header": …, "sections": […]}}]}} */
    static ObjectNode message(String fallbackText, String cardId, String title, String subtitle,
                              List<ObjectNode> sections) {
        ObjectNode card = Json.MAPPER.createObjectNode();
        ObjectNode header = card.putObject("header");
        header.put("title", title);
        header.put("subtitle", subtitle);
        ArrayNode sectionArray = card.putArray("sections");
        sections.forEach(sectionArray::add);

        ObjectNode message = Json.MAPPER.createObjectNode();
        message.put("text", fallbackText);
        ObjectNode cardWithId = message.putArray("cardsV2").addObject();
        cardWithId.put("cardId", cardId);
        cardWithId.set("card", card);
        return message;
    }

    static ObjectNode section(String header, List<ObjectNode> widgets) {
        ObjectNode section = Json.MAPPER.createObjectNode();
        section.put("header", header);
        ArrayNode widgetArray = section.putArray("widgets");
        widgets.forEach(widgetArray::add);
        return section;
    }

    static ObjectNode decoratedText(String topLabel, String html) {
        ObjectNode widget = Json.MAPPER.createObjectNode();
        ObjectNode decorated = widget.putObject("decoratedText");
        decorated.put("topLabel", topLabel);
        decorated.put("text", html);
        decorated.put("wrapText", true);
        return widget;
    }

    static ObjectNode textParagraph(String html) {
        ObjectNode widget = Json.MAPPER.createObjectNode();
        widget.putObject("textParagraph").put("text", html);
        return widget;
    }

    /** Stable per thread and kind, e.g. {@code approval-2b1f…}; safe characters only, whatever the thread id. */
    static String cardId(String kind, String threadId) {
        String id = threadId == null || threadId.isEmpty() ? "unknown" : threadId;
        return kind + "-" + Truncation.head(UNSAFE_ID_CHARS.matcher(id).replaceAll("_"), MAX_ID_CHARS);
    }
}
