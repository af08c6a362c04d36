package io.sqlassist.cli;

import io.sqlassist.intake.QuestionIntake;
import io.sqlassist.pending.PendingStore;
import io.sqlassist.pending.PendingThreads;
import io.sqlassist.service.CapabilitySettings;
import io.sqlassist.service.Settings;
import io.sqlassist.sqs.QueueClient;
import io.sqlassist.sqs.QueueNames;
import io.sqlassist.wire.PendingThread;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import software.amazon.awssdk.services.sqs.SqsClient;

/** What a client command (ask, approvals) reaches: the profile's queues and its pending-thread store. */
final class ClientSession implements AutoCloseable {
    private final Settings settings;
    private SqsClient sqs;
    private DataSource pending;

    private ClientSession(Settings settings) {
        this.settings = settings;
    }

    static ClientSession open(SqlassistCli root) {
        Properties overrides = new Properties();
        overrides.putAll(root.overrides);
        return new ClientSession(Settings.load(root.profile, overrides));
    }

    QueueNames queueNames() {
        return CapabilitySettings.queueNames(settings);
    }

    /** Intake's own checks, with the service's limits, so that a question is refused here as the service would. */
    QuestionIntake intake() {
        return new QuestionIntake(settings.getInt("sqlassist.question.max-length"),
                settings.getInt("sqlassist.result.max-rows"));
    }

    QueueClient queues() {
        if (sqs == null) {
            sqs = CapabilitySettings.sqsClient(settings);
        }
        return new QueueClient(sqs);
    }

    DataSource pendingDataSource() {
        if (pending == null) {
            pending = CapabilitySettings.pendingStore(settings).dataSource();
        }
        return pending;
    }

    PendingThreads pendingThreads() {
        return new PendingThreads(pendingDataSource(), CapabilitySettings.pendingStore(settings).repository());
    }

    /** The pending thread whose id is {@code idOrPrefix}, or the only one it starts. */
    PendingThread findPending(String idOrPrefix) throws SQLException {
        PendingThreads threads = pendingThreads();
        var exact = threads.find(idOrPrefix);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<PendingThread> matches = threads.list().stream()
                .filter(t -> t.question().threadId().startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new IllegalArgumentException(matches.isEmpty()
                ? "no pending thread " + idOrPrefix + " (see `sqlassist approvals list`)"
                : "'" + idOrPrefix + "' matches " + matches.size() + " pending threads; give more of the id");
    }

    @Override
    public void close() {
        if (sqs != null) {
            sqs.close();
        }
        if (pending != null) {
            PendingStore.close(pending);
        }
    }
}
