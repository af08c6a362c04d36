package io.sqlassist.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sqlassist.wire.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Athena and Glue as the service sees them, on loopback, with Athena's semantics where the tests count: a start with
 * a ClientRequestToken already used returns the same execution instead of running the query again; a query stays
 * RUNNING for a while (so that a crash can fall in the middle of it) and then SUCCEEDS; StopQueryExecution cancels
 * it. When a query has succeeded its rows are in a CSV file at the output location the start named (header row,
 * every value quoted), and GetQueryResults pages them as Athena does: at most MaxResults rows a call, with a header
 * row first only for DML. Every start is recorded — the count is the engine's, not the service's.
 */
public final class AthenaGlueFake implements AutoCloseable {
    /** Where the fake writes a succeeded query's result file (S3, in {@link AwsFakes}). */
    public interface ResultFiles {
        void put(String bucket, String key, String csv);
    }

    /** One StartQueryExecution request as the engine received it. */
    public record Start(String sql, String token, String executionId, boolean reused, Instant at) {
    }

    private record Execution(String id, String sql, Instant startedAt, boolean explain, String outputLocation) {
        boolean dml() {
            String statement = sql.stripLeading().toUpperCase(java.util.Locale.ROOT);
            return !(statement.startsWith("SHOW") || statement.startsWith("DESCRIBE"));
        }
    }

    /** The rows every query returns, after the header row. */
    private static final List<List<String>> ROWS = List.of(List.of("1", "shipped"), List.of("2", "paid"));
    private static final List<String> HEADER = List.of("order_id", "status");

    private final HttpServer server;
    private volatile Duration running;
    private final List<Start> starts = new CopyOnWriteArrayList<>();
    private final Map<String, Execution> byToken = new ConcurrentHashMap<>();
    private final Map<String, Execution> byId = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stopped = new ConcurrentHashMap<>();
    private final Map<String, Boolean> written = new ConcurrentHashMap<>();
    private final ResultFiles files;
    private final AutoCloseable filesClient;
    /** Calls (X-Amz-Target) answered as IAM answers a call the role does not grant. */
    private final java.util.Set<String> denied = ConcurrentHashMap.newKeySet();

    /**
     * @param running how long a query (not an EXPLAIN) stays RUNNING before it succeeds
     * @param files   where result files go; {@code filesClient} is closed with the fake
     */
    public AthenaGlueFake(Duration running, ResultFiles files, AutoCloseable filesClient) throws IOException {
        this.running = running;
        this.files = files;
        this.filesClient = filesClient;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r, "athena-glue-fake");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** From now on, a query (not an EXPLAIN) stays RUNNING this long after its start. */
    public void runQueriesFor(Duration duration) {
        running = duration;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every start of a query that is not an EXPLAIN (a dry run), in arrival order. */
    public List<Start> queryStarts() {
        return starts.stream().filter(s -> !s.sql().startsWith("EXPLAIN ")).toList();
    }

    /**
     * Answers {@code target} (such as {@code AWSGlue.GetTables}) from now on as AWS answers a call the caller's role
     * does not grant.
     */
    public void deny(String target) {
        denied.add(target);
    }

    /** Grants every call again. */
    public void allowAll() {
        denied.clear();
    }

    public boolean wasStopped(String executionId) {
        return stopped.containsKey(executionId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode request = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
        if (target != null && denied.contains(target)) {
            String action = target.startsWith("AWSGlue.") ? "glue:" + target.substring(8)
                    : "athena:" + target.substring(target.indexOf('.') + 1);
            respond(exchange, 400, "{\"__type\":\"AccessDeniedException\",\"message\":\"User: "
                    + "arn:aws:sts::111122223333:assumed-role/sqlassist-task/task is not authorized to perform: " + action
                    + " because no identity-based policy allows the " + action + " action\"}");
            return;
        }
        String body;
        try {
            body = switch (target == null ? "" : target) {
                case "AWSGlue.GetDatabase" -> "{\"Database\": {\"Name\": \"" + request.path("Name").asText() + "\"}}";
                case "AWSGlue.GetTables" -> TABLES;
                case "AmazonAthena.GetWorkGroup" -> "{\"WorkGroup\": {\"Name\": \"" + request.path("WorkGroup").asText()
                        + "\", \"State\": \"ENABLED\", \"Configuration\": {\"EnforceWorkGroupConfiguration\": true,"
                        + " \"BytesScannedCutoffPerQuery\": 10737418240}}}";
                case "AmazonAthena.StartQueryExecution" -> start(request);
                case "AmazonAthena.GetQueryExecution" -> execution(request.path("QueryExecutionId").asText());
                case "AmazonAthena.GetQueryResults" -> results(request);
                case "AmazonAthena.StopQueryExecution" -> {
                    stopped.put(request.path("QueryExecutionId").asText(), true);
                    yield "{}";
                }
                default -> null;
            };
        } catch (RuntimeException e) {
            body = null;
        }
        respond(exchange, body == null ? 400 : 200, body == null
                ? "{\"__type\":\"InvalidRequestException\",\"message\":\"unknown call " + target + "\"}" : body);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized String start(JsonNode request) {
        String sql = request.path("QueryString").asText();
        String token = request.path("ClientRequestToken").asText();
        Execution known = byToken.get(token);
        String output = request.path("ResultConfiguration").path("OutputLocation").asText("");
        if (output.isEmpty()) {
            throw new IllegalArgumentException("no output location (the workgroup here enforces none)");
        }
        Execution execution = known != null ? known : new Execution("q-" + (byId.size() + 1), sql, Instant.now(),
                sql.startsWith("EXPLAIN "), output.endsWith("/") ? output : output + "/");
        byToken.putIfAbsent(token, execution);
        byId.putIfAbsent(execution.id(), execution);
        starts.add(new Start(sql, token, execution.id(), known != null, Instant.now()));
        return "{\"QueryExecutionId\": \"" + execution.id() + "\"}";
    }

    private String execution(String id) {
        Execution execution = byId.get(id);
        if (execution == null) {
            throw new IllegalArgumentException("no such execution " + id);
        }
        String state = stopped.containsKey(id) ? "CANCELLED" : execution.explain()
                || Duration.between(execution.startedAt(), Instant.now()).compareTo(running) >= 0 ? "SUCCEEDED" : "RUNNING";
        ObjectNode node = Json.MAPPER.createObjectNode();
        ObjectNode query = node.putObject("QueryExecution");
        query.put("QueryExecutionId", id);
        // As Athena classifies statements: its result rows start with a header row only for DML.
        query.put("StatementType", execution.dml() ? "DML" : "UTILITY");
        query.putObject("Status").put("State", state);
        query.putObject("Statistics").put("DataScannedInBytes", 1234);
        String file = execution.outputLocation() + id + ".csv";
        query.putObject("ResultConfiguration").put("OutputLocation", file);
        if (state.equals("SUCCEEDED") && !execution.explain() && written.putIfAbsent(id, true) == null) {
            java.net.URI uri = java.net.URI.create(file);
            StringBuilder csv = new StringBuilder();
            for (List<String> row : execution.dml() ? java.util.stream.Stream.concat(java.util.stream.Stream.of(HEADER),
                    ROWS.stream()).toList() : ROWS) {
                csv.append(String.join(",", row.stream().map(v -> "\"" + v + "\"").toList())).append('\n');
            }
            files.put(uri.getHost(), uri.getPath().substring(1), csv.toString());
        }
        return node.toString();
    }

    /** At most MaxResults rows from NextToken on; the header row first for DML, as Athena sends it. */
    private String results(JsonNode request) {
        Execution execution = byId.get(request.path("QueryExecutionId").asText());
        if (execution == null) {
            throw new IllegalArgumentException("no such execution");
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        if (execution.dml()) {
            rows.add(HEADER);
        }
        rows.addAll(ROWS);
        int from = request.hasNonNull("NextToken") ? Integer.parseInt(request.path("NextToken").asText()) : 0;
        int max = request.path("MaxResults").asInt(1000);
        int to = Math.min(rows.size(), from + max);
        ObjectNode node = Json.MAPPER.createObjectNode();
        ObjectNode set = node.putObject("ResultSet");
        var columns = set.putObject("ResultSetMetadata").putArray("ColumnInfo");
        columns.addObject().put("Name", "order_id").put("Type", "bigint");
        columns.addObject().put("Name", "status").put("Type", "varchar");
        var out = set.putArray("Rows");
        for (List<String> row : rows.subList(from, to)) {
            var data = out.addObject().putArray("Data");
            row.forEach(v -> data.addObject().put("VarCharValue", v));
        }
        if (to < rows.size()) {
            node.put("NextToken", String.valueOf(to));
        }
        return node.toString();
    }

    @Override
    public void close() throws Exception {
        server.stop(0);
        filesClient.close();
    }

    /** The one table the fake Glue catalog describes. */
    private static final String TABLES = """
            {"TableList": [{"Name": "orders", "DatabaseName": "shop", "Description": "Customer orders",
              "StorageDescriptor": {"Columns": [
                {"Name": "order_id", "Type": "bigint", "Comment": "Order number"},
                {"Name": "status", "Type": "string", "Comment": "Order status: paid, shipped, delivered"},
                {"Name": "total_amount", "Type": "decimal(12,2)", "Comment": "Order total (revenue)"}]},
              "PartitionKeys": [{"Name": "order_date", "Type": "date", "Comment": "Day the order was placed"}]}]}""";
}
