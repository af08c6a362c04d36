package io.sqlassist.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The real CLI's `serve` in its own JVM, configured through system properties as an operator would, to be killed. */
public final class ServeProcess implements AutoCloseable {
    private final Process process;

    private ServeProcess(Process process) {
        this.process = process;
    }

    /** The tests' class path for a child JVM, without empty entries (one would mean the working directory). */
    public static String testClassPath() {
        return Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)).filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    /** @param log where its output goes (appended, so that the rounds of a test read as one story) */
    public static ServeProcess start(String profile, Map<String, String> properties, Path log) throws Exception {
        // Surefire's manifest-only booter jar would make Camel see the routes twice: use the plain class path.
        // An empty entry would mean the working directory, where Camel would find routes/ a second time.
        String classPath = testClassPath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("io.sqlassist.cli.SqlassistCli", "--profile", profile, "serve"));
        return new ServeProcess(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
    }

    /** SIGKILL: no shutdown hook, no graceful stop, whatever was in flight is cut off. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("serve did not die");
        }
    }

    /** SIGTERM: the graceful stop a deploy or `docker stop` makes (Camel's shutdown hook runs). */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("serve did not stop within 60 s of SIGTERM");
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
