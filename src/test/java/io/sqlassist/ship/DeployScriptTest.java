package io.sqlassist.ship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy.sh: its options, its errors, and the commands it runs (against stand-ins for docker and aws). */
class DeployScriptTest {
    static final List<String> OPTIONS = List.of("--region", "--account", "--repository", "--tag", "--allow-dirty",
            "--platform", "--update-service", "--wait", "--help");

    /** The environment deploy.sh reads, cleared so the machine's own settings do not leak in. */
    static Map<String, String> cleanEnv() {
        Map<String, String> env = new HashMap<>();
        for (String k : List.of("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ACCOUNT_ID", "AWS_PROFILE",
                "SQLASSIST_ECR_REPOSITORY")) {
            env.put(k, null);
        }
        return env;
    }

    static ShipFiles.Run deploy(Map<String, String> env, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "deploy.sh"));
        command.addAll(List.of(args));
        ShipFiles.Run run = ShipFiles.run(command, env, 60);
        if (run == null) {
            fail("bash is not on the PATH");
        }
        return run;
    }

    @Test
    void helpExitsZeroAndNamesEveryOption() {
        ShipFiles.Run run = deploy(cleanEnv(), "--help");
        assertThat(run.exitCode()).as(run.both()).isZero();
        assertThat(run.stdout()).contains(OPTIONS).contains("AWS_REGION", "AWS_ACCOUNT_ID", "SQLASSIST_ECR_REPOSITORY");
        assertThat(deploy(cleanEnv(), "-h").exitCode()).isZero();
    }

    @Test
    void unknownOptionsAndMissingValuesAreRefused() {
        ShipFiles.Run unknown = deploy(cleanEnv(), "--frobnicate");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.stderr()).contains("unknown option: --frobnicate");
        ShipFiles.Run noValue = deploy(cleanEnv(), "--region");
        assertThat(noValue.exitCode()).isNotZero();
        assertThat(noValue.stderr()).contains("--region needs a value");
        ShipFiles.Run optionAsValue = deploy(cleanEnv(), "--tag", "--allow-dirty");
        assertThat(optionAsValue.exitCode()).isNotZero();
    }

    @Test
    void missingDockerOrAwsIsAClearError(@TempDir Path tmp) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        wrap(bin, "dirname");
        Map<String, String> env = cleanEnv();
        env.put("PATH", bin.toString());

        ShipFiles.Run noDocker = deploy(env, "--region", "eu-west-1", "--tag", "abc1234");
        assertThat(noDocker.exitCode()).isNotZero();
        assertThat(noDocker.stderr()).contains("docker is not installed");

        script(bin, "docker", "exit 0");
        ShipFiles.Run noAws = deploy(env, "--region", "eu-west-1", "--tag", "abc1234");
        assertThat(noAws.exitCode()).isNotZero();
        assertThat(noAws.stderr()).contains("aws is not installed");
    }

    @Test
    void buildsLogsInPushesAndRollsTheServiceOntoANewRevision(@TempDir Path tmp) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path log = tmp.resolve("calls.log");
        Path registered = tmp.resolve("registered.json");
        script(bin, "docker", """
                echo "docker $*" >> "$FAKE_LOG"
                if [ "$1" = login ]; then echo "stdin=$(cat)" >> "$FAKE_LOG"; fi
                exit 0""");
        script(bin, "aws", """
                echo "aws $*" >> "$FAKE_LOG"
                case "$1 $2" in
                  "sts get-caller-identity") echo 123456789012 ;;
                  "ecr get-login-password") echo s3cr3t-token ;;
                  "ecs describe-services") echo arn:aws:ecs:eu-west-1:123456789012:task-definition/sqlassist:7 ;;
                  "ecs describe-task-definition") cat <<'JSON'
                {"taskDefinition": {"taskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/sqlassist:7",
                  "family": "sqlassist", "revision": 7, "status": "ACTIVE", "requiresAttributes": [], "compatibilities": ["FARGATE"],
                  "registeredAt": "2026-11-24T10:00:00Z", "registeredBy": "arn:aws:iam::123456789012:user/x",
                  "containerDefinitions": [
                    {"name": "sqlassist", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/sqlassist:old1234", "command": ["serve"]},
                    {"name": "sidecar", "image": "public.example/sidecar:1"}]}}
                JSON
                  ;;
                  "ecs register-task-definition")
                    for a in "$@"; do case "$a" in file://*) cp "${a#file://}" "$FAKE_REGISTERED" ;; esac; done
                    echo arn:aws:ecs:eu-west-1:123456789012:task-definition/sqlassist:8 ;;
                  "ecs update-service") echo deployment-1 ;;
                  *) echo "unexpected aws call: $*" >&2; exit 9 ;;
                esac""");
        Map<String, String> env = cleanEnv();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("FAKE_LOG", log.toString());
        env.put("FAKE_REGISTERED", registered.toString());
        env.put("AWS_REGION", "eu-west-1");

        ShipFiles.Run run = deploy(env, "--tag", "abc1234", "--update-service", "sqlassist/sqlassist");
        assertThat(run.exitCode()).as(run.both()).isZero();

        String image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/sqlassist:abc1234";
        List<String> calls = Files.readAllLines(log);
        assertThat(calls).containsSubsequence(
                "aws sts get-caller-identity --query Account --output text",
                "docker build --platform linux/amd64 --tag sqlassist:abc1234 " + ShipFiles.root(),
                "docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com",
                "stdin=s3cr3t-token",
                "docker tag sqlassist:abc1234 " + image,
                "docker push " + image);
        // The two sides of the login pipe run at the same time: either order.
        assertThat(calls).contains("aws ecr get-login-password --region eu-west-1");
        assertThat(calls).anyMatch(c -> c.startsWith("aws ecs update-service --region eu-west-1 --cluster sqlassist "
                + "--service sqlassist --task-definition arn:aws:ecs:eu-west-1:123456789012:task-definition/sqlassist:8 "
                + "--force-new-deployment"));
        assertThat(String.join("\n", calls)).doesNotContain("s3cr3t-token --");

        JsonNode td = new ObjectMapper().readTree(registered.toFile());
        assertThat(td.path("containerDefinitions").path(0).path("image").asText()).isEqualTo(image);
        assertThat(td.path("containerDefinitions").path(1).path("image").asText()).isEqualTo("public.example/sidecar:1");
        assertThat(td.has("taskDefinitionArn") || td.has("revision") || td.has("status") || td.has("registeredAt"))
                .as("read-only fields removed").isFalse();
        assertThat(td.path("family").asText()).isEqualTo("sqlassist");
        assertThat(run.stdout()).contains("Pushed: " + image);
    }

    @Test
    void anImageAlreadyInEcrUnderTheTagIsNotBuiltOrPushedAgain(@TempDir Path tmp) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path log = tmp.resolve("calls.log");
        script(bin, "docker", "echo \"docker $*\" >> \"$FAKE_LOG\"; exit 0");
        script(bin, "aws", """
                echo "aws $*" >> "$FAKE_LOG"
                case "$1 $2" in
                  "sts get-caller-identity") echo 123456789012 ;;
                  "ecr describe-images") echo '{"imageDetails": [{"imageTags": ["abc1234"]}]}' ;;
                  *) echo "unexpected aws call: $*" >&2; exit 9 ;;
                esac""");
        Map<String, String> env = cleanEnv();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("FAKE_LOG", log.toString());
        env.put("AWS_REGION", "eu-west-1");

        ShipFiles.Run run = deploy(env, "--tag", "abc1234");

        assertThat(run.exitCode()).as(run.both()).isZero();
        List<String> calls = Files.readAllLines(log);
        assertThat(calls).anyMatch(c -> c.startsWith("aws ecr describe-images --region eu-west-1 --registry-id"
                + " 123456789012 --repository-name sqlassist --image-ids imageTag=abc1234"));
        assertThat(calls).noneMatch(c -> c.startsWith("docker build") || c.startsWith("docker push"));
        assertThat(run.stdout()).contains("Already in ECR: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/sqlassist:abc1234");
    }

    private static void script(Path bin, String name, String body) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A script in bin that runs the real program (a symlink would point outside the temp dir). */
    private static void wrap(Path bin, String program) throws IOException {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                script(bin, program, "exec " + candidate + " \"$@\"");
                return;
            }
        }
        fail(program + " not found on the PATH");
    }
}
