# syntax=docker/dockerfile:1
# sqlassist service image: `docker build -t sqlassist .` (deploy.sh does this and pushes to ECR).

# ---- build: Maven + JDK 17 ----------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies first: this layer is rebuilt only when pom.xml changes.
COPY pom.xml ./
RUN mvn -B -ntp -q dependency:go-offline

COPY src/ src/
COPY routes/ routes/
COPY config/ config/
RUN mvn -B -ntp -DskipTests package \
 && test -f target/sqlassist.jar \
 && test -d target/lib

# ---- runtime: JRE 17 only -----------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre AS runtime

# A fixed, non-root user; /app/data is the only place it writes (local H2 pending store when no PostgreSQL is set).
RUN groupadd --system --gid 10001 sqlassist \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin sqlassist \
 && mkdir -p /app/data \
 && chown -R 10001:10001 /app

WORKDIR /app

# Only the thin jar and its dependencies (the jar's manifest finds them in lib/); routes and config are inside the jar.
COPY --from=build --chown=10001:10001 /build/target/lib/ /app/lib/
COPY --from=build --chown=10001:10001 /build/target/sqlassist.jar /app/sqlassist.jar

# Class data sharing: a short training run of `serve` (local profile, loopback only, a throw-away data directory)
# records the classes a start loads, and every start then maps them from this archive instead of parsing and
# verifying them again — about a third off the cold start. Same JVM and flags as the ENTRYPOINT below.
RUN java -XX:ArchiveClassesAtExit=/app/sqlassist.jsa -XX:+UseSerialGC -Djava.awt.headless=true \
      -Dsqlassist.data-dir=/tmp/training -Dsqlassist.sqs.port=0 -Dcamel.management.enabled=true \
      -Dcamel.management.host=127.0.0.1 -Dcamel.management.port=0 -Dcamel.main.duration-max-seconds=1 \
      -jar sqlassist.jar --profile local serve > /tmp/training.log 2>&1 \
 && test -s /app/sqlassist.jsa \
 && chmod 0444 /app/sqlassist.jsa \
 && rm -rf /tmp/training /tmp/training.log

ENV SQLASSIST_PROFILE=aws \
    SQLASSIST_DATA_DIR=/app/data

USER 10001:10001

EXPOSE 8080

# The JRE image has no curl or wget, and starting a second JVM every 30 s would cost seconds of CPU on a 0.5 vCPU
# task. bash (present in the image) opens a TCP connection itself through /dev/tcp, sends a minimal HTTP/1.0 GET and
# checks the status line for 200: no extra package, a few milliseconds. `timeout` bounds a hung read.
# ECS ignores an image's HEALTHCHECK; terraform/ecs.tf gives the task definition the same probe. It asks for liveness,
# not readiness: readiness includes the queues and the store, and a passing SQS or database outage must not make ECS
# replace every task in the middle of its queries (the consumers retry on their own and report it as not ready).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /observe/health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && timeout 4 head -n 1 <&3 | grep -q ' 200 '"]

# Sized for a 0.5 vCPU / 1 GB Fargate task: heap up to 75% of the container's memory, the serial collector (one
# core: no parallel GC threads to pay for), exit on OutOfMemoryError so ECS replaces the task instead of it limping
# on. JAVA_TOOL_OPTIONS can add or override flags without a rebuild.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/sqlassist.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:MaxRAMPercentage=75", "-XX:InitialRAMPercentage=50", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-jar", "sqlassist.jar"]
CMD ["serve"]
