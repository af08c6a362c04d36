package io.sqlassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.TestStack;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.Permission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local profile runs the whole job without opening any connection beyond loopback — not to AWS, not to the
 * instance metadata service, not to a DNS name. Every outgoing connection and lookup is recorded while a demo runs
 * through intake, generation, approval, the pending store (H2 file with AUTO_SERVER) and execution.
 */
class LocalProfileStaysOnLoopbackTest {
    @TempDir
    Path dataDir;

    @Test
    @SuppressWarnings("removal")
    void a_whole_demo_connects_only_to_loopback() throws Exception {
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.pending.url", "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/pending/threads;AUTO_SERVER=TRUE");
        CliRunner cli = new CliRunner(properties);
        List<String> outside = new CopyOnWriteArrayList<>();
        SecurityManager previous = System.getSecurityManager();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
            }

            @Override
            public void checkConnect(String host, int port) {
                if (!isLoopback(host)) {
                    outside.add(host + ":" + port);
                }
            }

            @Override
            public void checkConnect(String host, int port, Object context) {
                checkConnect(host, port);
            }
        });
        CliRunner.Run run;
        try {
            run = cli.run("demo", "--approve", "Show me 5 customers");
        } finally {
            System.setSecurityManager(previous);
        }

        assertThat(outside).as("connections or lookups beyond loopback").isEmpty();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 rows");
    }

    private static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }
}
