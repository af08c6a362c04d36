package io.sqlassist.bench;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.sample.SampleDataset;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.PendingThread;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.Sha256;
import io.sqlassist.wire.ThreadIds;
import io.sqlassist.wire.ValidationSummary;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Measures the pipeline around the generator and the engine (not a test): per-question overhead with a zero-latency
 * generator on the local profile, throughput of one instance, heap held by pending threads, and cold start of serve.
 * Args: [questions for latency, default 200] [questions for throughput, default 2000] [pending threads, default 100000]
 * [warm-up questions, default 500].
 */
public final class PipelineBenchmark {
    private static final String SQL = "SELECT customer_id, country FROM customers LIMIT 1";
    private static final int COLD_STARTS = Integer.getInteger("bench.cold-starts", 5);

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int latencyQuestions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int throughputQuestions = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int pendingThreads = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int warmupQuestions = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        Path dir = Files.createTempDirectory("sqlassist-pipeline-bench");
        Path warehouse = dir.resolve("sample.duckdb");
        SampleDataset.create(warehouse, LocalDate.now());
        Map<String, String> properties = new HashMap<>();
        properties.put("sqlassist.data-dir", dir.toString());
        properties.put("sqlassist.warehouse.url", "jdbc:duckdb:" + warehouse);
        properties.put("sqlassist.sqs.port", "0");
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("sqlassist.")
                && !k.equals("sqlassist.log.level")).forEach(k -> properties.put(k, System.getProperty(k)));

        List<String[]> rows = new ArrayList<>();
        try (TestStack stack = TestStack.start(properties, Map.of("sqlGenerator", new InstantGenerator()))) {
            // Steady state is what a long-running service sees; the first few hundred questions mostly measure the JIT.
            roundTrips(stack, warmupQuestions);
            List<double[]> samples = roundTrips(stack, latencyQuestions);
            List<Double> toRequest = samples.stream().map(s -> s[0]).toList();
            List<Double> toEngine = samples.stream().map(s -> s[1]).toList();
            SqsFloor floor = new SqsFloor(stack.service.context().getRegistry().lookupByNameAndType("sqsClient",
                    SqsClient.class));
            List<Double> hops = floor.roundTrips(warmupQuestions);
            hops = floor.roundTrips(latencyQuestions);
            double hop = percentile(hops, 50);
            rows.add(row("SQS floor: one send → receive, p50", "", ms(hop)));
            rows.add(row("inbox → approval request (2 hops), p50", "≤ 20 ms", ms(percentile(toRequest, 50))
                    + times(percentile(toRequest, 50), 2 * hop)));
            rows.add(row("inbox → approval request, p99", "", ms(percentile(toRequest, 99))));
            rows.add(row("decision → engine start (1 hop), p50", "≤ 10 ms", ms(percentile(toEngine, 50))
                    + times(percentile(toEngine, 50), hop)));
            rows.add(row("decision → engine start, p99", "", ms(percentile(toEngine, 99))));
            // The throughput path (batch receives, no waiting) has hot spots of its own for the JIT to compile first.
            throughput(stack, throughputQuestions);
            double cpuBefore = processCpuMs();
            double perSecond = throughput(stack, throughputQuestions);
            double cpuPerQuestion = (processCpuMs() - cpuBefore) / throughputQuestions;
            floor.relay(throughputQuestions);
            double floorPerSecond = floor.relay(throughputQuestions);
            rows.add(row("SQS floor: relayed messages per second", "", String.format(Locale.ROOT, "%.0f /s",
                    floorPerSecond)));
            rows.add(row("questions per second, one instance", "≥ 200", String.format(Locale.ROOT, "%.0f /s",
                    perSecond) + String.format(Locale.ROOT, " (%.0f%%)", 100 * perSecond / floorPerSecond)));
            rows.add(row("CPU per question (service and its SQS)", "", String.format(Locale.ROOT, "%.1f ms", cpuPerQuestion)));
            rows.add(row("heap: " + String.format(Locale.ROOT, "%,d", pendingThreads) + " pending − 0 pending",
                    "≤ 64 MB", String.format(Locale.ROOT, "%.1f MB", heapForPending(stack, pendingThreads))));
        }
        String warehouseUrl = properties.get("sqlassist.warehouse.url");
        if (COLD_STARTS == 0) {
            print(rows);
            return;
        }
        rows.add(row("cold start of serve (JVM start → ready)", "≤ 3 s", String.format(Locale.ROOT, "%.2f s",
                coldStartSeconds(warehouseUrl, true))));
        rows.add(row("  the same without the class-data archive", "", String.format(Locale.ROOT, "%.2f s",
                coldStartSeconds(warehouseUrl, false))));
        print(rows);
    }

    /**
     * Asks, waits for the approval request, approves and waits for the result, one question at a time. Per question:
     * inbox send → approval request received, and decision send → engine start (from the Result's timings).
     */
    private static List<double[]> roundTrips(TestStack stack, int questions) {
        List<double[]> samples = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            long sent = System.nanoTime();
            String thread = stack.ask("bench question " + i);
            ApprovalRequest request = stack.awaitRequest(thread);
            double askMs = (System.nanoTime() - sent) / 1e6;
            Instant decided = Instant.now();
            stack.decide(request, io.sqlassist.wire.DecisionAction.approve, null);
            Result result = stack.awaitResult(thread);
            samples.add(new double[] {askMs, Duration.between(decided, result.timings().executionStartedAt()).toNanos() / 1e6});
        }
        return samples;
    }

    /**
     * Questions per second from inbox to approval request. The questions go in with batch sends and arrivals are
     * counted from the queue's attributes, so the harness's own SQS traffic takes as little of the two cores as it can.
     */
    private static double throughput(TestStack stack, int questions) throws Exception {
        SqsClient sqs = stack.service.context().getRegistry().lookupByNameAndType("sqsClient", SqsClient.class);
        String inbox = stack.queues.url(stack.names.inbox());
        String requests = stack.queues.url(stack.names.approvalRequest());
        int before = waitingMessages(sqs, requests);
        long start = System.nanoTime();
        for (int first = 0; first < questions; first += 10) {
            List<SendMessageBatchRequestEntry> batch = new ArrayList<>();
            for (int i = first; i < Math.min(questions, first + 10); i++) {
                Question question = new Question(Question.SCHEMA_VERSION, ThreadIds.next(), "throughput question " + i,
                        "bench", null, null);
                batch.add(SendMessageBatchRequestEntry.builder().id("q" + i).messageBody(Json.write(question)).build());
            }
            sqs.sendMessageBatch(b -> b.queueUrl(inbox).entries(batch));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (waitingMessages(sqs, requests) < before + questions) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("throughput run did not finish");
            }
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sqs.purgeQueue(b -> b.queueUrl(requests));
        return questions / seconds;
    }

    private static int waitingMessages(SqsClient sqs, String queueUrl) {
        return Integer.parseInt(sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    /** Heap after a full GC with many threads pending, minus the heap with none: what pending threads cost. */
    private static double heapForPending(TestStack stack, int count) {
        double before = usedHeapMb();
        ProducerTemplate template = stack.service.context().createProducerTemplate();
        for (int i = 0; i < count; i++) {
            String thread = "pending-" + i;
            Question question = new Question(1, thread, "question " + i, "bench", null, null);
            ApprovalRequest request = new ApprovalRequest(1, thread, 1, SQL, Sha256.hex(SQL), "bench", Confidence.high,
                    List.of("customers"), question.question(), "bench", Instant.now(),
                    new ValidationSummary("passed", 1, List.of(), List.of()));
            template.sendBodyAndHeaders("direct:hold-pending-thread",
                    Json.write(new PendingThread(1, question, Instant.now(), List.of(), request)),
                    Map.of("thread_id", thread, "message_kind", "request"));
        }
        return usedHeapMb() - before;
    }

    private static double processCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    private static double usedHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /**
     * The median of a few cold starts of {@code serve} as users run it (the jar the launcher builds, the class-data
     * archive when there is one), each in a fresh JVM and data directory, timed from process start to a 200 from
     * the readiness endpoint.
     */
    private static double coldStartSeconds(String warehouseUrl, boolean withArchive) throws Exception {
        Path jar = Path.of("target", "sqlassist.jar");
        Path archive = Path.of("target", "sqlassist.jsa");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no target/sqlassist.jar; bench/run builds it");
        }
        List<Double> starts = new ArrayList<>();
        for (int i = 0; i < COLD_STARTS; i++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            if (withArchive && Files.isRegularFile(archive)) {
                command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            }
            starts.add(timeToReady(command, Files.createTempDirectory("sqlassist-cold"), warehouseUrl, jar));
        }
        return percentile(starts, 50);
    }

    private static double timeToReady(List<String> java, Path dataDir, String warehouseUrl, Path jar) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("-Dsqlassist.data-dir=" + dataDir, "-Dsqlassist.warehouse.url=" + warehouseUrl,
                "-Dsqlassist.sqs.port=0", "-Dcamel.management.enabled=true", "-Dcamel.management.host=127.0.0.1",
                "-Dcamel.management.port=" + port, "-jar", jar.toString(), "--profile", "local", "serve"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            while (true) {
                try {
                    HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/observe/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (!process.isAlive() || System.nanoTime() - start > 60e9) {
                    throw new IllegalStateException("serve did not become ready");
                }
                Thread.sleep(20);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static double percentile(List<Double> samples, int p) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String times(double value, double floor) {
        return String.format(Locale.ROOT, " (%.1f×)", value / floor);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String[] row(String metric, String target, String result) {
        return new String[] {metric, target, result};
    }

    private static void print(List<String[]> rows) {
        String format = "%-44s %-10s %20s%n";
        System.out.printf(format, "metric", "target", "result");
        rows.forEach(r -> System.out.printf(format, (Object[]) r));
    }

    /** A generator that answers at once, so the numbers are the pipeline's own. */
    private static final class InstantGenerator implements SqlGenerator {
        @Override
        public GeneratedSql generate(GenerationRequest request) {
            return GeneratedSql.of(SQL, "one customer", Confidence.high, List.of("customers"));
        }

        @Override
        public String name() {
            return "instant";
        }
    }
}
