package io.chaingraph.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.challenge.ChallengeWorkflow;
import io.chaingraph.system.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an anonymous caller no longer sees: health details, metrics, import jobs, the
 * names of the keys that moved a workflow, and the development key in the log.
 */
@ChainGraphTest
class ExposureTests {

	private static final String CHALLENGE = "test_exposure_challenge";

	private static final String ACTOR = "exposure test key holder";

	private static final String HISTORY = """
			query ($id: ID!) {
			  challenge(id: $id) { history { edges { node { ... on StatusChange { status actor } } } } }
			}""";

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	ChallengeWorkflow workflow;

	@Autowired
	Driver driver;

	@AfterEach
	void removeTestChallenge() {
		new GraphAssertions(this.driver).run("""
				MATCH (c:Challenge {id: $id})
				OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE c, s""", "id", CHALLENGE);
	}

	@Test
	void anonymousHealthIsTheStatusAlone() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components")
			.doesNotExist()
			.jsonPath("$.details")
			.doesNotExist();
		String text = this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(text).doesNotContain(this.database.storeDir().toString()).doesNotContain("bolt://");
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
			this.http.get()
				.uri(probe)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
	}

	@Test
	void adminHealthHasTheDetails() {
		this.http.get()
			.uri("/actuator/health")
			.headers((headers) -> headers.setBearerAuth(this.keys.devKey().orElseThrow().key()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP")
			.jsonPath("$.components.diskSpace.details")
			.exists();
		this.http.get()
			.uri("/actuator/health")
			.headers((headers) -> headers.setBearerAuth(key(Role.ORGANIZER)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components")
			.doesNotExist();
	}

	@Test
	void prometheusAndMetricsAreForAdminOnly() {
		for (String endpoint : List.of("/actuator/prometheus", "/actuator/metrics")) {
			this.http.get().uri(endpoint).exchange().expectStatus().isUnauthorized();
			this.http.get()
				.uri(endpoint)
				.headers((headers) -> headers.setBearerAuth(key(Role.ORGANIZER)))
				.exchange()
				.expectStatus()
				.isForbidden();
			this.http.get()
				.uri(endpoint)
				.headers((headers) -> headers.setBearerAuth(this.keys.devKey().orElseThrow().key()))
				.exchange()
				.expectStatus()
				.isOk();
		}
		// The scrape grows with what the suite's JVM has served, past the client's
		// default
		// 256 KB buffer.
		this.http.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.headers((headers) -> headers.setBearerAuth(this.keys.devKey().orElseThrow().key()))
			.exchange()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics).contains("jvm_memory_used_bytes"));
	}

	@Test
	void importJobsAreForCoordinators() {
		this.graphQl.document("{ importJobs { id } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("UNAUTHORIZED"));
		this.graphQl.document("{ importJob(id: \"nope\") { id } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("UNAUTHORIZED"));
		TestKeys.as(this.graphQl, this.keys, Role.VIEWER)
			.document("{ importJobs { id } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("FORBIDDEN"));
		TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR)
			.document("{ importJobs { id } }")
			.execute()
			.errors()
			.verify()
			.path("importJobs")
			.entityList(Object.class);
	}

	@Test
	void historyActorsAreNullButForCoordinators() {
		this.workflow.post(new ChallengeWorkflow.Posting(CHALLENGE, "暴露测试", null, null, "cons_led",
				List.of("tech_led_micro"), "chain_led", 1000, "2099-01-01", "OPEN_COMPETITION", 4, true), ACTOR);

		this.graphQl.document(HISTORY)
			.variable("id", CHALLENGE)
			.execute()
			.errors()
			.verify()
			.path("challenge.history.edges[0].node.status")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("challenge.history.edges[0].node.actor")
			.valueIsNull();
		TestKeys.as(this.graphQl, this.keys, Role.ORGANIZER)
			.document(HISTORY)
			.variable("id", CHALLENGE)
			.execute()
			.path("challenge.history.edges[0].node.actor")
			.valueIsNull();
		TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR)
			.document(HISTORY)
			.variable("id", CHALLENGE)
			.execute()
			.path("challenge.history.edges[0].node.actor")
			.entity(String.class)
			.isEqualTo(ACTOR);
	}

	@Test
	void actorsCannotBeGuessedThroughAFilterOrAnOrdering() {
		for (String document : List.of("{ statusChanges(where: {actor: \"development\"}) { edges { node { id } } } }",
				"{ statusChanges(where: {actor_in: [\"development\"]}) { edges { node { id } } } }",
				"{ statusChanges(orderBy: [{field: actor}]) { edges { node { id } } } }")) {
			this.graphQl.document(document)
				.execute()
				.errors()
				.expect((error) -> error.getErrorType().toString().equals("UNAUTHORIZED"));
			TestKeys.as(this.graphQl, this.keys, Role.ORGANIZER)
				.document(document)
				.execute()
				.errors()
				.expect((error) -> error.getErrorType().toString().equals("FORBIDDEN"));
			TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR).document(document).execute().errors().verify();
		}
		this.graphQl.document("{ statusChanges(where: {status: OPEN}) { edges { node { status } } } }")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void theDevelopmentKeyIsInAFileOnlyItsOwnerMayRead() throws Exception {
		Path file = this.keys.devKeyFile().orElseThrow();
		assertThat(file).isEqualTo(this.database.storeDir().resolve("dev-api-key"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String key = Files.readString(file).strip();
		assertThat(key).isEqualTo(this.keys.devKey().orElseThrow().key());
		TestKeys.with(this.graphQl, key)
			.document("{ viewer { roles } }")
			.execute()
			.path("viewer.roles")
			.entityList(String.class)
			.containsExactly("ADMIN");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theLogGivesTheKeysFileAndNotTheKey(CapturedOutput output) {
		this.keys.writeDevKey();
		assertThat(output.getAll()).contains(this.keys.devKeyFile().orElseThrow().toString())
			.doesNotContain(this.keys.devKey().orElseThrow().key());
	}

	private String key(Role role) {
		return TestKeys.key(this.keys, EnumSet.of(role), null, null);
	}

}
