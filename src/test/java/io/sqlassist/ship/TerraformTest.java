package io.sqlassist.ship;

import io.sqlassist.service.CapabilitySettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline checks of terraform/: every file is parsed to JSON by HashiCorp's HCL parser (tools/hcl2json, run with
 * node) and the JSON is judged. Each check returns its violations; {@link #checksCatchABrokenConfiguration} proves
 * that every check fails on a configuration that breaks its rule.
 */
class TerraformTest {
    /** Actions for which AWS accepts only Resource "*". Keep in step with terraform/iam.tf and docs/deploy.md. */
    static final Set<String> STAR_RESOURCE_ACTIONS = Set.of("ecr:GetAuthorizationToken", "lakeformation:GetDataAccess");

    /** Variables that must validate their value, and a fragment their condition must hold. */
    static final Map<String, String> VALIDATED = Map.ofEntries(
            Map.entry("region", "regex"),
            Map.entry("desired_count", ">= 0"),
            Map.entry("athena_bytes_scanned_cutoff_per_query", ">= 10485760"),
            Map.entry("log_retention_days", "3653"),
            Map.entry("vpc_id", "vpc-"),
            Map.entry("subnet_ids", "subnet-"),
            Map.entry("security_group_ids", "sg-"),
            Map.entry("glue_databases", "length"),
            Map.entry("image_tag", "regex"),
            Map.entry("max_receive_count", ">= 1"),
            Map.entry("results_expiration_days", ">= 1"),
            Map.entry("athena_output_expiration_days", ">= 1"),
            Map.entry("task_cpu", "contains"),
            Map.entry("google_chat_webhook_secret_arn", "secretsmanager"),
            Map.entry("data_s3_read_arns", "arn:aws"),
            Map.entry("extra_environment", "WEBHOOK"));

    static final List<String> QUEUE_ROLES = List.of("inbox", "approval-request", "approval-response", "results");

    static final ObjectMapper JSON = new ObjectMapper();

    /** Parsed terraform/**.tf and examples/*.tfvars, by path relative to the project. */
    static Map<String, JsonNode> config;

    @BeforeAll
    static void parseTerraform() throws IOException {
        Path dir = ShipFiles.root().resolve("terraform");
        assertThat(dir).as("terraform/ directory").isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars"))
                    .filter(p -> !p.toString().contains("/.terraform/"))
                    .sorted()
                    .toList();
        }
        assertThat(files).as("terraform files").isNotEmpty();
        config = parse(files);
    }

    /** Runs tools/hcl2json/parse.js on the files; the result maps each file (relative when under the project). */
    static Map<String, JsonNode> parse(List<Path> files) throws IOException {
        Path root = ShipFiles.root();
        Path script = root.resolve("tools/hcl2json/parse.js");
        if (!Files.isDirectory(root.resolve("tools/hcl2json/node_modules/@cdktf/hcl2json"))) {
            fail("the HCL parser is not installed (tools/hcl2json/node_modules): " + ShipFiles.INSTALL_HINT);
        }
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        for (Path f : files) {
            command.add(f.startsWith(root) ? root.relativize(f).toString() : f.toString());
        }
        ShipFiles.Run run = ShipFiles.run(command, Map.of(), 60);
        if (run == null) {
            fail("node is not on the PATH (TerraformTest parses HCL with node): install Node.js 18+ and "
                    + ShipFiles.INSTALL_HINT);
        }
        if (run.exitCode() == 3) {
            fail(run.stderr().strip() + " (" + ShipFiles.INSTALL_HINT + ")");
        }
        assertThat(run.exitCode()).as("HCL parse failed:\n" + run.stderr()).isZero();
        JsonNode all = JSON.readTree(run.stdout());
        Map<String, JsonNode> out = new LinkedHashMap<>();
        all.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    // ---- the checks on the real configuration -----------------------------------------------------------------

    @Test
    void theEmbeddedQueuesBehaveAsTerraformMakesThemOnAws() {
        io.sqlassist.sqs.QueueSettings local = io.sqlassist.service.CapabilitySettings.queueSettings(
                io.sqlassist.service.Settings.load("local", new java.util.Properties()));
        Map<String, JsonNode> variables = variables(config);
        assertThat(variables.get("inbox_visibility_timeout_seconds").path("default").asInt())
                .isEqualTo(local.inboxVisibilitySeconds());
        assertThat(variables.get("approval_response_visibility_timeout_seconds").path("default").asInt())
                .isEqualTo(local.responseVisibilitySeconds());
        assertThat(variables.get("max_receive_count").path("default").asInt()).isEqualTo(local.maxReceiveCount());
        localValues(config).get("notify_queues").properties().forEach(queue -> assertThat(
                queue.getValue().path("visibility_timeout").asInt()).as(queue.getKey())
                .isEqualTo(local.notifyVisibilitySeconds()));
        assertThat(localValues(config).get("worked_queues").properties().stream().map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("inbox", "approval-response");
    }

    @Test
    void everyReferencedVariableIsDeclaredAndEveryDeclaredOneIsUsed() {
        assertThat(undeclaredVariables(config)).as("var.X referenced but not declared").isEmpty();
        assertThat(unusedVariables(config)).as("variables declared but never used").isEmpty();
    }

    @Test
    void everyVariableHasADescriptionAndTheRiskyOnesAreValidated() {
        assertThat(variablesWithoutDescription(config)).isEmpty();
        assertThat(missingValidations(config)).isEmpty();
    }

    @Test
    void exampleTfvarsSetsOnlyDeclaredVariablesAndEveryRequiredOne() {
        assertThat(tfvarsViolations(config)).isEmpty();
    }

    @Test
    void theTaskRoleGrantsOnlyWhatTheServiceCalls() {
        assertThat(grantsNoCallUses(config)).isEmpty();
    }

    @Test
    void iamPoliciesNameTheirActionsAndResources() {
        assertThat(iamViolations(config)).isEmpty();
        assertThat(uncheckablePolicies(config)).isEmpty();
    }

    @Test
    void starResourceExceptionsAreDocumented() {
        String iam = ShipFiles.read(ShipFiles.root().resolve("terraform/iam.tf"));
        String docs = ShipFiles.read(ShipFiles.root().resolve("docs/deploy.md"));
        for (String action : STAR_RESOURCE_ACTIONS) {
            assertThat(iam).as("terraform/iam.tf lists the \"*\" exception " + action).contains(action);
            assertThat(docs).as("docs/deploy.md lists the \"*\" exception " + action).contains(action);
        }
    }

    @Test
    void queuesHaveDeadLetterQueuesAndAreEncrypted() {
        assertThat(sqsViolations(config)).isEmpty();
    }

    @Test
    void resultsBucketIsPrivateEncryptedAndTlsOnly() {
        assertThat(s3Violations(config)).isEmpty();
    }

    @Test
    void athenaWorkgroupEnforcesItsConfigurationAndAScanCutoff() {
        assertThat(athenaViolations(config)).isEmpty();
    }

    @Test
    void providersArePinned() {
        assertThat(providerViolations(config)).isEmpty();
    }

    @Test
    void theWebhookIsOnlyEverASecret() {
        assertThat(webhookViolations(config)).isEmpty();
    }

    @Test
    void theServiceRunsServeOnFargateWithLogsAndTheAwsProfile() {
        assertThat(ecsViolations(config)).isEmpty();
    }

    // ---- the checks must be able to fail ----------------------------------------------------------------------

    static final String BROKEN = """
            terraform {
              required_providers {
                aws = { source = "hashicorp/aws", version = ">= 5.0" }
              }
            }
            variable "region" {
              type = string
            }
            variable "desired_count" {
              type        = number
              description = "no validation"
            }
            variable "google_chat_webhook_url" {
              description = "the URL itself"
              default     = "https://chat.googleapis.com/v1/spaces/AAA/messages?key=k&token=t"
            }
            data "aws_iam_policy_document" "bad" {
              statement {
                actions   = ["s3:*"]
                resources = ["arn:aws:s3:::b/*"]
              }
              statement {
                actions   = ["sqs:SendMessage"]
                resources = ["*"]
              }
            }
            data "aws_iam_policy_document" "task" {
              statement {
                actions   = ["sqs:ReceiveMessage", "sqs:SendMessage", "sqs:GetQueueAttributes"]
                resources = local.queue_arns
              }
            }
            resource "aws_iam_role_policy" "inline" {
              policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
            }
            resource "aws_sqs_queue" "inbox" {
              name = "x-inbox"
            }
            resource "aws_s3_bucket" "b" {
              bucket = "b"
            }
            resource "aws_s3_bucket_public_access_block" "b" {
              bucket                  = aws_s3_bucket.b.id
              block_public_acls       = true
              block_public_policy     = false
              ignore_public_acls      = true
              restrict_public_buckets = true
            }
            resource "aws_athena_workgroup" "w" {
              name = "w"
              configuration {
                enforce_workgroup_configuration = false
              }
            }
            resource "aws_ecs_task_definition" "t" {
              container_definitions = jsonencode([{
                environment = [{ name = "SQLASSIST_NOTIFY_GOOGLE_CHAT_WEBHOOK_URL", value = var.google_chat_webhook_url }]
              }])
            }
            resource "aws_ecs_service" "s" {
              desired_count                      = var.desired_count
              launch_type                        = "FARGATE"
              deployment_minimum_healthy_percent = 100
              deployment_maximum_percent         = 200
            }
            output "o" {
              value = var.undeclared_thing
            }
            """;

    @Test
    void checksCatchABrokenConfiguration(@TempDir Path tmp) throws IOException {
        Path broken = tmp.resolve("broken.tf");
        Files.writeString(broken, BROKEN);
        Path tfvars = tmp.resolve("bad.tfvars");
        Files.writeString(tfvars, "nonsense = 1\n");
        Map<String, JsonNode> bad = parse(List.of(broken, tfvars));

        Map<String, Function<Map<String, JsonNode>, List<String>>> checks = new LinkedHashMap<>();
        checks.put("undeclaredVariables", TerraformTest::undeclaredVariables);
        checks.put("unusedVariables", TerraformTest::unusedVariables);
        checks.put("variablesWithoutDescription", TerraformTest::variablesWithoutDescription);
        checks.put("missingValidations", TerraformTest::missingValidations);
        checks.put("tfvarsViolations", TerraformTest::tfvarsViolations);
        checks.put("iamViolations", TerraformTest::iamViolations);
        checks.put("uncheckablePolicies", TerraformTest::uncheckablePolicies);
        checks.put("sqsViolations", TerraformTest::sqsViolations);
        checks.put("s3Violations", TerraformTest::s3Violations);
        checks.put("athenaViolations", TerraformTest::athenaViolations);
        checks.put("providerViolations", TerraformTest::providerViolations);
        checks.put("webhookViolations", TerraformTest::webhookViolations);
        checks.put("ecsViolations", TerraformTest::ecsViolations);
        checks.put("grantsNoCallUses", TerraformTest::grantsNoCallUses);
        checks.forEach((name, check) -> assertThat(check.apply(bad)).as(name + " on a broken configuration").isNotEmpty());

        // And the specific findings, so a check that fails for the wrong reason is noticed.
        assertThat(undeclaredVariables(bad)).anyMatch(v -> v.contains("undeclared_thing"));
        assertThat(variablesWithoutDescription(bad)).anyMatch(v -> v.contains("region"));
        assertThat(missingValidations(bad)).anyMatch(v -> v.contains("desired_count"));
        assertThat(iamViolations(bad)).anyMatch(v -> v.contains("s3:*")).anyMatch(v -> v.contains("sqs:SendMessage"));
        assertThat(sqsViolations(bad)).anyMatch(v -> v.contains("redrive")).anyMatch(v -> v.contains("encrypt"));
        assertThat(s3Violations(bad)).anyMatch(v -> v.contains("block_public_policy")).anyMatch(v -> v.contains("encryption"));
        assertThat(athenaViolations(bad)).anyMatch(v -> v.contains("bytes_scanned_cutoff_per_query"))
                .anyMatch(v -> v.contains("enforce_workgroup_configuration"));
        assertThat(providerViolations(bad)).anyMatch(v -> v.contains("required_version")).anyMatch(v -> v.contains("~>"));
        assertThat(webhookViolations(bad)).anyMatch(v -> v.contains("google_chat_webhook_url"));
        assertThat(tfvarsViolations(bad)).anyMatch(v -> v.contains("nonsense"));
        assertThat(grantsNoCallUses(bad)).anyMatch(v -> v.contains("sqs:GetQueueAttributes"))
                .anyMatch(v -> v.contains("receives from queues the service only sends to"));
        assertThat(ecsViolations(bad)).anyMatch(v -> v.contains("deployment_maximum_percent must be 100"))
                .anyMatch(v -> v.contains("deployment_minimum_healthy_percent must be 0"));
    }

    // ---- checks ---------------------------------------------------------------------------------------------------

    static final Pattern VAR_REF = Pattern.compile("\\bvar\\.([A-Za-z_][A-Za-z0-9_-]*)");

    static List<String> undeclaredVariables(Map<String, JsonNode> cfg) {
        Set<String> declared = variables(cfg).keySet();
        Set<String> missing = new TreeSet<>();
        for (String ref : variableReferences(cfg)) {
            if (!declared.contains(ref)) {
                missing.add("var." + ref + " is referenced but no variable \"" + ref + "\" is declared");
            }
        }
        return new ArrayList<>(missing);
    }

    static List<String> unusedVariables(Map<String, JsonNode> cfg) {
        Set<String> used = variableReferences(cfg);
        List<String> out = new ArrayList<>();
        for (String name : variables(cfg).keySet()) {
            if (!used.contains(name)) {
                out.add("variable \"" + name + "\" is declared but never used");
            }
        }
        return out;
    }

    /** var.X references in expressions, outside the variable blocks themselves (their validations name them). */
    static Set<String> variableReferences(Map<String, JsonNode> cfg) {
        Set<String> refs = new TreeSet<>();
        for (Map.Entry<String, JsonNode> file : cfg.entrySet()) {
            if (file.getKey().endsWith(".tfvars")) {
                continue;
            }
            file.getValue().properties().forEach(top -> {
                if (top.getKey().equals("variable")) {
                    return;
                }
                for (String s : strings(top.getValue())) {
                    if (!s.contains("${")) {
                        continue;
                    }
                    Matcher m = VAR_REF.matcher(s);
                    while (m.find()) {
                        refs.add(m.group(1));
                    }
                }
            });
        }
        // References between variables (validation of one naming another) count as uses too.
        variables(cfg).forEach((name, body) -> {
            for (String s : strings(body)) {
                Matcher m = VAR_REF.matcher(s);
                while (s.contains("${") && m.find()) {
                    if (!m.group(1).equals(name)) {
                        refs.add(m.group(1));
                    }
                }
            }
        });
        return refs;
    }

    static List<String> variablesWithoutDescription(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        variables(cfg).forEach((name, body) -> {
            if (body.path("description").asText("").isBlank()) {
                out.add("variable \"" + name + "\" has no description");
            }
        });
        return out;
    }

    static List<String> missingValidations(Map<String, JsonNode> cfg) {
        Map<String, JsonNode> vars = variables(cfg);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> want : new java.util.TreeMap<>(VALIDATED).entrySet()) {
            JsonNode body = vars.get(want.getKey());
            if (body == null) {
                out.add("variable \"" + want.getKey() + "\" is missing (it must exist and be validated)");
                continue;
            }
            JsonNode validations = body.path("validation");
            if (!validations.isArray() || validations.isEmpty()) {
                out.add("variable \"" + want.getKey() + "\" has no validation block");
                continue;
            }
            boolean found = false;
            for (JsonNode v : validations) {
                String condition = v.path("condition").asText("");
                if (!condition.contains("var." + want.getKey())) {
                    out.add("variable \"" + want.getKey() + "\" has a validation that does not test it: " + condition);
                }
                if (v.path("error_message").asText("").isBlank()) {
                    out.add("variable \"" + want.getKey() + "\" has a validation without error_message");
                }
                found |= condition.contains(want.getValue());
            }
            if (!found) {
                out.add("variable \"" + want.getKey() + "\": no validation condition contains " + want.getValue());
            }
        }
        return out;
    }

    static List<String> tfvarsViolations(Map<String, JsonNode> cfg) {
        Map<String, JsonNode> vars = variables(cfg);
        List<String> out = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<String, JsonNode> file : cfg.entrySet()) {
            if (!file.getKey().endsWith(".tfvars")) {
                continue;
            }
            any = true;
            Set<String> set = new TreeSet<>();
            file.getValue().properties().forEach(e -> set.add(e.getKey()));
            for (String key : set) {
                if (!vars.containsKey(key)) {
                    out.add(file.getKey() + " sets \"" + key + "\", which is not a declared variable");
                }
            }
            vars.forEach((name, body) -> {
                if (!body.has("default") && !set.contains(name)) {
                    out.add(file.getKey() + " does not set the required variable \"" + name + "\"");
                }
            });
        }
        if (!any) {
            out.add("no .tfvars example found (terraform/examples/example.tfvars)");
        }
        return out;
    }

    static final Pattern POLICY_DOC_REF =
            Pattern.compile("^\\$\\{data\\.aws_iam_policy_document\\.[A-Za-z0-9_-]+(\\[[^\\]]+\\])?\\.json\\}$");

    /** Every IAM-style policy must come from an aws_iam_policy_document, so that iamViolations sees all of it. */
    static List<String> uncheckablePolicies(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        Map<String, List<String>> attributes = Map.of(
                "aws_iam_role_policy", List.of("policy"),
                "aws_iam_policy", List.of("policy"),
                "aws_iam_role", List.of("assume_role_policy"),
                "aws_s3_bucket_policy", List.of("policy"),
                "aws_sqs_queue_policy", List.of("policy"),
                "aws_secretsmanager_secret_policy", List.of("policy"),
                "aws_ecr_repository_policy", List.of("policy"));
        attributes.forEach((type, attrs) -> resources(cfg, type).forEach((name, body) -> {
            for (String attr : attrs) {
                String value = body.path(attr).asText("");
                if (!POLICY_DOC_REF.matcher(value).matches()) {
                    out.add(type + "." + name + "." + attr + " must be data.aws_iam_policy_document.X.json, not: "
                            + abbreviate(value));
                }
            }
            if (body.has("inline_policy") || body.has("managed_policy_arns")) {
                out.add(type + "." + name + " uses inline_policy/managed_policy_arns; use aws_iam_role_policy");
            }
        }));
        for (String type : List.of("aws_iam_role_policy_attachment", "aws_iam_policy_attachment")) {
            resources(cfg, type).forEach((name, body) ->
                    out.add(type + "." + name + ": attached (managed) policies are not checked; write the statements"));
        }
        return out;
    }

    static List<String> iamViolations(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        Map<String, String> locals = locals(cfg);
        dataSources(cfg, "aws_iam_policy_document").forEach((doc, body) -> {
            List<JsonNode> statements = new ArrayList<>();
            body.path("statement").forEach(statements::add);
            for (JsonNode dyn : body.path("dynamic").path("statement")) {
                dyn.path("content").forEach(statements::add);
            }
            int i = 0;
            for (JsonNode st : statements) {
                String where = "aws_iam_policy_document." + doc + " statement " + (i++)
                        + (st.has("sid") ? " (" + st.path("sid").asText() + ")" : "");
                String effect = st.path("effect").asText("Allow");
                if (effect.equals("Deny")) {
                    continue;
                }
                if (st.has("not_actions") || st.has("not_resources")) {
                    out.add(where + ": not_actions/not_resources in an Allow statement");
                }
                JsonNode actions = st.path("actions");
                if (!actions.isArray() || actions.isEmpty()) {
                    out.add(where + ": actions must be a literal, non-empty list");
                    continue;
                }
                List<String> actionList = new ArrayList<>();
                actions.forEach(a -> actionList.add(a.asText()));
                for (String action : actionList) {
                    if (action.contains("*") || action.contains("${")) {
                        out.add(where + ": wildcard or computed action " + action);
                    }
                }
                boolean assumeRole = st.has("principals");
                JsonNode resources = st.path("resources");
                if (resources.isMissingNode() || (resources.isArray() && resources.isEmpty())) {
                    if (!assumeRole) {
                        out.add(where + ": no resources");
                    }
                    continue;
                }
                boolean star = false;
                for (String r : resources.isArray() ? strings(resources) : List.of(resources.asText())) {
                    star |= isStar(r, locals);
                }
                if (star) {
                    for (String action : actionList) {
                        if (!STAR_RESOURCE_ACTIONS.contains(action)) {
                            out.add(where + ": Resource \"*\" for " + action
                                    + " (only " + new TreeSet<>(STAR_RESOURCE_ACTIONS) + " may have it)");
                        }
                    }
                }
            }
        });
        return out;
    }

    /** Task-role actions no call of the service makes, and why (the calls are in the code, the components, the SDK). */
    static final Map<String, String> UNCALLED = Map.of(
            "sqs:GetQueueAttributes", "neither the routes' aws2-sqs endpoints nor the health check read queue attributes",
            "bedrock:InvokeModelWithResponseStream", "the service calls Converse, never ConverseStream",
            "glue:GetDatabases", "the service reads the configured databases by name, it never lists the catalog",
            "secretsmanager:GetSecretValue", "ECS injects the secrets with the execution role; the service reads none");

    /** Grants of the task role that no call uses: a leaked role could do more than the service ever does. */
    static List<String> grantsNoCallUses(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        JsonNode task = dataSources(cfg, "aws_iam_policy_document").get("task");
        if (task == null) {
            return List.of("no aws_iam_policy_document.task");
        }
        List<JsonNode> statements = new ArrayList<>();
        task.path("statement").forEach(statements::add);
        Set<JsonNode> onlyWithLinks = new HashSet<>();
        for (JsonNode dyn : task.path("dynamic").path("statement")) {
            boolean links = dyn.path("for_each").toString().contains("var.results_link_minutes");
            dyn.path("content").forEach(content -> {
                statements.add(content);
                if (links) {
                    onlyWithLinks.add(content);
                }
            });
        }
        for (JsonNode st : statements) {
            String where = "aws_iam_policy_document.task statement " + st.path("sid").asText("?");
            List<String> actions = strings(st.path("actions"));
            String resources = st.path("resources").toString();
            actions.stream().filter(UNCALLED::containsKey)
                    .forEach(a -> out.add(where + ": " + a + " is granted, but " + UNCALLED.get(a)));
            boolean consumes = actions.stream().anyMatch(a -> a.equals("sqs:ReceiveMessage")
                    || a.equals("sqs:DeleteMessage") || a.equals("sqs:ChangeMessageVisibility"));
            if (consumes && (resources.contains("aws_sqs_queue.notify") || resources.contains("aws_sqs_queue.dlq")
                    || resources.contains("queue_arns"))) {
                out.add(where + ": receives from queues the service only sends to (approval-request, results, the"
                        + " dead-letter queues)");
            }
            if (actions.contains("sqs:SendMessage") && resources.contains("aws_sqs_queue.main")) {
                out.add(where + ": sends to the queues the service works (inbox, approval-response): its role could"
                        + " ask questions or send decisions");
            }
            if (actions.contains("s3:GetObject") && resources.contains("local.results_objects_arn")
                    && !onlyWithLinks.contains(st)) {
                out.add(where + ": reads results back, which the service needs only to sign links"
                        + " (results_link_minutes > 0)");
            }
        }
        return out;
    }

    static final Pattern LOCAL_REF = Pattern.compile("\\blocal\\.([A-Za-z_][A-Za-z0-9_]*)");

    /** "*" itself, or an expression (following local.X references) that can yield a bare "*". */
    static boolean isStar(String resource, Map<String, String> locals) {
        return isStar(resource, locals, 0);
    }

    private static boolean isStar(String expr, Map<String, String> locals, int depth) {
        if (expr.strip().equals("*") || expr.contains("\"*\"")) {
            return true;
        }
        if (depth > 5 || !expr.contains("${")) {
            return false;
        }
        Matcher m = LOCAL_REF.matcher(expr);
        while (m.find()) {
            String def = locals.get(m.group(1));
            if (def != null && isStar(def, locals, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    static List<String> sqsViolations(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        Map<String, JsonNode> queues = resources(cfg, "aws_sqs_queue");
        if (queues.isEmpty()) {
            out.add("no aws_sqs_queue");
        }
        Set<String> names = new TreeSet<>();
        Map<String, JsonNode> localValues = localValues(cfg);
        queues.forEach((name, body) -> {
            String queueName = body.path("name").asText(name);
            boolean dlq = name.contains("dlq") || queueName.contains("dlq");
            boolean sse = body.path("sqs_managed_sse_enabled").asBoolean(false);
            boolean kms = !body.path("kms_master_key_id").asText("").isBlank();
            if (!sse && !kms) {
                out.add("aws_sqs_queue." + name + " is not encrypted (sqs_managed_sse_enabled or kms_master_key_id)");
            }
            if (!dlq) {
                String redrive = body.path("redrive_policy").asText("");
                // queues people's clients read (approval requests, results) must not count receives toward a DLQ
                boolean readByPeople = name.equals("notify");
                if (readByPeople && !redrive.isEmpty()) {
                    out.add("aws_sqs_queue." + name + " is read by people's clients and must have no redrive_policy");
                } else if (!readByPeople && (!redrive.contains("deadLetterTargetArn")
                        || !redrive.contains("maxReceiveCount") || !redrive.contains("aws_sqs_queue."))) {
                    out.add("aws_sqs_queue." + name + " has no redrive_policy to a dead-letter queue");
                }
                if (body.path("receive_wait_time_seconds").asInt(0) != 20) {
                    out.add("aws_sqs_queue." + name + " does not long-poll (receive_wait_time_seconds = 20)");
                }
                if (!body.has("visibility_timeout_seconds")) {
                    out.add("aws_sqs_queue." + name + " has no visibility_timeout_seconds");
                }
                // Expand for_each over a local map to the queue names it makes.
                Matcher m = Pattern.compile("^\\$\\{local\\.([A-Za-z0-9_]+)\\}$").matcher(body.path("for_each").asText(""));
                if (m.matches() && localValues.get(m.group(1)) != null && localValues.get(m.group(1)).isObject()) {
                    localValues.get(m.group(1)).properties().forEach(e -> names.add(queueName.replace("${each.key}", e.getKey())));
                } else {
                    names.add(queueName);
                }
            }
        });
        for (String role : QUEUE_ROLES) {
            if (names.stream().noneMatch(n -> n.endsWith("-" + role) || n.equals(role))) {
                out.add("no " + role + " queue with a dead-letter queue (main queues: " + names + ")");
            }
        }
        return out;
    }

    static List<String> s3Violations(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        Map<String, JsonNode> buckets = resources(cfg, "aws_s3_bucket");
        if (buckets.isEmpty()) {
            out.add("no aws_s3_bucket");
        }
        Map<String, JsonNode> docs = dataSources(cfg, "aws_iam_policy_document");
        for (String bucket : buckets.keySet()) {
            String ref = "aws_s3_bucket." + bucket + ".";
            List<JsonNode> pabs = referencing(resources(cfg, "aws_s3_bucket_public_access_block"), ref);
            if (pabs.isEmpty()) {
                out.add(ref + " has no aws_s3_bucket_public_access_block");
            }
            for (JsonNode pab : pabs) {
                for (String flag : List.of("block_public_acls", "block_public_policy", "ignore_public_acls",
                        "restrict_public_buckets")) {
                    if (!pab.path(flag).isBoolean() || !pab.path(flag).asBoolean()) {
                        out.add(ref + " public access block: " + flag + " must be true");
                    }
                }
            }
            List<JsonNode> sse = referencing(resources(cfg, "aws_s3_bucket_server_side_encryption_configuration"), ref);
            boolean encrypted = sse.stream().anyMatch(c -> strings(c).stream()
                    .anyMatch(s -> s.equals("AES256") || s.startsWith("aws:kms")
                            // a choice between the two (SSE-KMS when a key is given, SSE-S3 otherwise)
                            || s.contains("\"AES256\"") && s.contains("\"aws:kms\"")));
            if (!encrypted) {
                out.add(ref + " has no server-side encryption configuration (AES256 or aws:kms)");
            }
            List<JsonNode> lifecycle = referencing(resources(cfg, "aws_s3_bucket_lifecycle_configuration"), ref);
            boolean expires = lifecycle.stream().anyMatch(l -> l.toString().contains("\"expiration\""));
            if (!expires) {
                out.add(ref + " has no lifecycle rule with an expiration");
            }
            boolean tlsOnly = referencing(resources(cfg, "aws_s3_bucket_policy"), ref).stream().anyMatch(p -> {
                Matcher m = Pattern.compile("data\\.aws_iam_policy_document\\.([A-Za-z0-9_-]+)").matcher(p.path("policy").asText(""));
                if (!m.find() || docs.get(m.group(1)) == null) {
                    return false;
                }
                String doc = docs.get(m.group(1)).toString();
                return doc.contains("aws:SecureTransport") && doc.contains("\"Deny\"");
            });
            if (!tlsOnly) {
                out.add(ref + " has no bucket policy denying requests without TLS (aws:SecureTransport)");
            }
        }
        return out;
    }

    static List<String> athenaViolations(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        Map<String, JsonNode> workgroups = resources(cfg, "aws_athena_workgroup");
        if (workgroups.isEmpty()) {
            out.add("no aws_athena_workgroup");
        }
        workgroups.forEach((name, body) -> {
            JsonNode c = body.path("configuration").path(0);
            String where = "aws_athena_workgroup." + name;
            if (!c.path("enforce_workgroup_configuration").asBoolean(false)) {
                out.add(where + ": enforce_workgroup_configuration must be true");
            }
            JsonNode cutoff = c.path("bytes_scanned_cutoff_per_query");
            if (cutoff.isMissingNode() || cutoff.isNull()) {
                out.add(where + ": no bytes_scanned_cutoff_per_query");
            } else if (cutoff.isNumber() && cutoff.asLong() < 10_485_760L) {
                out.add(where + ": bytes_scanned_cutoff_per_query below Athena's 10 MB minimum");
            }
            String output = c.path("result_configuration").path(0).path("output_location").asText("");
            if (!output.startsWith("s3://") || !output.contains("athena-output/")) {
                out.add(where + ": output_location must be s3://BUCKET/athena-output/, not " + output);
            }
        });
        return out;
    }

    static List<String> providerViolations(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        boolean version = false;
        boolean aws = false;
        for (JsonNode file : cfg.values()) {
            for (JsonNode tf : file.path("terraform")) {
                version |= !tf.path("required_version").asText("").isBlank();
                for (JsonNode rp : tf.path("required_providers")) {
                    for (Map.Entry<String, JsonNode> p : rp.properties()) {
                        String v = p.getValue().path("version").asText("");
                        if (v.isBlank()) {
                            out.add("provider " + p.getKey() + " has no version constraint");
                        }
                        if (p.getKey().equals("aws")) {
                            aws = true;
                            if (!p.getValue().path("source").asText().equals("hashicorp/aws")) {
                                out.add("provider aws must come from hashicorp/aws");
                            }
                            if (!v.matches("~>\\s*5\\.\\d+(\\.\\d+)?")) {
                                out.add("provider aws must be pinned as ~> 5.N, not " + v);
                            }
                        }
                    }
                }
            }
        }
        if (!version) {
            out.add("no terraform { required_version = ... }");
        }
        if (!aws) {
            out.add("no required_providers entry for aws");
        }
        return out;
    }

    static List<String> webhookViolations(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        variables(cfg).forEach((name, body) -> {
            if (!name.toLowerCase().contains("webhook")) {
                return;
            }
            if (!name.matches(".*_(secret_arn|secret_name|parameter_arn|parameter_name)")) {
                out.add("variable \"" + name + "\": the webhook may only be named by a secret (..._secret_arn)");
            }
            if (body.path("default").asText("").matches("(?i)https?:.*")) {
                out.add("variable \"" + name + "\" has the webhook URL as its default");
            }
        });
        for (Map.Entry<String, JsonNode> file : cfg.entrySet()) {
            for (String s : strings(file.getValue())) {
                if (s.contains("chat.googleapis.com")) {
                    out.add(file.getKey() + " holds a Google Chat webhook URL");
                }
            }
        }
        Map<String, String> locals = locals(cfg);
        resources(cfg, "aws_ecs_task_definition").forEach((name, body) -> {
            String defs = body.path("container_definitions").asText("");
            String env = section(defs, "environment", locals);
            String secrets = section(defs, "secrets", locals);
            if (env.toUpperCase().contains("WEBHOOK")) {
                out.add("aws_ecs_task_definition." + name + ": the webhook is in the plain environment");
            }
            boolean webhookVarExists = variables(cfg).keySet().stream().anyMatch(v -> v.contains("webhook"));
            if (webhookVarExists && !secrets.contains("SQLASSIST_NOTIFY_GOOGLE_CHAT_WEBHOOK_URL")) {
                out.add("aws_ecs_task_definition." + name
                        + ": SQLASSIST_NOTIFY_GOOGLE_CHAT_WEBHOOK_URL must come from the secrets block");
            }
        });
        return out;
    }

    static List<String> ecsViolations(Map<String, JsonNode> cfg) {
        List<String> out = new ArrayList<>();
        Map<String, String> locals = locals(cfg);
        Map<String, JsonNode> taskDefs = resources(cfg, "aws_ecs_task_definition");
        if (taskDefs.isEmpty()) {
            out.add("no aws_ecs_task_definition");
        }
        taskDefs.forEach((name, body) -> {
            String where = "aws_ecs_task_definition." + name;
            if (!body.path("requires_compatibilities").toString().contains("FARGATE")) {
                out.add(where + " is not for FARGATE");
            }
            for (String role : List.of("execution_role_arn", "task_role_arn")) {
                if (!body.path(role).asText("").contains("aws_iam_role.")) {
                    out.add(where + " has no " + role);
                }
            }
            String defs = body.path("container_definitions").asText("");
            if (!defs.matches("(?s).*command\\s*=\\s*\\[\\s*\"serve\"\\s*\\].*")) {
                out.add(where + ": the container must run [\"serve\"]");
            }
            if (!defs.contains("awslogs")) {
                out.add(where + ": no awslogs log configuration");
            }
            String env = section(defs, "environment", locals);
            if (!env.matches("(?s).*SQLASSIST_PROFILE\\s*=\\s*\"aws\".*")) {
                out.add(where + ": the environment must set SQLASSIST_PROFILE = \"aws\"");
            }
            for (String key : List.of("SQLASSIST_ATHENA_WORKGROUP", "SQLASSIST_RESULTS_BUCKET", "SQLASSIST_RESULTS_PREFIX",
                    "SQLASSIST_GLUE_DATABASES", "SQLASSIST_BEDROCK_MODEL_ID", "SQLASSIST_AWS_REGION", "SQLASSIST_QUEUE_INBOX")) {
                if (!env.contains(key)) {
                    out.add(where + ": the environment does not set " + key);
                }
            }
        });
        Map<String, JsonNode> services = resources(cfg, "aws_ecs_service");
        if (services.isEmpty()) {
            out.add("no aws_ecs_service");
        }
        services.forEach((name, body) -> {
            if (!body.path("desired_count").asText("").equals("${var.desired_count}")) {
                out.add("aws_ecs_service." + name + ": desired_count must be var.desired_count");
            }
            if (!body.path("launch_type").asText("").equals("FARGATE")) {
                out.add("aws_ecs_service." + name + ": launch_type must be FARGATE");
            }
            // Without the shared store (H2 in the task), a deployment must never run two tasks at once.
            Integer maxWithoutStore = withoutPendingStore(body.path("deployment_maximum_percent"));
            Integer minWithoutStore = withoutPendingStore(body.path("deployment_minimum_healthy_percent"));
            if (maxWithoutStore == null || maxWithoutStore > 100) {
                out.add("aws_ecs_service." + name + ": without pending_store_enabled, deployment_maximum_percent must be"
                        + " 100 (two tasks with separate H2 stores refuse each other's decisions)");
            }
            if (minWithoutStore == null || minWithoutStore != 0) {
                out.add("aws_ecs_service." + name + ": without pending_store_enabled, deployment_minimum_healthy_percent"
                        + " must be 0 (else a task at 100% cannot be replaced)");
            }
        });
        Map<String, JsonNode> logs = resources(cfg, "aws_cloudwatch_log_group");
        if (logs.isEmpty()) {
            out.add("no aws_cloudwatch_log_group");
        }
        logs.forEach((name, body) -> {
            if (!body.has("retention_in_days")) {
                out.add("aws_cloudwatch_log_group." + name + " keeps logs forever (no retention_in_days)");
            }
        });
        Map<String, JsonNode> repos = resources(cfg, "aws_ecr_repository");
        if (repos.isEmpty()) {
            out.add("no aws_ecr_repository");
        }
        repos.forEach((name, body) -> {
            if (!body.path("image_scanning_configuration").path(0).path("scan_on_push").asBoolean(false)) {
                out.add("aws_ecr_repository." + name + " does not scan on push");
            }
        });
        if (resources(cfg, "aws_ecr_lifecycle_policy").isEmpty()) {
            out.add("no aws_ecr_lifecycle_policy");
        }
        return out;
    }

    static final Pattern ON_PENDING_STORE = Pattern.compile(
            "\\$\\{\\s*var\\.pending_store_enabled\\s*\\?\\s*(\\d+)\\s*:\\s*(\\d+)\\s*}");

    /** A deployment percentage as it is with the H2 fallback: a literal, or the false branch on pending_store_enabled. */
    static Integer withoutPendingStore(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asInt();
        }
        Matcher conditional = ON_PENDING_STORE.matcher(value.asText());
        return conditional.matches() ? Integer.valueOf(conditional.group(2))
                : value.asText().matches("\\d+") ? Integer.valueOf(value.asText()) : null;
    }

    // ---- JSON helpers -------------------------------------------------------------------------------------------

    /** variable name -> body, over all files. */
    static Map<String, JsonNode> variables(Map<String, JsonNode> cfg) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : cfg.entrySet()) {
            if (f.getKey().endsWith(".tfvars")) {
                continue;
            }
            f.getValue().path("variable").properties().forEach(e -> out.put(e.getKey(), e.getValue().path(0)));
        }
        return out;
    }

    static Map<String, JsonNode> resources(Map<String, JsonNode> cfg, String type) {
        return blocks(cfg, "resource", type);
    }

    static Map<String, JsonNode> dataSources(Map<String, JsonNode> cfg, String type) {
        return blocks(cfg, "data", type);
    }

    private static Map<String, JsonNode> blocks(Map<String, JsonNode> cfg, String kind, String type) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode f : cfg.values()) {
            f.path(kind).path(type).properties().forEach(e -> e.getValue().forEach(b -> out.put(e.getKey(), b)));
        }
        return out;
    }

    /** local name -> its expression as text. */
    static Map<String, String> locals(Map<String, JsonNode> cfg) {
        Map<String, String> out = new LinkedHashMap<>();
        localValues(cfg).forEach((k, v) -> out.put(k, v.isTextual() ? v.asText() : v.toString()));
        return out;
    }

    static Map<String, JsonNode> localValues(Map<String, JsonNode> cfg) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode f : cfg.values()) {
            for (JsonNode block : f.path("locals")) {
                block.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    /** Bodies whose "bucket" (or any) attribute refers to ref, e.g. "aws_s3_bucket.results.". */
    static List<JsonNode> referencing(Map<String, JsonNode> bodies, String ref) {
        List<JsonNode> out = new ArrayList<>();
        bodies.values().forEach(b -> {
            if (b.path("bucket").asText("").contains(ref)) {
                out.add(b);
            }
        });
        return out;
    }

    /** The text of "key = ..." in a container definition, plus the locals it names (for environment / secrets). */
    static String section(String defs, String key, Map<String, String> locals) {
        Matcher m = Pattern.compile("(?m)^\\s*" + key + "\\s*=(.*)$").matcher(defs);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String line = m.group(1);
            sb.append(line).append('\n');
            Set<String> seen = new LinkedHashSet<>();
            Matcher l = LOCAL_REF.matcher(line);
            while (l.find()) {
                if (seen.add(l.group(1)) && locals.containsKey(l.group(1))) {
                    sb.append(locals.get(l.group(1))).append('\n');
                }
            }
        }
        // A one-line jsonencode([{ environment = [...] }]) has no line start before the key.
        if (sb.length() == 0) {
            Matcher inline = Pattern.compile(key + "\\s*=\\s*(\\[[^\\]]*\\])").matcher(defs);
            while (inline.find()) {
                sb.append(inline.group(1)).append('\n');
            }
        }
        return sb.toString();
    }

    /** Every string value under node (field names excluded). */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> collect(child, out));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
