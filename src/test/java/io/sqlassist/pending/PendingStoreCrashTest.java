package io.sqlassist.pending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded pending store keeps every commit the service acted on through kill -9 after kill -9, once the file is
 * old enough for H2 to reuse the space of dead chunks — where H2 2.5.252 lost commits (acknowledged rows gone after the
 * restart, in every run on this machine) and 2.3.232 loses none. The retention time is shortened so that reuse starts
 * within seconds instead of after 45.
 */
class PendingStoreCrashTest {
    private static final int GENERATIONS = 6;
    @TempDir
    Path dir;

    @Test
    void no_commit_the_service_acted_on_is_lost_to_repeated_kill_minus_nine() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("threads") + ";AUTO_SERVER=TRUE;RETENTION_TIME=500";
        Random random = new Random(15);
        Set<String> actedOn = new TreeSet<>();
        for (int generation = 0; generation < GENERATIONS; generation++) {
            Process child = start(url, "g" + generation);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int killAfter = 200 + random.nextInt(500);
            int seen = 0;
            try {
                for (String line = out.readLine(); line != null && seen < killAfter; line = out.readLine()) {
                    if (line.startsWith("acted on ")) {
                        actedOn.add(line.substring("acted on ".length()));
                        seen++;
                    }
                }
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(seen).as("commits in generation " + generation).isEqualTo(killAfter);
        }

        DataSource store = PendingStore.dataSource(url, null, null);
        try (Connection connection = store.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM acted_on");
             ResultSet rs = select.executeQuery()) {
            Set<String> kept = new TreeSet<>();
            while (rs.next()) {
                kept.add(rs.getString(1));
            }
            Set<String> lost = actedOn.stream().filter(id -> !kept.contains(id)).collect(Collectors.toCollection(TreeSet::new));
            assertThat(lost).as("acted on, then lost (of " + actedOn.size() + ")").isEmpty();
        } finally {
            PendingStore.close(store);
        }
    }

    private static Process start(String url, String generation) throws Exception {
        String classPath = io.sqlassist.testing.ServeProcess.testClassPath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, CommittingProcess.class.getName(), url, generation));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
