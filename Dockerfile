# Builds and runs Chain Graph; docker-compose.yml uses it. No Docker engine runs in CI, so
# tools/docker/check.sh checks what it can without one: it copies only what the build stage
# COPYs, runs the build stage's RUN lines there, starts the service from the layers the
# runtime stage COPYs and asks the HEALTHCHECK's question. Keep every build command on the
# RUN lines, so that the check runs it too.
FROM eclipse-temurin:17.0.17_10-jdk-noble AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# The libraries in a layer of their own, fetched again only when the pom changes. Not
# dependency:go-offline: it ignores the pom's exclusions (MDEP-844) and fails on the GraphiQL
# WebJar's unresolvable npm ranges that the pom excludes.
RUN ./mvnw -B -q dependency:resolve dependency:resolve-plugins
COPY cypher/ cypher/
COPY src/main/ src/main/
# maven.test.skip: the image runs no test, so none is compiled (the tests also need bench/,
# which the image has no use for). The extract splits the jar into layers that change at
# different rates: a code change rebuilds only the last one. The seed store beside the
# application's jar is what a first start on an empty /data unpacks (README "Start").
RUN ./mvnw -B -q package -Dmaven.test.skip=true -Dspring-javaformat.skip=true \
 && java -Djarmode=tools -jar target/chain-graph-*.jar extract --layers \
    --application-filename chain-graph.jar --destination /layers \
 && java -jar target/chain-graph-*.jar seed-store /layers/application/seed-store.zip \
    --logging.level.root=WARN

FROM eclipse-temurin:17.0.17_10-jre-noble
# A fixed uid, so that a volume's owner on the host can be set to match.
RUN groupadd --system --gid 10001 chaingraph \
 && useradd --system --uid 10001 --gid chaingraph --home-dir /app --no-create-home chaingraph \
 && mkdir /data \
 && chown chaingraph:chaingraph /data
WORKDIR /app
# Least to most often changed: libraries, launcher (empty without --launcher), snapshot
# libraries, the application's own jar.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER chaingraph
ENV CHAINGRAPH_STORE_DIR=/data
VOLUME /data
EXPOSE 8080
# Readiness, not liveness: ready means the schema is applied and the seed loaded. The JRE image
# has no guaranteed HTTP client, and a JVM per check would cost more than the check, so bash
# asks over /dev/tcp.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
# The command verbs (issue-key, seed, import, export, ...) are arguments to this entry point:
# docker compose run --rm app issue-key --name NAME --roles ADMIN
ENTRYPOINT ["java", "-jar", "/app/chain-graph.jar"]
