package io.sqlassist.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sqlassist.testing.Conditions;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Google Chat cards posted to a loopback webhook: their shape, retries after failures, and a dead webhook. */
class GoogleChatNotifyRoutesTest {
    private static final String PATH = "/v1/spaces/AAAA/messages";
    @TempDir
    static Path dataDir;
    static WireMockServer chat;
    static TestStack stack;

    @BeforeAll
    static void start() throws Exception {
        chat = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        chat.start();
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.notify.google-chat.webhook-url",
                "http://127.0.0.1:" + chat.port() + PATH + "?key=k1&token=t1");
        properties.put("sqlassist.notify.retry-delay-ms", "50");
        stack = TestStack.start(properties, Map.of());
    }

    @AfterAll
    static void stop() {
        stack.close();
        chat.stop();
    }

    @BeforeEach
    void reset() {
        chat.resetAll();
        chat.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    @Test
    void reviewers_get_an_approval_card_and_the_requester_a_result_card() throws Exception {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest request = stack.awaitRequest(thread);
        JsonNode approval = awaitCard(thread, "Approval needed");

        assertThat(approval.at("/cardsV2/0/card/header/title").asText()).isEqualTo("Approval needed");
        assertThat(approval.toString()).contains("Show me 5 customers").contains("asker")
                .contains("sqlassist approvals approve " + thread).contains(request.sqlSha256().substring(0, 12));
        LoggedRequest posted = chat.findAll(postRequestedFor(urlPathEqualTo(PATH))).get(0);
        assertThat(posted.queryParameter("key").firstValue()).isEqualTo("k1");
        assertThat(posted.queryParameter("token").firstValue()).isEqualTo("t1");
        assertThat(posted.getHeader("Content-Type")).startsWith("application/json");

        stack.decide(request, DecisionAction.approve, null);
        assertThat(stack.awaitResult(thread).status()).isEqualTo(ResultStatus.succeeded);
        JsonNode result = awaitCard(thread, "Query finished");
        assertThat(result.toString()).contains("Rows").contains(thread);
    }

    @Test
    void a_refused_decision_is_reported_to_the_channel() throws Exception {
        String thread = stack.ask("Show me 2 customers");
        ApprovalRequest request = stack.awaitRequest(thread);
        stack.queues.send(stack.names.approvalResponse(), "{\"thread_id\": \"" + thread
                + "\", \"action\": \"approve\", \"approver\": \"bob\", \"sql_sha256\": \"0000\"}");

        JsonNode refused = awaitCard(thread, "Decision refused");
        assertThat(refused.toString()).contains("now waits on attempt 1").contains("bob");
        stack.decide(request, DecisionAction.reject, null);
        stack.awaitResult(thread);
    }

    @Test
    void the_webhook_is_retried_after_server_errors() throws Exception {
        String question = "Show me 3 customers";
        chat.stubFor(post(anyUrl()).withRequestBody(containing(question)).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
        chat.stubFor(post(anyUrl()).withRequestBody(containing(question)).inScenario("flaky")
                .whenScenarioStateIs("failed once").willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        chat.stubFor(post(anyUrl()).withRequestBody(containing(question)).inScenario("flaky")
                .whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(200)));

        String thread = stack.ask(question);
        stack.awaitRequest(thread);

        Conditions.await("the approval card posted until it was accepted", () -> chat.findAll(
                postRequestedFor(urlPathEqualTo(PATH)).withRequestBody(containing(thread))).size() >= 3);
        assertThat(chat.getAllScenarios().getScenarios()).singleElement()
                .satisfies(scenario -> assertThat(scenario.getState()).isEqualTo("recovered"));
    }

    @Test
    void a_dead_webhook_does_not_hold_up_or_fail_the_thread() {
        chat.resetAll();
        chat.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String thread = stack.ask("Show me 4 customers");
        ApprovalRequest request = stack.awaitRequest(thread);
        stack.decide(request, DecisionAction.approve, null);

        assertThat(stack.awaitResult(thread).rowCount()).isEqualTo(4);
    }

    private static JsonNode awaitCard(String thread, String title) throws Exception {
        Conditions.await("a '" + title + "' card for " + thread, () -> cards(thread, title).size() > 0);
        return cards(thread, title).get(0);
    }

    private static List<JsonNode> cards(String thread, String title) {
        return chat.findAll(postRequestedFor(urlPathEqualTo(PATH))).stream()
                .map(r -> Json.read(r.getBodyAsString(), JsonNode.class))
                .filter(card -> card.toString().contains(thread))
                .filter(card -> title.equals(card.at("/cardsV2/0/card/header/title").asText()))
                .toList();
    }
}
