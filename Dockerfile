# Builds and runs Chain Graph. Used by docker-compose.yml; not exercised by CI (no Docker engine there).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY cypher/ cypher/
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests -Dspring-javaformat.skip=true \
 && java -Djarmode=tools -jar target/chain-graph-*.jar extract --destination /app

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /app/ ./
ENV CHAINGRAPH_STORE_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/chain-graph-0.1.0-SNAPSHOT.jar"]
