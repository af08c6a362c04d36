package io.sqlassist.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.Sha256;
import io.sqlassist.wire.ValidationSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class GoogleChatCardsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SQL = "SELECT region, SUM(amount) AS total\nFROM sales\nGROUP BY region";
    private static final String HOW_TO_DECIDE = "sqlassist approvals approve t-1";

    private final GoogleChatCards cards = new GoogleChatCards();

    // ---- approval requested ----

    @Test
    void approvalCardShowsTheRequestTheSqlAndHowToDecide() {
        JsonNode body = parse(cards.approvalRequested(request(SQL), HOW_TO_DECIDE));

        assertThat(title(body)).isEqualTo("Approval needed");
        assertThat(body.at("/cardsV2/0/cardId").asText()).isEqualTo("approval-t-1");
        assertThat(body.at("/cardsV2/0/card/header/subtitle").asText()).contains("t-1");
        assertThat(decorated(body, "Question")).isEqualTo("<b>Total sales by region?</b>");
        assertThat(decorated(body, "Requested by")).isEqualTo("alice");
        assertThat(decorated(body, "Attempt")).isEqualTo("2");
        assertThat(decorated(body, "Confidence")).contains(">high<");
        assertThat(decorated(body, "Tables")).isEqualTo("sales, regions");
        assertThat(decorated(body, "Thread")).isEqualTo("t-1");
        assertThat(decorated(body, "SQL SHA-256")).isEqualTo(Sha256.hex(SQL).substring(0, 12) + "…");
        assertThat(decorated(body, "Explanation")).isEqualTo("Sums sales per region.");
        assertThat(paragraphs(body)).contains("SELECT region, SUM(amount) AS total<br>FROM sales<br>GROUP BY region");
        assertThat(paragraphs(body)).contains(HOW_TO_DECIDE);
        assertThat(sectionHeaders(body)).containsExactly("Request", "Proposed SQL", "How to decide");
        assertThat(body.get("text").asText()).isEqualTo("Approval needed (thread t-1, attempt 2): Total sales by region?");
    }

    @Test
    void approvalCardWithoutSqlSaysSoAndShowsTheExplanation() {
        JsonNode body = parse(cards.approvalRequested(request(null), HOW_TO_DECIDE));

        assertThat(sectionHeaders(body)).containsExactly("Request", "No SQL", "How to decide");
        assertThat(paragraphs(body)).anySatisfy(text -> assertThat(text)
                .contains("<b>No SQL</b>").contains("Sums sales per region."));
        assertThat(decoratedOrNull(body, "SQL SHA-256")).isNull();
    }

    @Test
    void approvalCardShowsValidationOnlyWhenPresent() {
        ValidationView validation = new ValidationView("passed", 2, List.of("first draft used a <missing> column"),
                List.of("LIMIT added"));

        JsonNode with = parse(cards.approvalRequested(request(SQL), Optional.of(validation), HOW_TO_DECIDE));
        JsonNode without = parse(cards.approvalRequested(request(SQL), HOW_TO_DECIDE));

        assertThat(decorated(with, "Validation"))
                .startsWith("<b>passed</b> after 2 generation attempts")
                .contains("• first draft used a &lt;missing&gt; column")
                .contains("LIMIT added");
        assertThat(decoratedOrNull(without, "Validation")).isNull();

        ApprovalRequest validated = new ApprovalRequest(1, "t-1", 2, SQL, Sha256.hex(SQL), "e", Confidence.high, List.of(),
                "q", "alice", Instant.EPOCH, new ValidationSummary("passed", 1, List.of(), List.of("LIMIT 1000 appended")));
        assertThat(decorated(parse(cards.approvalRequested(validated, HOW_TO_DECIDE)), "Validation"))
                .startsWith("<b>passed</b>").contains("LIMIT 1000 appended");
    }

    @Test
    void longSqlIsCutWithANoteGivingItsFullLength() {
        String sql = "SELECT 1 AS x FROM t WHERE " + "a = 1 AND ".repeat(449) + "b = 2";
        assertThat(sql).hasSize(4_522);

        JsonNode body = parse(cards.approvalRequested(request(sql), HOW_TO_DECIDE));

        String sqlText = paragraphs(body).stream().filter(p -> p.startsWith("SELECT 1")).findFirst().orElseThrow();
        assertThat(sqlText).contains("… (truncated, 4,522 characters in all)");
        assertThat(sqlText.length()).isLessThan(3_200);
        assertThat(decorated(body, "SQL SHA-256")).isEqualTo(Sha256.hex(sql).substring(0, 12) + "…");
    }

    @Test
    void hugeSqlStillFitsTheBudgetAsValidJson() {
        String sql = "SELECT '<&>' AS c FROM t\n".repeat(4_200); // > 100 KB, and escaping makes it larger still
        assertThat(sql).hasSize(105_000);

        String json = cards.approvalRequested(request(sql), HOW_TO_DECIDE);

        assertThat(utf8Length(json)).isLessThanOrEqualTo(GoogleChatCards.DEFAULT_BYTE_BUDGET);
        JsonNode body = parse(json);
        assertThat(title(body)).isEqualTo("Approval needed");
        assertThat(paragraphs(body)).anySatisfy(p -> assertThat(p)
                .startsWith("SELECT &#39;&lt;&amp;&gt;&#39; AS c FROM t<br>")
                .contains("… (truncated, 105,000 characters in all)"));
        assertThat(paragraphs(body)).contains(HOW_TO_DECIDE);
    }

    @Test
    void sqlIsCutHarderAsALastResort() {
        String sql = "&".repeat(100_000);
        GoogleChatCards tight = new GoogleChatCards(8_000);

        String json = tight.approvalRequested(request(sql), HOW_TO_DECIDE);

        assertThat(utf8Length(json)).isLessThanOrEqualTo(8_000);
        JsonNode body = parse(json);
        String sqlText = paragraphs(body).stream().filter(p -> p.startsWith("&amp;")).findFirst().orElseThrow();
        assertThat(sqlText).startsWith("&amp;".repeat(1_000) + "<br>")
                .doesNotStartWith("&amp;".repeat(1_001))
                .contains("… (truncated, 100,000 characters in all)");
        assertThat(paragraphs(body)).contains(shrunkNote());
    }

    // ---- result ----

    @Test
    void resultCardShowsStatusRowCountPreviewAndLink() {
        Result result = result(12, 8, 20, "s3://bucket/results/t-1/");

        JsonNode body = parse(cards.result(result));

        assertThat(title(body)).isEqualTo("Query finished");
        assertThat(body.at("/cardsV2/0/cardId").asText()).isEqualTo("result-t-1");
        assertThat(decorated(body, "Status")).contains("<b>succeeded</b>");
        assertThat(decorated(body, "Question")).isEqualTo("<b>Total sales by region?</b>");
        assertThat(decorated(body, "Rows")).isEqualTo("1,234");
        assertThat(decorated(body, "Approved by")).isEqualTo("bob");
        // Chat opens links in a browser, which cannot follow s3://: the link goes to the S3 console, the text stays s3://.
        assertThat(decorated(body, "Full result")).isEqualTo("<a href=\"https://s3.console.aws.amazon.com/s3/buckets/"
                + "bucket?prefix=results/t-1/\">s3://bucket/results/t-1/</a>");

        List<String> table = List.of(previewTable(body).split("<br>"));
        assertThat(table).hasSize(1 + 10);
        assertThat(table.get(0)).isEqualTo("<b>c0 | c1 | c2 | c3 | c4 | c5</b>");
        assertThat(table.get(1)).isEqualTo("v0_0 | v0_1 | v0_2 | v0_3 | v0_4 | v0_5");
        assertThat(previewNotes(body)).contains("… 1,224 more rows").contains("… 2 more columns")
                .doesNotContain("cut");
        assertThat(body.get("text").asText())
                .isEqualTo("Query finished (thread t-1, 1,234 rows): Total sales by region?");
    }

    @Test
    void localLocationIsPlainTextAndNullsAreMarked() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(java.util.Arrays.asList("north", null)));
        Result result = new Result(1, "t-1", ResultStatus.succeeded, "q", SQL, "bob", 1, List.of("region", "total"),
                rows, "/var/sqlassist/results/t-1", null, null, null);

        JsonNode body = parse(cards.result(result));

        assertThat(decorated(body, "Full result")).isEqualTo("/var/sqlassist/results/t-1");
        assertThat(previewTable(body)).endsWith("north | <font color=\"#5f6368\"><i>null</i></font>");
        assertThat(previewNotesOrEmpty(body)).isEmpty();
    }

    @Test
    void longCellValuesAreCutAndSaidSo() {
        String longValue = "x".repeat(100);
        Result result = new Result(1, "t-1", ResultStatus.succeeded, "q", SQL, "bob", 1, List.of("c"),
                List.of(List.of(longValue)), null, null, null, null);

        JsonNode body = parse(cards.result(result));

        assertThat(previewTable(body)).endsWith("<br>" + "x".repeat(59) + "…");
        assertThat(previewNotes(body)).contains("Values longer than 60 characters are cut (…).");
    }

    @Test
    void failedResultShowsTheMessageAndNoPreview() {
        Result failed = Result.closedWithoutExecution("t-1", ResultStatus.failed, "q", SQL, "bob",
                "Binder Error: column x not found", null);

        JsonNode body = parse(cards.result(failed));

        assertThat(title(body)).isEqualTo("Query failed");
        assertThat(decorated(body, "Status")).contains("failed");
        assertThat(decorated(body, "Message")).isEqualTo("Binder Error: column x not found");
        assertThat(decorated(body, "Rows")).isEqualTo("0");
        assertThat(sectionHeaders(body)).containsExactly("Result");
    }

    @Test
    void expiredResultIsTitledAsSuch() {
        Result expired = Result.closedWithoutExecution("t-1", ResultStatus.expired, "q", SQL, null,
                "no decision within 24 hours", null);

        JsonNode body = parse(cards.result(expired));

        assertThat(title(body)).isEqualTo("Approval expired");
        assertThat(decorated(body, "Status")).contains("<b>expired</b>");
        assertThat(decoratedOrNull(body, "Approved by")).isNull();
    }

    @Test
    void userTextIsHtmlEscapedEverywhere() {
        String question = "<script>alert('x')</script> & friends";
        List<List<Object>> rows = List.of(List.of("<b>bold</b> & co", "<script>y</script>"));
        Result result = new Result(1, "t-1", ResultStatus.succeeded, question, SQL, "<i>eve</i>", 1,
                List.of("a<b", "c&d"), rows, "https://example.com/r?a=1&b=\"2\"", null, null, null);

        String json = cards.result(result);
        JsonNode body = parse(json);

        assertThat(json).doesNotContain("<script>").doesNotContain("<b>bold");
        assertThat(decorated(body, "Question"))
                .isEqualTo("<b>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; friends</b>");
        assertThat(decorated(body, "Approved by")).isEqualTo("&lt;i&gt;eve&lt;/i&gt;");
        assertThat(previewTable(body)).isEqualTo("<b>a&lt;b | c&amp;d</b><br>"
                + "&lt;b&gt;bold&lt;/b&gt; &amp; co | &lt;script&gt;y&lt;/script&gt;");
        assertThat(decorated(body, "Full result")).startsWith("<a href=\"https://example.com/r?a=1&amp;b=&quot;2&quot;\">");
        assertThat(body.get("text").asText()).contains("‹script›alert('x')‹/script› & friends")
                .doesNotContain("<");
    }

    @Test
    void hugeResultStillFitsTheBudgetAsValidJson() {
        Result huge = result(1_000, 200, 80, "s3://bucket/results/t-1/");

        String json = cards.result(huge);

        assertThat(utf8Length(json)).isLessThanOrEqualTo(GoogleChatCards.DEFAULT_BYTE_BUDGET);
        JsonNode body = parse(json);
        assertThat(title(body)).isEqualTo("Query finished");
        assertThat(decorated(body, "Rows")).isEqualTo("1,234");
        assertThat(previewTable(body).split("<br>")).hasSize(1 + 10);
        assertThat(previewNotes(body)).contains("… 1,224 more rows").contains("… 194 more columns")
                .contains("Values longer than 60 characters are cut");
    }

    @Test
    void smallerBudgetDropsPreviewRowsAndColumnsAndSaysSo() {
        Result result = result(10, 6, 60, null);
        String roomy = cards.result(result);
        assertThat(parse(roomy).toString()).doesNotContain(GoogleChatCards.SHRUNK_NOTE);
        int budget = utf8Length(roomy) - 1;

        String json = new GoogleChatCards(budget).result(result);

        assertThat(utf8Length(json)).isLessThanOrEqualTo(budget);
        JsonNode body = parse(json);
        assertThat(previewTable(body).split("<br>")).hasSize(1 + 5);
        assertThat(previewNotes(body)).contains("… 1,229 more rows");
        assertThat(paragraphs(body)).contains(shrunkNote());
    }

    @Test
    void whenNothingElseFitsABareCardIsSent() {
        List<String> tables = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            tables.add("t" + i);
        }
        String hugeHowTo = "&".repeat(3_000);
        ApprovalRequest request = new ApprovalRequest(1, "t-1", 1, SQL, Sha256.hex(SQL), "e", Confidence.low, tables,
                "&".repeat(5_000), "alice", Instant.EPOCH, null);

        String json = new GoogleChatCards(GoogleChatCards.MIN_BYTE_BUDGET).approvalRequested(request, hugeHowTo);

        assertThat(utf8Length(json)).isLessThanOrEqualTo(GoogleChatCards.MIN_BYTE_BUDGET);
        JsonNode body = parse(json);
        assertThat(title(body)).isEqualTo("Approval needed");
        assertThat(body.at("/cardsV2/0/cardId").asText()).isEqualTo("approval-t-1");
        assertThat(paragraphs(body)).anySatisfy(p -> assertThat(p).contains("too large for a Google Chat message"));
    }

    @Test
    void budgetBelowTheMinimumIsRefused() {
        assertThatThrownBy(() -> new GoogleChatCards(1_999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2000");
    }

    // ---- error, expired, decision refused ----

    @Test
    void errorCardShowsQuestionAndMessage() {
        JsonNode body = parse(cards.error("t-9", "How many <orders>?", "generator unavailable: timeout"));

        assertThat(title(body)).isEqualTo("Something went wrong");
        assertThat(body.at("/cardsV2/0/cardId").asText()).isEqualTo("error-t-9");
        assertThat(decorated(body, "Question")).isEqualTo("<b>How many &lt;orders&gt;?</b>");
        assertThat(decorated(body, "Error")).contains("generator unavailable: timeout").contains("#d93025");
        assertThat(body.get("text").asText()).isEqualTo("Something went wrong (thread t-9): generator unavailable: timeout");
    }

    @Test
    void expiredCardShowsQuestionAndRequester() {
        JsonNode body = parse(cards.expired("t-7", "Top customers?", "carol"));

        assertThat(title(body)).isEqualTo("Approval expired");
        assertThat(body.at("/cardsV2/0/cardId").asText()).isEqualTo("expired-t-7");
        assertThat(decorated(body, "Question")).isEqualTo("<b>Top customers?</b>");
        assertThat(decorated(body, "Requested by")).isEqualTo("carol");
        assertThat(paragraphs(body)).anySatisfy(p -> assertThat(p).contains("nothing was run"));
    }

    @Test
    void decisionRefusedCardShowsWhoDecidedWhatAndWhy() {
        Decision decision = new Decision(1, "t-1", DecisionAction.approve, null, "mallory", "abcdef0123456789ff");

        JsonNode body = parse(cards.decisionRefused(decision, "mallory is not an approver"));

        assertThat(title(body)).isEqualTo("Decision refused");
        assertThat(body.at("/cardsV2/0/cardId").asText()).isEqualTo("decision-refused-t-1");
        assertThat(decorated(body, "Reason")).contains("mallory is not an approver");
        assertThat(decorated(body, "Action")).isEqualTo("approve");
        assertThat(decorated(body, "Decided by")).isEqualTo("mallory");
        assertThat(decorated(body, "SQL SHA-256")).isEqualTo("abcdef012345…");
    }

    @Test
    void cardIdIsStableAndSafeWhateverTheThreadId() {
        Decision odd = new Decision(1, "../x y<z>", DecisionAction.reject, "no", null, null);
        Decision none = new Decision(1, null, null, null, null, null);

        assertThat(parse(cards.decisionRefused(odd, "r")).at("/cardsV2/0/cardId").asText())
                .isEqualTo("decision-refused-.._x_y_z_");
        assertThat(parse(cards.decisionRefused(none, "r")).at("/cardsV2/0/cardId").asText())
                .isEqualTo("decision-refused-unknown");
        assertThat(parse(cards.expired("t-7", "q", null)).at("/cardsV2/0/cardId").asText())
                .isEqualTo(parse(cards.expired("t-7", "other", "x")).at("/cardsV2/0/cardId").asText());
    }

    @Test
    void resultCardLinksTheChart() {
        Result withChart = new Result(1, "t-9", ResultStatus.succeeded, "orders per status", "SELECT 1", "bob", 2,
                List.of("status", "n"), List.of(List.of("paid", 3), List.of("shipped", 5)), "s3://b/p/t-9/", null,
                null, new io.sqlassist.wire.ResultChart(io.sqlassist.wire.ChartType.bar, "s3://b/p/t-9/chart.png", null));

        String json = new GoogleChatCards().result(withChart);

        assertThat(json).contains("Chart").contains("s3://b/p/t-9/chart.png")
                .contains("https://s3.console.aws.amazon.com/s3/object/b?prefix=p/t-9/chart.png");
        assertThat(new GoogleChatCards().result(new Result(1, "t-9", ResultStatus.succeeded, "q", "SELECT 1", "bob", 0,
                List.of("x"), List.of(), "s3://b/p/t-9/", null, null, null))).doesNotContain("chart.png");
    }

    // ---- fixtures ----

    private static ApprovalRequest request(String sql) {
        return new ApprovalRequest(1, "t-1", 2, sql, sql == null ? null : Sha256.hex(sql), "Sums sales per region.",
                Confidence.high, List.of("sales", "regions"), "Total sales by region?", "alice", Instant.EPOCH, null);
    }

    /** {@code rows} preview rows of {@code columns} columns, values padded to {@code valueChars}; 1,234 rows in all. */
    private static Result result(int rows, int columns, int valueChars, String location) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add("c" + c);
        }
        List<List<Object>> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String value = "v" + r + "_" + c;
                row.add(valueChars <= 20 ? value : value + "&".repeat(valueChars - value.length()));
            }
            data.add(row);
        }
        return new Result(1, "t-1", ResultStatus.succeeded, "Total sales by region?", SQL, "bob", 1_234, names, data,
                location, null, null, null);
    }

    // ---- reading the body as a user would see it ----

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not valid JSON: " + json, e);
        }
    }

    private static int utf8Length(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String title(JsonNode body) {
        return body.at("/cardsV2/0/card/header/title").asText();
    }

    private static List<JsonNode> sections(JsonNode body) {
        return StreamSupport.stream(body.at("/cardsV2/0/card/sections").spliterator(), false).toList();
    }

    private static List<String> sectionHeaders(JsonNode body) {
        return sections(body).stream().map(s -> s.get("header").asText()).filter(h -> !h.equals("Note")).toList();
    }

    private static List<JsonNode> widgets(JsonNode body) {
        return sections(body).stream()
                .flatMap(s -> StreamSupport.stream(s.get("widgets").spliterator(), false)).toList();
    }

    private static String decoratedOrNull(JsonNode body, String topLabel) {
        return widgets(body).stream().map(w -> w.get("decoratedText")).filter(d -> d != null)
                .filter(d -> d.get("topLabel").asText().equals(topLabel)).map(d -> d.get("text").asText())
                .findFirst().orElse(null);
    }

    private static String decorated(JsonNode body, String topLabel) {
        String text = decoratedOrNull(body, topLabel);
        assertThat(text).as("decoratedText " + topLabel).isNotNull();
        return text;
    }

    private static List<String> paragraphs(JsonNode body) {
        return widgets(body).stream().map(w -> w.get("textParagraph")).filter(p -> p != null)
                .map(p -> p.get("text").asText()).toList();
    }

    private static List<String> previewParagraphs(JsonNode body) {
        JsonNode preview = sections(body).stream().filter(s -> s.get("header").asText().equals("Preview"))
                .findFirst().orElseThrow(() -> new AssertionError("no Preview section"));
        return StreamSupport.stream(preview.get("widgets").spliterator(), false)
                .map(w -> w.at("/textParagraph/text").asText()).toList();
    }

    private static String previewTable(JsonNode body) {
        return previewParagraphs(body).stream().filter(p -> p.startsWith("<b>")).findFirst()
                .orElseThrow(() -> new AssertionError("no preview table"));
    }

    private static String previewNotesOrEmpty(JsonNode body) {
        return previewParagraphs(body).stream().filter(p -> !p.startsWith("<b>")).findFirst().orElse("");
    }

    private static String previewNotes(JsonNode body) {
        String notes = previewNotesOrEmpty(body);
        assertThat(notes).as("preview notes").isNotEmpty();
        return notes;
    }

    private static String shrunkNote() {
        return "<font color=\"#5f6368\"><i>" + GoogleChatCards.SHRUNK_NOTE + "</i></font>";
    }
}
