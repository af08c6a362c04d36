package io.sqlassist.schema.glue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sqlassist.aws.AwsClients;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;

/** Glue's AWS JSON 1.1 wire protocol on a loopback WireMock, for {@code GetTables}. */
final class GlueWireFake implements AutoCloseable {
    static final String TARGET = "X-Amz-Target";
    static final String GET_TABLES = "AWSGlue.GetTables";
    private static final String JSON_1_1 = "application/x-amz-json-1.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    GlueWireFake() {
        server.start();
    }

    GlueClient client() {
        return AwsClients.glue(Region.EU_WEST_1, URI.create("http://127.0.0.1:" + server.port()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "not-a-secret")));
    }

    /** Stubs GetTables of {@code database} as the given pages, chained with NextToken t1, t2 …. */
    void tables(String database, List<List<Map<String, Object>>> pages) {
        for (int i = 0; i < pages.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("TableList", pages.get(i));
            if (i < pages.size() - 1) {
                body.put("NextToken", "t" + (i + 1));
            }
            server.stubFor(page(database, i == 0 ? null : "t" + i).willReturn(ok(body)));
        }
    }

    /** Stubs GetTable of one table in another account's catalog, as a resource link's target is read. */
    void sharedTable(String catalogId, String database, Map<String, Object> table) {
        server.stubFor(post(urlEqualTo("/")).withHeader(TARGET, equalTo("AWSGlue.GetTable"))
                .withRequestBody(matchingJsonPath("$.CatalogId", equalTo(catalogId)))
                .withRequestBody(matchingJsonPath("$.DatabaseName", equalTo(database)))
                .withRequestBody(matchingJsonPath("$.Name", equalTo(String.valueOf(table.get("Name")))))
                .willReturn(ok(Map.of("Table", table))));
    }

    /** The GetTables request of one page: first page without NextToken, later ones with it. */
    static MappingBuilder page(String database, String nextToken) {
        MappingBuilder request = post(urlEqualTo("/"))
                .withHeader(TARGET, equalTo(GET_TABLES))
                .withRequestBody(matchingJsonPath("$.DatabaseName", equalTo(database)));
        return nextToken == null
                ? request.withRequestBody(notContaining("NextToken"))
                : request.withRequestBody(matchingJsonPath("$.NextToken", equalTo(nextToken)));
    }

    static ResponseDefinitionBuilder ok(Object body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_1_1).withBody(json(body));
    }

    static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_1_1)
                .withHeader("x-amzn-ErrorType", type)
                .withBody(json(Map.of("__type", type, "message", message)));
    }

    List<LoggedRequest> getTablesRequests() {
        return server.findAll(getTablesPattern());
    }

    static RequestPatternBuilder getTablesPattern() {
        return postRequestedFor(urlEqualTo("/")).withHeader(TARGET, equalTo(GET_TABLES));
    }

    /** A Glue {@code Table} with Glue's field names; columns as {@code name:type[:comment]}. */
    static Map<String, Object> table(String database, String name, String description, List<String> columns,
                                     List<String> partitionKeys, Map<String, String> parameters) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("Name", name);
        table.put("DatabaseName", database);
        if (description != null) {
            table.put("Description", description);
        }
        table.put("TableType", "EXTERNAL_TABLE");
        table.put("StorageDescriptor", Map.of("Columns", columns(columns),
                "Location", "s3://lake/" + database + "/" + name + "/"));
        table.put("PartitionKeys", columns(partitionKeys));
        table.put("Parameters", parameters);
        return table;
    }

    static Map<String, Object> table(String database, String name, String... columns) {
        return table(database, name, null, List.of(columns), List.of(), Map.of());
    }

    private static List<Map<String, String>> columns(List<String> specs) {
        List<Map<String, String>> columns = new ArrayList<>();
        for (String spec : specs) {
            String[] p = spec.split(":", 3);
            Map<String, String> column = new LinkedHashMap<>();
            column.put("Name", p[0]);
            column.put("Type", p[1]);
            if (p.length > 2) {
                column.put("Comment", p[2]);
            }
            columns.add(column);
        }
        return columns;
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
