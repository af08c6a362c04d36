package io.sqlassist.sqs;

import com.typesafe.config.ConfigFactory;
import io.sqlassist.aws.AwsClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.NodeAddress;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.sql.DB;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.rest.sqs.TheSQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scalikejdbc.ConnectionPool$;
import scalikejdbc.DataSourceConnectionPool$;
import scalikejdbc.DataSourceConnectionPool;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * ElasticMQ in this process, bound to loopback only: the local profile's SQS. The routes reach it through the
 * same camel-aws2-sqs endpoints as on AWS, only the endpoint URL differs. The queues get the visibility timeouts
 * and redrive policies Terraform gives them on AWS; given a message store, messages survive a restart (and a
 * kill -9) as they would in SQS.
 */
public final class EmbeddedSqs extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSqs.class);
    /**
     * ElasticMQ's SQL store writes through scalikejdbc's one JVM-wide pool, which ElasticMQ itself sets only for the
     * first store a process opens: a second store would silently read and write the first one's file. So a process
     * holds one message store at a time, and each start points the pool at its own.
     */
    private static final AtomicReference<Path> OPEN_STORE = new AtomicReference<>();

    private final String host;
    private final QueueNames queues;
    private final QueueSettings settings;
    private final Path messageStore;
    private final Supplier<SqsClient> admin;
    private ActorSystem actorSystem;
    private SQSRestServer server;
    private JdbcConnectionPool storePool;
    private ActorRef storeActor;
    private final int port;
    private volatile CompletableFuture<Void> starting;

    /** Queues in memory, for tests and the demo. */
    public EmbeddedSqs(String host, int port, QueueNames queues, QueueSettings settings) {
        this(host, port, queues, settings, null, null);
    }

    /**
     * @param port         0 for a free port, chosen here so that {@link #endpoint()} is known before the server starts
     * @param messageStore the H2 file (without suffix) that keeps queues and messages across restarts; null keeps
     *                     them in memory
     * @param admin        the client to create the queues with once the server is up (building an SQS client costs
     *                     hundreds of milliseconds, so a service shares its own); null to use a client of its own
     */
    public EmbeddedSqs(String host, int port, QueueNames queues, QueueSettings settings, Path messageStore,
                       Supplier<SqsClient> admin) {
        this.host = host;
        this.admin = admin;
        this.queues = queues;
        this.settings = settings;
        this.messageStore = messageStore;
        try {
            this.port = port == 0 ? freePort() : port;
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        }
    }

    /**
     * Begins starting the server and creating the queues on a thread of its own, so that a caller can do other work
     * meanwhile; {@link #start()} then waits for it to finish (and fails if it failed).
     */
    public void startInBackground() {
        starting = CompletableFuture.runAsync(() -> {
            try {
                startServerAndQueues();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, "embedded-sqs-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    protected void doStart() throws Exception {
        if (starting == null) {
            startServerAndQueues();
            return;
        }
        try {
            starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Starts the server and creates the queues with their redrive policies. */
    private void startServerAndQueues() throws IOException {
        // Modelled header parsing turns every header (the SigV4 Authorization above all) into objects nobody reads
        // here; raw headers halve the cost of each SQS call, which is most of what a question costs locally.
        // Daemon threads: a service whose start fails after this point must still be able to exit.
        actorSystem = ActorSystem.create("elasticmq", ConfigFactory
                .parseString("pekko.http.server.parsing.modeled-header-parsing = off\npekko.daemonic = on")
                .withFallback(ConfigFactory.load(EmbeddedSqs.class.getClassLoader())));
        TheSQSRestServerBuilder builder = SQSRestServerBuilder.withActorSystem(actorSystem).withInterface(host)
                .withPort(port).withServerAddress(new NodeAddress("http", host, port, ""));
        if (messageStore != null) {
            builder = persistent(builder);
        }
        server = builder.start();
        server.waitUntilStarted();
        if (admin != null) {
            createQueues(admin.get());
        } else {
            try (SqsClient client = AwsClients.sqs(endpoint(), "us-east-1", true)) {
                createQueues(client);
            }
        }
        LOG.info("Embedded SQS (ElasticMQ) listening on {}", endpoint());
    }

    @Override
    protected void doStop() {
        if (starting != null) {
            starting.handle((ok, failed) -> null).join();
            starting = null;
        }
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
        if (storePool != null) {
            storePool.dispose();
            storePool = null;
            storeActor = null;
            OPEN_STORE.set(null);
        }
    }

    /** The actor that writes queue events to the message store (tests feed it events directly); null in memory. */
    ActorRef messageStoreActor() {
        return storeActor;
    }

    public String endpoint() {
        return "http://" + host + ":" + port;
    }

    /**
     * ElasticMQ's SQL persistence, wired as its standalone server wires it: every queue and message event goes to
     * an H2 file before it is answered, and the queues and messages there come back at start.
     */
    private TheSQSRestServerBuilder persistent(TheSQSRestServerBuilder builder) {
        Path file = messageStore.toAbsolutePath();
        if (!OPEN_STORE.compareAndSet(null, file)) {
            throw new IllegalStateException("cannot open the queues' message store " + file + ": this process already"
                    + " holds " + OPEN_STORE.get() + ", and ElasticMQ keeps one message store per process");
        }
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0";
        SqlQueuePersistenceConfig config = new SqlQueuePersistenceConfig(true, "org.h2.Driver", url, "sa", "", false);
        new DB(config); // lets ElasticMQ make its once-per-process pool now, so that the one below replaces it
        storePool = JdbcConnectionPool.create(url, "sa", "");
        ConnectionPool$.MODULE$.singleton(new DataSourceConnectionPool(storePool,
                DataSourceConnectionPool$.MODULE$.$lessinit$greater$default$2(),
                DataSourceConnectionPool$.MODULE$.$lessinit$greater$default$3()));
        ActorRef store = actorSystem.actorOf(Props.create(MessageStoreActor.class, () -> new MessageStoreActor(config)));
        storeActor = store;
        ActorRef manager = actorSystem.actorOf(Props.create(QueueManagerActor.class, () ->
                new QueueManagerActor(new NowProvider(), builder.sqsLimits(), scala.Option.apply(store))));
        try {
            Patterns.ask(store, new QueueEvent.Restore(manager), Duration.ofSeconds(30)).toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restoring the queues", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot restore the queues from " + messageStore + ": " + e, e);
        }
        return builder.withQueueManagerActor(manager).withQueueEventListener(store);
    }

    private void createQueues(SqsClient client) {
        for (String name : queues.all()) {
            Map<QueueAttributeName, String> attributes = new EnumMap<>(QueueAttributeName.class);
            attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(visibilityOf(name)));
            String deadLetter = name.equals(queues.inbox()) ? queues.inboxDeadLetter()
                    : name.equals(queues.approvalResponse()) ? queues.approvalResponseDeadLetter() : null;
            if (deadLetter != null) {
                attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"arn:aws:sqs:elasticmq:"
                        + "000000000000:" + deadLetter + "\",\"maxReceiveCount\":\"" + settings.maxReceiveCount() + "\"}");
            }
            if (client.listQueues(b -> b.queueNamePrefix(name)).queueUrls().stream()
                    .anyMatch(url -> url.endsWith("/" + name))) {
                String url = client.getQueueUrl(b -> b.queueName(name)).queueUrl();
                client.setQueueAttributes(b -> b.queueUrl(url).attributes(attributes)); // restored: today's settings
            } else {
                client.createQueue(b -> b.queueName(name).attributes(attributes));
            }
        }
    }

    private int visibilityOf(String queue) {
        if (queue.equals(queues.inbox())) {
            return settings.inboxVisibilitySeconds();
        }
        return queue.equals(queues.approvalResponse()) ? settings.responseVisibilitySeconds()
                : settings.notifyVisibilitySeconds();
    }

    private int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }
}
