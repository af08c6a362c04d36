package io.sqlassist.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sqlassist.service.Doctor;
import io.sqlassist.service.Settings;
import io.sqlassist.service.SqlassistService;
import io.sqlassist.testing.AwsCallRecorder;
import io.sqlassist.testing.AwsCallRecorder.Call;
import io.sqlassist.testing.AthenaGlueFake;
import io.sqlassist.testing.AwsFakes;
import io.sqlassist.testing.Conditions;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The task role's policy from terraform/iam.tf against every AWS call the aws profile makes in its real flows (start,
 * ask → approve with results in S3, ask → refine → reject, every health check, recovery after a stop in the middle
 * of a query, the doctor's pre-flight), recorded as
 * the SDK sends them. The CLI's calls are not here: people run it with their own credentials, not the task role.
 * A call whose action the policy does not grant fails; so does an SQS call on a queue, or an S3 call on a prefix, that
 * its granting statement does not cover. Grants no call used are listed and must be explained.
 *
 * <p>Not covered: what Athena itself calls with the caller's permissions (Glue, S3 data and output), and resources
 * beyond SQS queues and S3 prefixes; terraform's expressions are not evaluated.
 */
class AwsProfileIamPolicyTest {
    /** Granted, but used only on paths these flows do not take, or by Athena on the task's behalf. */
    static final Map<String, String> UNUSED_HERE = Map.ofEntries(
            Map.entry("glue:GetPartitions", "Athena reads partitions of partitioned tables with the task's permissions"),
            Map.entry("glue:BatchGetPartition", "the same"),
            Map.entry("glue:CreateDatabase", "Athena creates the catalog's default database when it is missing"),
            Map.entry("glue:GetTable", "resource-link tables only (GlueSchemaProvider follows a TargetTable)"),
            Map.entry("athena:StopQueryExecution", "a query past its timeout, or one nobody comes back for"),
            Map.entry("s3:GetBucketLocation", "Athena checks its output location with the task's permissions"),
            Map.entry("s3:AbortMultipartUpload", "an upload of a large result that fails"),
            Map.entry("s3:ListMultipartUploadParts", "Athena, writing large output in parts"),
            Map.entry("sqs:ChangeMessageVisibility", "a consumer extends a message's visibility only when work outlasts"
                    + " sqlassist.sqs.visibility-extension-seconds"),
            Map.entry("kms:GenerateDataKey", "only with results_kms_key_arn"),
            Map.entry("kms:Decrypt", "only with a KMS key for data or results"),
            Map.entry("lakeformation:GetDataAccess", "only with lake_formation_enabled"));

    static AwsFakes aws;
    static List<Call> calls;
    static List<Statement> policy;

    /** One Allow statement of the task role: its literal actions and its resources as written. */
    record Statement(String sid, List<String> actions, String resources) {
    }

    @BeforeAll
    static void runTheFlows() throws Exception {
        policy = taskPolicy();
        aws = AwsFakes.start(Duration.ofMillis(200));
        Path data = Files.createTempDirectory("iam-policy");
        Map<String, String> properties = aws.serviceProperties("jdbc:h2:mem:iam-policy;DB_CLOSE_DELAY=-1");
        properties.put("sqlassist.data-dir", data.toString());
        AwsCallRecorder.start();
        try (SqlassistService service = SqlassistService.start("aws", properties, Map.of())) {
            AwsCallRecorder.ignoreCallingThread(); // from here on this thread is the people around the service
            ApprovalRequest approved = ask("number of orders per status");
            decide(approved, DecisionAction.approve, null);
            Result result = result(approved.threadId());
            assertThat(result.status()).as(result.message()).isEqualTo(ResultStatus.succeeded);

            ApprovalRequest refined = ask("how many orders are there");
            decide(refined, DecisionAction.refine, "per status please");
            ApprovalRequest second = Json.read(aws.queues.await(aws.names.approvalRequest(), m ->
                    m.body().contains("\"attempt\":2") && m.body().contains(refined.threadId()), TestStack.WAIT)
                    .orElseThrow().body(), ApprovalRequest.class);
            decide(second, DecisionAction.reject, null);
            assertThat(result(refined.threadId()).status()).isEqualTo(ResultStatus.rejected);
            // What ECS's and the load balancer's probes make the service call: readiness and liveness, every check.
            HealthCheckHelper.invoke(service.context());
        } finally {
            AwsCallRecorder.recordCallingThread();
        }
        recoveryAfterAStopInTheMiddleOfAQuery(data);
        // The pre-flight runs with the task's role too (docs/deploy.md); the fakes answer its Bedrock call with 404,
        // which is not an IAM matter.
        Properties settings = new Properties();
        settings.putAll(properties);
        Doctor.aws(Settings.load("aws", settings));
        calls = AwsCallRecorder.stop();
    }

    @AfterAll
    static void stopFakes() throws Exception {
        aws.close();
    }

    /**
     * A deploy stops the service while Athena runs an approved query; the next instance takes the thread up from the
     * pending store and finds the same execution by its token. Both instances run as the task role.
     */
    private static void recoveryAfterAStopInTheMiddleOfAQuery(Path data) throws Exception {
        Map<String, String> properties = aws.restartableServeProperties(data, "jdbc:h2:mem:iam-policy;DB_CLOSE_DELAY=-1");
        properties.put("camel.main.shutdown-timeout", "1");
        aws.athena.runQueriesFor(Duration.ofSeconds(4));
        ApprovalRequest approved;
        try (SqlassistService stopping = SqlassistService.start("aws", properties, Map.of())) {
            AwsCallRecorder.ignoreCallingThread();
            approved = ask("number of orders per status");
            decide(approved, DecisionAction.approve, null);
            String sql = approved.sql();
            Conditions.await("the query to start", () -> aws.athena.queryStarts().stream()
                    .anyMatch(start -> start.sql().equals(sql) && start.at().isAfter(approved.createdAt())));
        } finally {
            AwsCallRecorder.recordCallingThread();
        }
        try (SqlassistService restarted = SqlassistService.start("aws", properties, Map.of())) {
            AwsCallRecorder.ignoreCallingThread();
            Result result = result(approved.threadId());
            assertThat(result.status()).as(result.message()).isEqualTo(ResultStatus.succeeded);
            assertThat(aws.athena.queryStarts().stream().filter(start -> start.sql().equals(approved.sql())
                    && start.at().isAfter(approved.createdAt())).toList()).as("the restart took up the same execution")
                    .hasSize(2).last().matches(AthenaGlueFake.Start::reused);
        } finally {
            AwsCallRecorder.recordCallingThread();
            aws.athena.runQueriesFor(Duration.ofMillis(200));
        }
    }

    private static ApprovalRequest ask(String question) throws Exception {
        String thread = "iam-" + System.nanoTime();
        aws.queues.send(aws.names.inbox(), "{\"thread_id\": \"" + thread + "\", \"question\": \"" + question
                + "\", \"requested_by\": \"ann\"}");
        return Json.read(aws.queues.await(aws.names.approvalRequest(), TestStack.forThread(thread), TestStack.WAIT)
                .orElseThrow().body(), ApprovalRequest.class);
    }

    private static void decide(ApprovalRequest request, DecisionAction action, String feedback) {
        aws.queues.send(aws.names.approvalResponse(), Json.write(new Decision(1, request.threadId(), action, feedback,
                "bob", request.sqlSha256())));
    }

    private static Result result(String thread) throws Exception {
        return Json.read(aws.queues.await(aws.names.results(), TestStack.forThread(thread), TestStack.WAIT)
                .orElseThrow().body(), Result.class);
    }

    @Test
    void every_call_the_service_makes_is_granted_to_the_task_role() {
        assertThat(calls).extracting(Call::action).contains("sqs:ReceiveMessage", "sqs:SendMessage",
                "glue:GetTables", "athena:StartQueryExecution", "s3:PutObject", "bedrock:InvokeModel");
        Set<String> granted = new TreeSet<>();
        policy.forEach(s -> granted.addAll(s.actions()));
        assertThat(calls).filteredOn(c -> !granted.contains(c.action())).as("calls the task role is not granted")
                .isEmpty();
    }

    @Test
    void each_queue_is_granted_only_what_the_service_does_with_it() throws Exception {
        Map<String, Set<String>> queuesOf = queueGroups();
        List<String> uncovered = new ArrayList<>();
        for (Call call : calls) {
            if (!call.action().startsWith("sqs:")) {
                continue;
            }
            String queue = call.resource().substring(call.resource().lastIndexOf('/') + 1);
            boolean covered = policy.stream().filter(s -> s.actions().contains(call.action())).anyMatch(s ->
                    queuesOf.entrySet().stream().anyMatch(g -> s.resources().contains(g.getKey())
                            && g.getValue().contains(queue)));
            if (!covered) {
                uncovered.add(call.action() + " on " + queue);
            }
        }
        assertThat(uncovered).as("SQS calls on queues their action is not granted for").isEmpty();
    }

    @Test
    void results_go_only_where_the_policy_lets_them() {
        List<String> outside = new ArrayList<>();
        for (Call call : calls) {
            if (!call.action().equals("s3:PutObject")) {
                continue;
            }
            String key = call.resource().substring(call.resource().indexOf('/') + 1);
            boolean results = key.startsWith("results/") && granted("s3:PutObject", "local.results_objects_arn");
            boolean output = key.startsWith("athena-output/") && granted("s3:PutObject", "local.athena_output_objects_arn");
            if (!results && !output) {
                outside.add(call.operation() + " " + call.resource());
            }
        }
        assertThat(outside).as("S3 writes outside the granted prefixes").isEmpty();
    }

    @Test
    void athenas_result_files_are_read_only_under_its_output_prefix() {
        List<String> reads = calls.stream().filter(c -> c.action().equals("s3:GetObject")).map(Call::resource).toList();
        assertThat(reads).as("every SELECT's rows come from Athena's CSV").isNotEmpty();
        assertThat(granted("s3:GetObject", "local.athena_output_objects_arn")).isTrue();
        assertThat(reads).as("S3 reads outside athena-output/")
                .allMatch(resource -> resource.substring(resource.indexOf('/') + 1).startsWith("athena-output/"));
    }

    @Test
    void every_grant_is_used_here_or_explained() {
        Set<String> used = new TreeSet<>();
        calls.forEach(c -> used.add(c.action()));
        Set<String> unused = new TreeSet<>();
        policy.forEach(s -> s.actions().stream().filter(a -> !used.contains(a)).forEach(unused::add));
        System.out.println("Task-role grants no recorded call used: " + unused);
        assertThat(unused).as("grants no call used, and no reason given in UNUSED_HERE")
                .allMatch(UNUSED_HERE::containsKey);
        assertThat(UNUSED_HERE.keySet()).as("explained as unused here, but a recorded call used it")
                .doesNotContainAnyElementsOf(used);
    }

    private static boolean granted(String action, String resourceReference) {
        return policy.stream().anyMatch(s -> s.actions().contains(action) && s.resources().contains(resourceReference));
    }

    /** terraform/sqs.tf's queue groups (aws_sqs_queue.main, .notify, .dlq) and the queue names in each. */
    private static Map<String, Set<String>> queueGroups() throws Exception {
        Map<String, JsonNode> cfg = parsedTerraform();
        Map<String, JsonNode> locals = TerraformTest.localValues(cfg);
        Set<String> worked = keys(locals.get("worked_queues"));
        Set<String> notify = keys(locals.get("notify_queues"));
        assertThat(worked).contains("inbox", "approval-response");
        Set<String> dlq = new TreeSet<>();
        worked.forEach(q -> dlq.add(q + "-dlq"));
        return Map.of("aws_sqs_queue.main", names(worked), "aws_sqs_queue.notify", names(notify),
                "aws_sqs_queue.dlq", names(dlq));
    }

    /** The queue names the aws profile uses: var.name ("sqlassist") and the role. */
    private static Set<String> names(Set<String> roles) {
        Set<String> out = new TreeSet<>();
        roles.forEach(r -> out.add("sqlassist-" + r));
        return out;
    }

    /** The keys of a map-valued local (worked_queues, notify_queues). */
    private static Set<String> keys(JsonNode map) {
        Set<String> out = new TreeSet<>();
        if (map != null && map.isObject()) {
            map.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    private static Map<String, JsonNode> parsedTerraform() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ShipFiles.root().resolve("terraform"))) {
            files = walk.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
        return TerraformTest.parse(files);
    }

    private static List<Statement> taskPolicy() throws Exception {
        JsonNode task = TerraformTest.dataSources(parsedTerraform(), "aws_iam_policy_document").get("task");
        List<JsonNode> statements = new ArrayList<>();
        task.path("statement").forEach(statements::add);
        for (JsonNode dyn : task.path("dynamic").path("statement")) {
            dyn.path("content").forEach(statements::add);
        }
        List<Statement> out = new ArrayList<>();
        for (JsonNode st : statements) {
            if (!st.path("effect").asText("Allow").equals("Allow")) {
                continue;
            }
            out.add(new Statement(st.path("sid").asText(""), TerraformTest.strings(st.path("actions")),
                    st.path("resources").toString()));
        }
        return out;
    }
}
