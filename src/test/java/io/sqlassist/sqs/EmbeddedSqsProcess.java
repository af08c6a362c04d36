package io.sqlassist.sqs;

import io.sqlassist.service.CapabilitySettings;
import io.sqlassist.service.Settings;
import java.nio.file.Path;
import java.util.Properties;

/** The embedded queues with a message store, alone in a JVM of their own, for a test to kill. */
public final class EmbeddedSqsProcess {
    private EmbeddedSqsProcess() {
    }

    public static void main(String[] args) throws Exception {
        Settings local = Settings.load("local", new Properties());
        EmbeddedSqs queues = new EmbeddedSqs("127.0.0.1", Integer.parseInt(args[0]), CapabilitySettings.queueNames(local),
                CapabilitySettings.queueSettings(local), Path.of(args[1]), null);
        queues.start();
        System.out.println("ready " + queues.endpoint());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // until killed
    }
}
