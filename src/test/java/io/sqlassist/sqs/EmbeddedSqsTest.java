package io.sqlassist.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlassist.aws.AwsClients;
import io.sqlassist.service.CapabilitySettings;
import io.sqlassist.service.Settings;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The embedded queues behave as Terraform makes them on AWS, and with a message store lose nothing to a crash. */
class EmbeddedSqsTest {
    private static final Settings LOCAL = Settings.load("local", new Properties());
    private static final QueueNames NAMES = CapabilitySettings.queueNames(LOCAL);

    @TempDir
    Path dir;

    @Test
    void queues_get_the_visibility_timeouts_and_redrive_policies_of_terraform() {
        EmbeddedSqs queues = new EmbeddedSqs("127.0.0.1", 0, NAMES, CapabilitySettings.queueSettings(LOCAL));
        queues.start();
        try (SqsClient client = AwsClients.sqs(queues.endpoint(), "us-east-1", true)) {
            assertThat(attributes(client, NAMES.inbox())).containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "600")
                    .hasEntrySatisfying(QueueAttributeName.REDRIVE_POLICY, policy -> assertThat(policy)
                            .contains(NAMES.inboxDeadLetter()).containsPattern("\"maxReceiveCount\":\"?5"));
            assertThat(attributes(client, NAMES.approvalResponse()))
                    .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "900")
                    .hasEntrySatisfying(QueueAttributeName.REDRIVE_POLICY, policy -> assertThat(policy)
                            .contains(NAMES.approvalResponseDeadLetter()));
            for (String read : List.of(NAMES.results(), NAMES.approvalRequest())) {
                assertThat(attributes(client, read)).containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "60")
                        .doesNotContainKey(QueueAttributeName.REDRIVE_POLICY);
            }
        } finally {
            queues.stop();
        }
    }

    @Test
    void messages_acknowledged_before_a_kill_minus_9_are_all_there_after_a_restart() throws Exception {
        Path store = dir.resolve("messages");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = startProcess(port, store);
        String endpoint = awaitReady(process);
        Set<String> sent = new HashSet<>();
        try (SqsClient client = AwsClients.sqs(endpoint, "us-east-1", true)) {
            String inbox = client.getQueueUrl(b -> b.queueName(NAMES.inbox())).queueUrl();
            for (int i = 0; i < 200; i++) {
                String body = "question " + i;
                client.sendMessage(b -> b.queueUrl(inbox).messageBody(body));
                sent.add(body); // acknowledged by SendMessage: SQS would keep it
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        EmbeddedSqs restarted = new EmbeddedSqs("127.0.0.1", port, NAMES, CapabilitySettings.queueSettings(LOCAL), store, null);
        restarted.start();
        try (SqsClient client = AwsClients.sqs(restarted.endpoint(), "us-east-1", true)) {
            String inbox = client.getQueueUrl(b -> b.queueName(NAMES.inbox())).queueUrl();
            Set<String> received = new HashSet<>();
            for (int polls = 0; polls < 100 && received.size() < sent.size(); polls++) {
                for (Message m : client.receiveMessage(b -> b.queueUrl(inbox).maxNumberOfMessages(10)
                        .visibilityTimeout(60).waitTimeSeconds(1)).messages()) {
                    received.add(m.body());
                }
            }
            assertThat(received).isEqualTo(sent);
            assertThat(attributes(client, NAMES.inbox())).containsKey(QueueAttributeName.REDRIVE_POLICY);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void two_message_stores_opened_one_after_the_other_in_one_process_each_keep_their_own_messages() {
        Path first = dir.resolve("first/messages");
        Path second = dir.resolve("second/messages");
        sendAndStop(first, "kept by the first");
        sendAndStop(second, "kept by the second");
        assertThat(drainAndStop(first)).containsExactly("kept by the first");
        assertThat(drainAndStop(second)).containsExactly("kept by the second");
    }

    @Test
    void a_second_message_store_while_one_is_open_is_refused_with_the_reason() {
        EmbeddedSqs open = new EmbeddedSqs("127.0.0.1", 0, NAMES, CapabilitySettings.queueSettings(LOCAL),
                dir.resolve("open/messages"), null);
        open.start();
        try {
            EmbeddedSqs other = new EmbeddedSqs("127.0.0.1", 0, NAMES, CapabilitySettings.queueSettings(LOCAL),
                    dir.resolve("other/messages"), null);
            assertThatThrownBy(other::start).hasStackTraceContaining("one message store per process");
            other.stop();
        } finally {
            open.stop();
        }
    }

    /**
     * ElasticMQ hands its store the message object that the queue goes on changing: a consumer already long-polling
     * takes a new message at once, and the store can read its receipt list half-written (a null slot). The stock
     * store actor then fails, restarts knowing no queues, and acknowledges every later event without writing it.
     */
    @Test
    void a_message_read_half_changed_by_the_store_is_stored_and_the_store_goes_on_writing() throws Exception {
        Path store = dir.resolve("torn/messages");
        EmbeddedSqs queues = new EmbeddedSqs("127.0.0.1", 0, NAMES, CapabilitySettings.queueSettings(LOCAL), store, null);
        queues.start();
        try (SqsClient client = AwsClients.sqs(queues.endpoint(), "us-east-1", true)) {
            Object reply = org.apache.pekko.pattern.Patterns.ask(queues.messageStoreActor(),
                    new org.elasticmq.actor.queue.QueueEvent.MessageAdded(NAMES.inbox(), HalfWrittenReceipts.message(
                            "taken while being stored")), java.time.Duration.ofSeconds(5))
                    .toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(reply).isNotInstanceOf(Throwable.class);
            String inbox = client.getQueueUrl(b -> b.queueName(NAMES.inbox())).queueUrl();
            client.sendMessage(b -> b.queueUrl(inbox).messageBody("sent afterwards"));
        } finally {
            queues.stop();
        }
        assertThat(drainAndStop(store)).containsExactlyInAnyOrder("taken while being stored", "sent afterwards");
    }

    private static void sendAndStop(Path store, String body) {
        EmbeddedSqs queues = new EmbeddedSqs("127.0.0.1", 0, NAMES, CapabilitySettings.queueSettings(LOCAL), store, null);
        queues.start();
        try (SqsClient client = AwsClients.sqs(queues.endpoint(), "us-east-1", true)) {
            String inbox = client.getQueueUrl(b -> b.queueName(NAMES.inbox())).queueUrl();
            client.sendMessage(b -> b.queueUrl(inbox).messageBody(body));
        } finally {
            queues.stop();
        }
    }

    private static List<String> drainAndStop(Path store) {
        EmbeddedSqs queues = new EmbeddedSqs("127.0.0.1", 0, NAMES, CapabilitySettings.queueSettings(LOCAL), store, null);
        queues.start();
        try (SqsClient client = AwsClients.sqs(queues.endpoint(), "us-east-1", true)) {
            String inbox = client.getQueueUrl(b -> b.queueName(NAMES.inbox())).queueUrl();
            return client.receiveMessage(b -> b.queueUrl(inbox).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()
                    .stream().map(Message::body).toList();
        } finally {
            queues.stop();
        }
    }

    private static java.util.Map<QueueAttributeName, String> attributes(SqsClient client, String queue) {
        String url = client.getQueueUrl(b -> b.queueName(queue)).queueUrl();
        return client.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributes();
    }

    private static Process startProcess(int port, Path store) throws Exception {
        String classPath = io.sqlassist.testing.ServeProcess.testClassPath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, EmbeddedSqsProcess.class.getName(), Integer.toString(port), store.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String awaitReady(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("ready ")) {
                String endpoint = line.substring("ready ".length());
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the child's pipe from filling up
                        }
                    } catch (java.io.IOException e) {
                        // the child is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return endpoint;
            }
        }
        throw new AssertionError("the queue process ended before it was ready");
    }
}
