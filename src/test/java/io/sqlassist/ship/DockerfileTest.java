package io.sqlassist.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Dockerfile, read by a small parser (continuations, comments, exec/shell forms), and its HEALTHCHECK run. */
class DockerfileTest {
    record Instruction(int line, String keyword, String args) {}

    record Stage(String image, String alias, List<Instruction> instructions) {
        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** Instructions with '\' continuations joined; comment and blank lines dropped (also inside continuations). */
    static List<Instruction> parse(String text) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current == null)) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
                start = n + 1;
            }
            boolean continues = trimmed.endsWith("\\");
            current.append((continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).strip()).append(' ');
            if (!continues) {
                String joined = current.toString().strip();
                int space = joined.indexOf(' ');
                String keyword = (space < 0 ? joined : joined.substring(0, space)).toUpperCase(Locale.ROOT);
                out.add(new Instruction(start, keyword, space < 0 ? "" : joined.substring(space + 1).strip()));
                current = null;
            }
        }
        return out;
    }

    static final Pattern FROM = Pattern.compile("(?i)^(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?$");

    static List<Stage> stages(List<Instruction> instructions) {
        List<Stage> stages = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.keyword().equals("FROM")) {
                Matcher m = FROM.matcher(i.args());
                String image = m.matches() ? m.group(1) : i.args();
                String alias = m.matches() && m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT) : null;
                stages.add(new Stage(image, alias, new ArrayList<>()));
            } else if (!stages.isEmpty()) {
                stages.get(stages.size() - 1).instructions().add(i);
            }
        }
        return stages;
    }

    /** A JSON (exec form) argument list, or null for the shell form. */
    static List<String> execForm(String args) {
        String s = args.strip();
        if (!s.startsWith("[")) {
            return null;
        }
        try {
            return JSON.readValue(s, new TypeReference<List<String>>() {});
        } catch (IOException e) {
            return null;
        }
    }

    static List<String> violations(String dockerfile) {
        List<String> out = new ArrayList<>();
        List<Stage> stages = stages(parse(dockerfile));
        if (stages.size() < 2) {
            out.add("needs at least two stages (build and runtime), found " + stages.size());
            return out;
        }
        Stage build = stages.get(0);
        Stage runtime = stages.get(stages.size() - 1);

        // Build stage: Maven + JDK 17, pom.xml and dependencies before the sources, package without tests.
        if (!"build".equals(build.alias())) {
            out.add("the first stage must be named: FROM ... AS build");
        }
        if (!build.image().startsWith("maven:") || !build.image().contains("17")) {
            out.add("the build stage must use a Maven + JDK 17 image, not " + build.image());
        }
        List<Instruction> b = build.instructions();
        int pom = indexOf(b, "COPY", "pom.xml");
        int deps = indexOf(b, "RUN", "dependency:");
        int src = indexOf(b, "COPY", "src");
        int pkg = indexOf(b, "RUN", "package");
        if (pom < 0 || deps < 0 || src < 0 || !(pom < deps && deps < src)) {
            out.add("build stage: COPY pom.xml, RUN mvn dependency:..., then COPY src (dependency layer cache)");
        }
        for (String dir : List.of("src", "routes", "config")) {
            if (indexOf(b, "COPY", dir + "/") < 0 && indexOf(b, "COPY", dir + " ") < 0) {
                out.add("build stage does not copy " + dir + "/");
            }
        }
        if (pkg < 0 || !b.get(pkg).args().contains("-DskipTests") || pkg < src) {
            out.add("build stage: RUN mvn -B -DskipTests package after the sources");
        }

        // Runtime stage.
        if (!runtime.image().startsWith("eclipse-temurin:17") || !runtime.image().contains("jre")) {
            out.add("the runtime stage must use a JRE 17 image (eclipse-temurin:17-jre), not " + runtime.image());
        }
        List<Instruction> users = runtime.all("USER");
        if (users.isEmpty()) {
            out.add("the runtime stage sets no USER (it would run as root)");
        } else {
            String user = users.get(users.size() - 1).args().split(":")[0].strip();
            if (user.equals("root") || user.equals("0") || user.isEmpty()) {
                out.add("the runtime stage runs as root (USER " + user + ")");
            }
            if (user.matches("\\d+") && Integer.parseInt(user) < 1000) {
                out.add("USER " + user + " is a system UID; use a fixed UID >= 1000 (e.g. 10001)");
            }
        }
        if (runtime.all("WORKDIR").stream().noneMatch(i -> i.args().equals("/app"))) {
            out.add("the runtime stage must have WORKDIR /app");
        }
        if (runtime.all("ENV").stream().noneMatch(i -> i.args().matches("(?s).*SQLASSIST_PROFILE[= ]\"?aws\"?.*"))) {
            out.add("the runtime stage must set ENV SQLASSIST_PROFILE=aws");
        }
        if (runtime.all("EXPOSE").stream().noneMatch(i -> i.args().matches("8080(/tcp)?"))) {
            out.add("the runtime stage must EXPOSE 8080");
        }

        // Only the jar and lib/ come from the build stage; nothing from the context.
        boolean jar = false;
        boolean lib = false;
        for (Instruction i : runtime.instructions()) {
            if (i.keyword().equals("ADD")) {
                out.add("line " + i.line() + ": ADD in the runtime stage; use COPY --from=build");
                continue;
            }
            if (!i.keyword().equals("COPY")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(i.args().split("\\s+")));
            boolean fromBuild = words.removeIf(w -> w.equalsIgnoreCase("--from=build"));
            words.removeIf(w -> w.startsWith("--"));
            if (!fromBuild) {
                out.add("line " + i.line() + ": the runtime stage copies from the build context: " + i.args());
                continue;
            }
            for (String source : words.subList(0, Math.max(0, words.size() - 1))) {
                String s = source.replaceAll("/+$", "");
                if (s.endsWith("target/sqlassist.jar")) {
                    jar = true;
                } else if (s.endsWith("target/lib")) {
                    lib = true;
                } else {
                    out.add("line " + i.line() + ": copies " + source + " from the build stage (only the jar and lib/)");
                }
            }
        }
        if (!jar || !lib) {
            out.add("the runtime stage must COPY --from=build target/sqlassist.jar and target/lib/");
        }

        // Health check against the liveness endpoint (an outage of SQS must not get every task replaced), no curl.
        List<Instruction> health = runtime.all("HEALTHCHECK");
        if (health.isEmpty()) {
            out.add("the runtime stage has no HEALTHCHECK");
        } else {
            String h = health.get(health.size() - 1).args();
            if (!h.contains("/observe/health/live") || !(h.contains("127.0.0.1:8080") || h.contains("127.0.0.1/8080"))) {
                out.add("HEALTHCHECK must probe http://127.0.0.1:8080/observe/health/live: " + h);
            }
            if (h.matches("(?s).*\\b(curl|wget)\\b.*")) {
                out.add("HEALTHCHECK uses curl/wget, which the JRE image does not have");
            }
        }

        // java -jar sqlassist.jar with memory flags for a small Fargate task; serve by default.
        List<Instruction> entry = runtime.all("ENTRYPOINT");
        List<String> ep = entry.isEmpty() ? null : execForm(entry.get(entry.size() - 1).args());
        if (ep == null || ep.isEmpty() || !ep.get(0).equals("java")) {
            out.add("ENTRYPOINT must be the exec form [\"java\", ..., \"-jar\", \"sqlassist.jar\"]");
        } else {
            int jarAt = ep.indexOf("-jar");
            if (jarAt < 0 || jarAt + 1 >= ep.size() || !ep.get(jarAt + 1).equals("sqlassist.jar")) {
                out.add("ENTRYPOINT must run -jar sqlassist.jar");
            }
            if (ep.stream().noneMatch(a -> a.startsWith("-XX:MaxRAMPercentage=") || a.startsWith("-Xmx"))) {
                out.add("ENTRYPOINT lacks a heap limit (-XX:MaxRAMPercentage=... or -Xmx)");
            }
            if (!ep.contains("-XX:+ExitOnOutOfMemoryError")) {
                out.add("ENTRYPOINT lacks -XX:+ExitOnOutOfMemoryError");
            }
        }
        List<Instruction> cmd = runtime.all("CMD");
        if (cmd.isEmpty() || !List.of("serve").equals(execForm(cmd.get(cmd.size() - 1).args()))) {
            out.add("the default command must be CMD [\"serve\"]");
        }
        return out;
    }

    private static int indexOf(List<Instruction> instructions, String keyword, String fragment) {
        for (int i = 0; i < instructions.size(); i++) {
            Instruction in = instructions.get(i);
            if (in.keyword().equals(keyword) && (in.args() + " ").contains(fragment)) {
                return i;
            }
        }
        return -1;
    }

    static String dockerfile() {
        return ShipFiles.read(ShipFiles.root().resolve("Dockerfile"));
    }

    @Test
    void theDockerfileFollowsTheRules() {
        assertThat(violations(dockerfile())).isEmpty();
    }

    @Test
    void dockerignoreKeepsTheContextSmall() {
        List<String> lines = ShipFiles.read(ShipFiles.root().resolve(".dockerignore")).lines()
                .map(String::strip).map(l -> l.replaceAll("^/|/$", "")).toList();
        assertThat(lines).contains("target", "data", ".git").anyMatch(l -> l.endsWith("node_modules"));
    }

    @Test
    void theParserJoinsContinuationsAndSkipsComments() {
        List<Instruction> in = parse("""
                # syntax=docker/dockerfile:1
                FROM a AS build
                RUN one \\
                  # a comment inside the continuation
                  && two

                USER 10001
                """);
        assertThat(in).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "USER");
        assertThat(in.get(1).args()).isEqualTo("one && two");
        assertThat(in.get(1).line()).isEqualTo(3);
    }

    @Test
    void theRulesCatchABadDockerfile() {
        assertThat(violations("FROM eclipse-temurin:17-jre\nCOPY . /app\nCMD java -jar /app/x.jar\n"))
                .anyMatch(v -> v.contains("two stages"));
        String good = dockerfile();
        assertThat(violations(good.replace("USER 10001:10001", "USER root"))).anyMatch(v -> v.contains("root"));
        assertThat(violations(good.replaceAll("(?m)^USER .*$", ""))).anyMatch(v -> v.contains("no USER"));
        assertThat(violations(good.replaceAll("(?s)HEALTHCHECK .*?\\]\\n", ""))).anyMatch(v -> v.contains("HEALTHCHECK"));
        assertThat(violations(good.replace("CMD [\"serve\"]", "CMD [\"demo\"]"))).anyMatch(v -> v.contains("CMD"));
        assertThat(violations(good.replace("-XX:MaxRAMPercentage=75", "-XX:+UseStringDeduplication")))
                .anyMatch(v -> v.contains("heap limit"));
        assertThat(violations(good + "\nCOPY --from=build /build/target/classes/ /app/classes/\n"))
                .anyMatch(v -> v.contains("only the jar"));
        assertThat(violations(good + "\nCOPY config/ /app/config/\n")).anyMatch(v -> v.contains("build context"));
        assertThat(violations(good.replace(" AS build", ""))).anyMatch(v -> v.contains("AS build"));
    }

    /** Runs the HEALTHCHECK's own command against a loopback server: 200 is healthy; 503 and nothing listening are not. */
    @Test
    void theHealthcheckCommandWorksWithoutCurl() throws Exception {
        List<Instruction> health = stages(parse(dockerfile())).get(stages(parse(dockerfile())).size() - 1).all("HEALTHCHECK");
        assertThat(health).isNotEmpty();
        String args = health.get(0).args();
        List<String> command = execForm(args.substring(args.indexOf("CMD") + 3));
        assertThat(command).as("HEALTHCHECK CMD in exec form").isNotNull().isNotEmpty();

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int[] status = {200};
        server.createContext("/", exchange -> {
            int code = exchange.getRequestURI().getPath().equals("/observe/health/live") ? status[0] : 404;
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(code, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            List<String> probe = command.stream().map(a -> a.replace("8080", Integer.toString(port))).toList();
            assertThat(ShipFiles.run(probe, Map.of(), 20).exitCode()).as("live (200)").isZero();
            status[0] = 503;
            assertThat(ShipFiles.run(probe, Map.of(), 20).exitCode()).as("not live (503)").isNotZero();
        } finally {
            server.stop(0);
        }
        // Nothing listening on the port any more.
        int closed = server.getAddress().getPort();
        List<String> probe = command.stream().map(a -> a.replace("8080", Integer.toString(closed))).toList();
        assertThat(ShipFiles.run(probe, Map.of(), 20).exitCode()).as("not listening").isNotZero();
    }
}
