package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.AthenaGlueFake;
import io.sqlassist.testing.AwsFakes;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.ThreadIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries that run far longer than the decision's visibility timeout: the consumer extends it while it works, so the
 * decision never reappears, nothing runs twice, and nothing is left on the queue or in its dead-letter queue.
 */
class SlowQueryRunsOnceTest {
    private static final Duration QUERY_RUNS_FOR = Duration.ofSeconds(7);
    static AwsFakes aws;
    static SqlassistService service;

    @BeforeAll
    static void start() throws Exception {
        aws = AwsFakes.start(QUERY_RUNS_FOR);
        Map<String, String> properties = aws.serviceProperties("jdbc:h2:mem:slow-query;DB_CLOSE_DELAY=-1");
        // A received message is hidden for 2 s at a time; each query runs for 7.
        properties.put("sqlassist.sqs.visibility-extension-seconds", "2");
        service = SqlassistService.start("aws", properties, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        aws.close();
    }

    @Test
    void decisions_whose_queries_outlast_the_visibility_timeout_run_once() {
        List<String> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String thread = ThreadIds.next();
            threads.add(thread);
            aws.queues.send(aws.names.inbox(), "{\"thread_id\": \"" + thread + "\", \"question\": \"Show me " + (i + 3)
                    + " orders\", \"requested_by\": \"ann\"}");
        }
        List<ApprovalRequest> requests = aws.queues.collect(aws.names.approvalRequest(),
                        m -> threads.stream().anyMatch(m.body()::contains), threads.size(), Duration.ofSeconds(60))
                .stream().map(m -> Json.read(m.body(), ApprovalRequest.class)).toList();
        assertThat(requests).hasSize(threads.size());
        for (ApprovalRequest request : requests) {
            aws.queues.send(aws.names.approvalResponse(), Json.write(new Decision(Decision.SCHEMA_VERSION,
                    request.threadId(), DecisionAction.approve, null, "bob", request.sqlSha256())));
        }

        List<Result> results = aws.queues.collect(aws.names.results(), m -> threads.stream().anyMatch(m.body()::contains),
                threads.size(), Duration.ofSeconds(90)).stream().map(m -> Json.read(m.body(), Result.class)).toList();

        assertThat(results).extracting(Result::threadId).containsExactlyInAnyOrderElementsOf(threads);
        assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.message()).isEqualTo(ResultStatus.succeeded));
        Map<String, Long> startsPerSql = aws.athena.queryStarts().stream()
                .collect(Collectors.groupingBy(AthenaGlueFake.Start::sql, Collectors.counting()));
        assertThat(requests).allSatisfy(r -> assertThat(startsPerSql.get(r.sql())).as("engine starts of " + r.sql())
                .isEqualTo(1L));
        assertThat(aws.messagesOn(aws.names.approvalResponse())).as("decisions not acknowledged").isZero();
        assertThat(aws.messagesOn(aws.names.approvalResponseDeadLetter())).as("decisions dead-lettered").isZero();
        assertThat(aws.messagesOn(aws.names.inbox())).as("questions not acknowledged").isZero();
    }
}
