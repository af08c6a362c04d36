package io.sqlassist.notify;

import static io.sqlassist.notify.ChatHtml.bold;
import static io.sqlassist.notify.ChatHtml.color;
import static io.sqlassist.notify.ChatHtml.escape;
import static io.sqlassist.notify.ChatHtml.italic;
import static io.sqlassist.notify.ChatHtml.multiline;
import static io.sqlassist.notify.Truncation.count;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * JSON bodies for Google Chat incoming webhooks ({@code POST https://chat.googleapis.com/v1/spaces/…/messages}):
 * a short plain {@code text} fallback plus one cardsV2 card. All user-supplied text is HTML-escaped, and every
 * body is kept under a byte budget (see {@link CardLimits}), because Chat rejects messages over 32,000 bytes.
 */
public final class GoogleChatCards {
    public static final int DEFAULT_BYTE_BUDGET = 28_000;
    /** The bare last-resort card (title, thread id, one note) always fits in this. */
    public static final int MIN_BYTE_BUDGET = 2_000;

    static final int SHA_PREFIX_CHARS = 12;
    static final int FALLBACK_QUESTION_CHARS = 200;
    static final String SHRUNK_NOTE = "Shortened to fit the size limit of a Google Chat message.";

    private final int byteBudget;
    private final ResultLinks links;

    public GoogleChatCards() {
        this(DEFAULT_BYTE_BUDGET);
    }

    /** @param byteBudget the most UTF-8 bytes a body may have; at least {@link #MIN_BYTE_BUDGET} */
    public GoogleChatCards(int byteBudget) {
        this(byteBudget, ResultLinks.console());
    }

    /** @param links what a result card links for the result and its chart */
    public GoogleChatCards(int byteBudget, ResultLinks links) {
        if (byteBudget < MIN_BYTE_BUDGET) {
            throw new IllegalArgumentException("byte budget must be at least " + MIN_BYTE_BUDGET + ": " + byteBudget);
        }
        this.byteBudget = byteBudget;
        this.links = requireNonNull(links, "links is null");
    }

    public int byteBudget() {
        return byteBudget;
    }

    /**
     * @param howToDecide what a reviewer runs or does to decide, e.g. {@code sqlassist approvals approve 2b1f…}
     */
    public String approvalRequested(ApprovalRequest request, String howToDecide) {
        return approvalRequested(request, validationOf(request), howToDecide);
    }

    String approvalRequested(ApprovalRequest request, Optional<ValidationView> validation, String howToDecide) {
        return fit(limits -> approvalCard(request, validation, howToDecide, limits),
                "approval", request.threadId(), "Approval needed");
    }

    public String result(Result result) {
        return fit(limits -> resultCard(result, limits), "result", result.threadId(), resultTitle(result.status()));
    }

    /** A thread that could not go on, e.g. the query failed or no SQL could be generated. */
    public String error(String threadId, String question, String message) {
        return fit(limits -> errorCard(threadId, question, message, limits), "error", threadId,
                "Something went wrong");
    }

    /** No reviewer decided in time. */
    public String expired(String threadId, String question, String requestedBy) {
        return fit(limits -> expiredCard(threadId, question, requestedBy, limits), "expired", threadId,
                "Approval expired");
    }

    /** A decision that was not accepted, e.g. from someone not on the approver list or for other SQL. */
    public String decisionRefused(Decision decision, String reason) {
        return fit(limits -> decisionRefusedCard(decision, reason, limits), "decision-refused",
                decision.threadId(), "Decision refused");
    }

    /** The validation outcome to show on the approval card; none for requests from before validation. */
    static Optional<ValidationView> validationOf(ApprovalRequest request) {
        return Optional.ofNullable(request.validation())
                .map(v -> new ValidationView(v.status(), v.generationAttempts(), v.reasons(), v.notes()));
    }

    // ---- fitting into the byte budget ----

    private String fit(Function<CardLimits, ObjectNode> card, String kind, String threadId, String title) {
        for (CardLimits limits : CardLimits.SHRINK_STEPS) {
            String json = Json.write(card.apply(limits));
            if (utf8Length(json) <= byteBudget) {
                return json;
            }
        }
        return Json.write(bareCard(kind, threadId, title));
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Used only when even the tightest limits are over budget, e.g. thousands of table names. */
    private static ObjectNode bareCard(String kind, String threadId, String title) {
        String note = "The details are too large for a Google Chat message; see sqlassist for thread "
                + shortThreadId(threadId) + ".";
        return CardJson.message(title + " (thread " + shortThreadId(threadId) + ")", CardJson.cardId(kind, threadId),
                title, subtitle(threadId), List.of(CardJson.section("Details",
                        List.of(CardJson.textParagraph(italic(escape(note)))))));
    }

    // ---- the cards ----

    private static ObjectNode approvalCard(ApprovalRequest request, Optional<ValidationView> validation,
                                           String howToDecide, CardLimits limits) {
        List<ObjectNode> requestWidgets = new ArrayList<>();
        requestWidgets.add(questionWidget(request.question(), limits));
        requestWidgets.add(CardJson.decoratedText("Requested by", personHtml(request.requestedBy(), limits)));
        requestWidgets.add(CardJson.decoratedText("Attempt", String.valueOf(request.attempt())));
        requestWidgets.add(CardJson.decoratedText("Confidence", confidenceHtml(request.confidence())));
        requestWidgets.add(CardJson.decoratedText("Tables", listHtml(request.tables(), limits)));
        validation.ifPresent(v -> requestWidgets.add(validationWidget(v, limits)));
        requestWidgets.add(CardJson.decoratedText("Thread", escape(shortThreadId(request.threadId()))));

        List<ObjectNode> sections = new ArrayList<>();
        sections.add(CardJson.section("Request", requestWidgets));
        sections.add(request.hasSql() ? sqlSection(request, limits) : noSqlSection(request, limits));
        if (howToDecide != null && !howToDecide.isBlank()) {
            sections.add(CardJson.section("How to decide",
                    List.of(CardJson.textParagraph(textHtml(howToDecide, limits)))));
        }
        addShrunkNote(sections, limits);
        String fallback = "Approval needed (thread " + shortThreadId(request.threadId()) + ", attempt "
                + request.attempt() + "): " + fallbackQuestion(request.question());
        return CardJson.message(fallback, CardJson.cardId("approval", request.threadId()), "Approval needed",
                subtitle(request.threadId()), sections);
    }

    private static ObjectNode sqlSection(ApprovalRequest request, CardLimits limits) {
        List<ObjectNode> widgets = new ArrayList<>();
        widgets.add(CardJson.decoratedText("SQL SHA-256", escape(shaPrefix(request.sqlSha256()))));
        widgets.add(CardJson.textParagraph(sqlHtml(request.sql(), limits)));
        widgets.add(CardJson.decoratedText("Explanation", textHtml(request.explanation(), limits)));
        return CardJson.section("Proposed SQL", widgets);
    }

    private static ObjectNode noSqlSection(ApprovalRequest request, CardLimits limits) {
        return CardJson.section("No SQL", List.of(CardJson.textParagraph(
                color(ChatHtml.AMBER, bold("No SQL")) + "<br>" + textHtml(request.explanation(), limits))));
    }

    private ObjectNode resultCard(Result result, CardLimits limits) {
        List<ObjectNode> widgets = new ArrayList<>();
        widgets.add(CardJson.decoratedText("Status", statusHtml(result.status())));
        widgets.add(questionWidget(result.question(), limits));
        widgets.add(CardJson.decoratedText("Rows", count(result.rowCount())));
        if (result.approver() != null) {
            widgets.add(CardJson.decoratedText("Approved by", personHtml(result.approver(), limits)));
        }
        if (result.location() != null) {
            widgets.add(CardJson.decoratedText("Full result", locationHtml(result.location(), limits)));
            if (result.chart() != null && result.chart().location() != null) {
                widgets.add(CardJson.decoratedText("Chart", locationHtml(result.chart().location(), limits)));
            }
        }
        if (result.message() != null) {
            widgets.add(CardJson.decoratedText("Message", textHtml(result.message(), limits)));
        }
        widgets.add(CardJson.decoratedText("Thread", escape(shortThreadId(result.threadId()))));

        List<ObjectNode> sections = new ArrayList<>();
        sections.add(CardJson.section("Result", widgets));
        if (result.status() == ResultStatus.succeeded) {
            sections.add(CardJson.section("Preview", ResultPreview.widgets(result, limits)));
        }
        addShrunkNote(sections, limits);
        String fallback = resultTitle(result.status()) + " (thread " + shortThreadId(result.threadId()) + ", "
                + count(result.rowCount()) + " rows): " + fallbackQuestion(result.question());
        return CardJson.message(fallback, CardJson.cardId("result", result.threadId()),
                resultTitle(result.status()), subtitle(result.threadId()), sections);
    }

    private static ObjectNode errorCard(String threadId, String question, String message, CardLimits limits) {
        List<ObjectNode> widgets = new ArrayList<>();
        widgets.add(questionWidget(question, limits));
        widgets.add(CardJson.decoratedText("Error", color(ChatHtml.RED, textHtml(message, limits))));
        widgets.add(CardJson.decoratedText("Thread", escape(shortThreadId(threadId))));
        List<ObjectNode> sections = new ArrayList<>(List.of(CardJson.section("Error", widgets)));
        addShrunkNote(sections, limits);
        String fallback = "Something went wrong (thread " + shortThreadId(threadId) + "): "
                + fallbackQuestion(message);
        return CardJson.message(fallback, CardJson.cardId("error", threadId), "Something went wrong",
                subtitle(threadId), sections);
    }

    private static ObjectNode expiredCard(String threadId, String question, String requestedBy, CardLimits limits) {
        List<ObjectNode> widgets = new ArrayList<>();
        widgets.add(questionWidget(question, limits));
        widgets.add(CardJson.decoratedText("Requested by", personHtml(requestedBy, limits)));
        widgets.add(CardJson.textParagraph(italic("No reviewer decided in time, so nothing was run.")));
        widgets.add(CardJson.decoratedText("Thread", escape(shortThreadId(threadId))));
        List<ObjectNode> sections = new ArrayList<>(List.of(CardJson.section("Expired", widgets)));
        addShrunkNote(sections, limits);
        String fallback = "Approval expired (thread " + shortThreadId(threadId) + "): " + fallbackQuestion(question);
        return CardJson.message(fallback, CardJson.cardId("expired", threadId), "Approval expired",
                subtitle(threadId), sections);
    }

    private static ObjectNode decisionRefusedCard(Decision decision, String reason, CardLimits limits) {
        List<ObjectNode> widgets = new ArrayList<>();
        widgets.add(CardJson.decoratedText("Reason", color(ChatHtml.RED, textHtml(reason, limits))));
        widgets.add(CardJson.decoratedText("Action",
                decision.action() == null ? italic("none") : escape(decision.action().name())));
        widgets.add(CardJson.decoratedText("Decided by", personHtml(decision.approver(), limits)));
        if (decision.sqlSha256() != null) {
            widgets.add(CardJson.decoratedText("SQL SHA-256", escape(shaPrefix(decision.sqlSha256()))));
        }
        if (decision.feedback() != null && !decision.feedback().isBlank()) {
            widgets.add(CardJson.decoratedText("Feedback", textHtml(decision.feedback(), limits)));
        }
        widgets.add(CardJson.decoratedText("Thread", escape(shortThreadId(decision.threadId()))));
        List<ObjectNode> sections = new ArrayList<>(List.of(CardJson.section("Decision", widgets)));
        addShrunkNote(sections, limits);
        String fallback = "Decision refused (thread " + shortThreadId(decision.threadId()) + "): "
                + fallbackQuestion(reason);
        return CardJson.message(fallback, CardJson.cardId("decision-refused", decision.threadId()),
                "Decision refused", subtitle(decision.threadId()), sections);
    }

    // ---- widgets and text ----

    private static ObjectNode questionWidget(String question, CardLimits limits) {
        return CardJson.decoratedText("Question", bold(textHtml(question, limits)));
    }

    private static ObjectNode validationWidget(ValidationView validation, CardLimits limits) {
        StringBuilder html = new StringBuilder(bold(escape(validation.status())))
                .append(" after ").append(validation.generationAttempts())
                .append(validation.generationAttempts() == 1 ? " generation attempt" : " generation attempts");
        for (String line : firstItems(validation.reasons(), limits)) {
            html.append("<br>• ").append(textHtml(line, limits));
        }
        for (String line : firstItems(validation.notes(), limits)) {
            html.append("<br>").append(color(ChatHtml.GREY, italic(textHtml(line, limits))));
        }
        return CardJson.decoratedText("Validation", html.toString());
    }

    /**
     * SQL as card text. Card text has no monospace or code formatting in the documented subset (no {@code <pre>},
     * {@code <code>} or font face), so the SQL keeps only its line breaks; runs of spaces may fold.
     */
    static String sqlHtml(String sql, CardLimits limits) {
        if (!Truncation.exceeds(sql, limits.sqlChars())) {
            return multiline(sql);
        }
        return multiline(Truncation.head(sql, limits.sqlChars())) + "<br>"
                + color(ChatHtml.GREY, italic(escape(Truncation.note(sql.length()))));
    }

    private static String textHtml(String text, CardLimits limits) {
        return text == null ? italic("none") : multiline(Truncation.withNote(text, limits.textChars()));
    }

    private static String personHtml(String person, CardLimits limits) {
        return person == null || person.isBlank() ? italic("unknown") : textHtml(person, limits);
    }

    private static String listHtml(List<String> items, CardLimits limits) {
        if (items.isEmpty()) {
            return italic("none");
        }
        List<String> shown = firstItems(items, limits).stream().map(item -> textHtml(item, limits)).toList();
        String html = String.join(", ", shown);
        int hidden = items.size() - shown.size();
        return hidden == 0 ? html : html + " " + italic(escape(Truncation.ELLIPSIS + " " + count(hidden) + " more"));
    }

    private static List<String> firstItems(List<String> items, CardLimits limits) {
        return items.subList(0, Math.min(items.size(), limits.listItems()));
    }

    /**
     * A link for locations a browser or console can open (the text still shows the s3:// URI, which the AWS CLI
     * reads); plain text for local folders.
     */
    private String locationHtml(String location, CardLimits limits) {
        boolean linkable = location.startsWith("s3://") || location.startsWith("http://")
                || location.startsWith("https://");
        if (!linkable || Truncation.exceeds(location, limits.textChars())) {
            return textHtml(location, limits);
        }
        return ChatHtml.link(links.open(location), escape(location));
    }

    private static String confidenceHtml(Confidence confidence) {
        String colour = switch (confidence) {
            case high -> ChatHtml.GREEN;
            case medium -> ChatHtml.AMBER;
            case low -> ChatHtml.RED;
        };
        return color(colour, confidence.name());
    }

    private static String statusHtml(ResultStatus status) {
        String colour = switch (status) {
            case succeeded -> ChatHtml.GREEN;
            case failed -> ChatHtml.RED;
            case rejected, expired, no_sql -> ChatHtml.AMBER;
        };
        return color(colour, bold(status.name()));
    }

    static String resultTitle(ResultStatus status) {
        return switch (status) {
            case succeeded -> "Query finished";
            case failed -> "Query failed";
            case rejected -> "Query rejected";
            case expired -> "Approval expired";
            case no_sql -> "No SQL written";
        };
    }

    private static void addShrunkNote(List<ObjectNode> sections, CardLimits limits) {
        if (limits.isShrunk()) {
            sections.add(CardJson.section("Note",
                    List.of(CardJson.textParagraph(color(ChatHtml.GREY, italic(escape(SHRUNK_NOTE)))))));
        }
    }

    private static String shaPrefix(String sha256) {
        if (sha256 == null) {
            return "none";
        }
        return sha256.length() <= SHA_PREFIX_CHARS ? sha256 : sha256.substring(0, SHA_PREFIX_CHARS) + Truncation.ELLIPSIS;
    }

    /** Thread ids are short and safe when valid; a refused decision may name anything, so cap it. */
    private static String shortThreadId(String threadId) {
        return threadId == null ? "unknown" : Truncation.withEllipsis(threadId, 64);
    }

    private static String subtitle(String threadId) {
        return "sqlassist · thread " + escape(shortThreadId(threadId));
    }

    private static String fallbackQuestion(String text) {
        return ChatHtml.inertPlainText(Truncation.withEllipsis(text == null ? "" : text, FALLBACK_QUESTION_CHARS));
    }
}
