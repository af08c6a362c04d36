package io.sqlassist.sqs;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import com.typesafe.config.ConfigFactory;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * ElasticMQ in this process, bound to loopback only: the local profile's SQS. The routes reach it through the
 * same camel-aws2-sqs endpoints as on AWS, only the endpoint URL differs.
 */
public final class EmbeddedSqs extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSqs.class);
    /** Receives after which a message that keeps failing moves to its dead-letter queue. */
    public static final int MAX_RECEIVE_COUNT = 5;

    private final String host;
    private final int requestedPort;
    private final QueueNames queues;
    private ActorSystem actorSystem;
    private SQSRestServer server;
    private int port;

    public EmbeddedSqs(String host, int port, QueueNames queues) {
        this.host = host;
        this.requestedPort = port;
        this.queues = queues;
    }

    /** Starts the server (if not yet started) and creates the queues with their redrive policies. */
    @Override
    protected void doStart() throws IOException {
        port = requestedPort == 0 ? freePort() : requestedPort;
        // Modelled header parsing turns every header (the SigV4 Authorization above all) into objects nobody reads
        // here; raw headers halve the cost of each SQS call, which is most of what a question costs locally.
        actorSystem = ActorSystem.create("elasticmq", ConfigFactory
                .parseString("pekko.http.server.parsing.modeled-header-parsing = off")
                .withFallback(ConfigFactory.load(EmbeddedSqs.class.getClassLoader())));
        server = SQSRestServerBuilder.withActorSystem(actorSystem).withInterface(host).withPort(port)
                .withServerAddress(new NodeAddress("http", host, port, "")).start();
        server.waitUntilStarted();
        try (SqsClient client = SqsClients.create(endpoint(), "us-east-1", true)) {
            createQueues(client);
        }
        LOG.info("Embedded SQS (ElasticMQ) listening on {}", endpoint());
    }

    @Override
    protected void doStop() {
        if (server != null) {
            server.stopAndWait();
            server = null;
        }
        if (actorSystem != null) {
            actorSystem.terminate();
            try {
                actorSystem.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("Embedded SQS did not stop within 10 s", e);
            }
            actorSystem = null;
        }
    }

    public String endpoint() {
        return "http://" + host + ":" + port;
    }

    private void createQueues(SqsClient client) {
        for (String name : queues.all()) {
            String deadLetter = name.equals(queues.inbox()) ? queues.inboxDeadLetter()
                    : name.equals(queues.approvalResponse()) ? queues.approvalResponseDeadLetter() : null;
            Map<QueueAttributeName, String> attributes = deadLetter == null ? Map.of()
                    : Map.of(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"arn:aws:sqs:elasticmq:000000000000:"
                            + deadLetter + "\",\"maxReceiveCount\":\"" + MAX_RECEIVE_COUNT + "\"}");
            client.createQueue(b -> b.queueName(name).attributes(attributes));
        }
    }

    private int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }
}
