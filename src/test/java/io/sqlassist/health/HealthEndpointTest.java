package io.sqlassist.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.Conditions;
import io.sqlassist.testing.PostgresSchema;
import io.sqlassist.testing.TestStack;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the container health check sees: ready while the store and queues answer, not ready when the store goes. */
class HealthEndpointTest {
    @TempDir
    Path dataDir;

    @Test
    void readiness_follows_the_pending_store_and_liveness_stays_up() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresSchema postgres = PostgresSchema.create("health");
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("camel.management.enabled", "true");
        properties.put("camel.management.host", "127.0.0.1");
        properties.put("camel.management.port", String.valueOf(port));
        properties.put("sqlassist.pending.url", postgres.url());
        try (TestStack stack = TestStack.start(properties, Map.of())) {
            // Ready once every queue consumer has polled and the store and queues answer.
            Conditions.await("readiness", () -> get(port, "/observe/health/ready").statusCode() == 200);
            assertThat(get(port, "/observe/health/ready").body()).contains("pending-store").contains("queues")
                    .doesNotContain("DOWN");
            // Liveness includes the credentials check, which a lost database does not fail (a restart would not help).
            assertThat(get(port, "/observe/health/live").body()).contains("pending-store-credentials");

            postgres.close();

            HttpResponse<String> notReady = get(port, "/observe/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("DOWN").contains("the pending-thread store is unreachable");
            assertThat(get(port, "/observe/health/live").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
