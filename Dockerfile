# Runtime-only image of the Crego LMS stub. Build the jar first (the image does not build it:
# containers here cannot reach Maven Central):
#
#   ./mvnw -B package -DskipTests && docker build -t crego-stub . && docker run -p 8080:8080 crego-stub
#
# Configure with the stub's environment variables, e.g. -e CREGO_STUB_USERS=alice:pw,bob:pw,
# -e CREGO_STUB_TOKEN=..., -e CREGO_STUB_ADMIN_TOKEN=...; keep state across restarts with
# -v crego-data:/data -e CREGO_STUB_DATA_DIR=/data.
FROM eclipse-temurin:17-jre

RUN groupadd --system crego \
    && useradd --system --gid crego --home-dir /app --shell /usr/sbin/nologin crego \
    && mkdir -p /app /data \
    && chown crego:crego /data

COPY --chown=root:root stub-server/target/crego-stub.jar /app/crego-stub.jar

# Class data sharing: a training run (start the stub, answer one API call, stop) writes the classes
# it loaded to an archive that every later start maps instead of loading and verifying them from
# the jar again, which cuts start-up to the first answer by about a third. Were the archive ever
# unusable, the JVM would say so and start without it. The training run's CDS log is off: dumping
# prints a warning for each class it leaves out of the archive (about 190 lines, none actionable);
# the archive is still checked to exist below.
RUN java -XX:ArchiveClassesAtExit=/app/crego-stub.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
        -XX:MaxRAMPercentage=75 \
        -jar /app/crego-stub.jar --port 8099 --host 127.0.0.1 --quiet & \
    pid=$!; \
    for i in $(seq 1 600); do \
      curl -fs -o /dev/null -H 'Authorization: Bearer crego-dev-token' \
        'http://127.0.0.1:8099/v1/lms/records/?page_size=1' && break; \
      sleep 0.1; \
    done; \
    kill "$pid"; wait "$pid"; \
    test -s /app/crego-stub.jsa

ENV CREGO_STUB_HOST=0.0.0.0 \
    CREGO_STUB_PORT=8080

USER crego
WORKDIR /app
EXPOSE 8080

HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${CREGO_STUB_PORT}/__admin/health" > /dev/null || exit 1

# Exec form: java is PID 1 and gets SIGTERM itself; the stub's shutdown hook stops the server
# and closes the store. The JVM then exits with 143 (128 + SIGTERM), its status for a clean stop by
# that signal, so `docker stop` reports 143, not 0.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/crego-stub.jsa", "-XX:MaxRAMPercentage=75", \
            "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/crego-stub.jar"]
