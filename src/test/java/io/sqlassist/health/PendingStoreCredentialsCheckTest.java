package io.sqlassist.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.pending.PendingStore;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** A rotated password: the pool goes on working for a while, and liveness says a restart is needed. */
class PendingStoreCredentialsCheckTest {
    private static final String URL = "jdbc:h2:mem:rotation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    @Test
    void a_password_the_store_no_longer_accepts_makes_the_service_not_alive_and_only_that() throws Exception {
        DataSource pool = PendingStore.dataSource(URL, "svc", "first-password");
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        PendingStoreCredentialsCheck check = new PendingStoreCredentialsCheck(
                () -> PendingStore.openDirect(URL, "svc", "first-password"), Duration.ofMinutes(5), clock);
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            check.setCamelContext(camel);
            Connection pooled = pool.getConnection();
            assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(check.isLiveness()).isTrue();
            assertThat(check.isReadiness()).isFalse();

            // The secret rotates under the running service.
            try (Statement s = pooled.createStatement()) {
                s.execute("ALTER USER svc SET PASSWORD 'second-password'");
            }
            // Within the interval the last answer stands; connections already open still work.
            assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
            try (Statement s = pooled.createStatement()) {
                assertThat(s.execute("SELECT 1")).isTrue();
            }

            now.set(now.get().plus(Duration.ofMinutes(5)));
            var result = check.call();
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).get().asString().contains("refuses the service's credentials")
                    .contains("SQLState 28").contains("restart");
            pooled.close();
        } finally {
            PendingStore.close(pool);
        }
    }

    @Test
    void an_unreachable_store_is_not_a_reason_to_restart() throws Exception {
        PendingStoreCredentialsCheck check = new PendingStoreCredentialsCheck(() -> PendingStore.openDirect(
                "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=1", "svc", "pw"), Duration.ZERO, Clock.systemUTC());
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            check.setCamelContext(camel);
            assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        }
    }

    @Test
    void a_database_that_accepts_the_connection_and_never_answers_does_not_hold_the_health_check() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             DefaultCamelContext camel = new DefaultCamelContext()) {
            PendingStoreCredentialsCheck check = new PendingStoreCredentialsCheck(() -> PendingStore.openDirect(
                    "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/pending", "svc", "pw"), Duration.ZERO,
                    Clock.systemUTC());
            check.setCamelContext(camel);
            // ECS gives its health check 5 s; without the probe's own timeouts the driver waits for ever here.
            org.apache.camel.health.HealthCheck.Result result = org.junit.jupiter.api.Assertions
                    .assertTimeoutPreemptively(Duration.ofSeconds(8), () -> check.call());
            assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        }
    }
}
