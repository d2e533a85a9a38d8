package io.chaingraph.importing;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.ChainGraphApplication;
import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, import into an empty database, export again: identical files, for the whole
 * graph and for one chain's neighbourhood, in memory and as the ZIP of
 * {@code GET /export}. The empty database is a second application context of its own.
 */
@ChainGraphTest
class ExportRoundTripTests {

	static ConfigurableApplicationContext empty;

	@Autowired
	GraphExporter exporter;

	@Autowired
	WebTestClient http;

	@Autowired
	ApiKeys keys;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphImporter importer;

	@Autowired
	Driver driver;

	@BeforeAll
	static void startEmptyDatabase() {
		empty = new SpringApplicationBuilder(ChainGraphApplication.class).web(WebApplicationType.NONE)
			.run("--chaingraph.database.uri=", "--chaingraph.database.embedded.ephemeral=true",
					"--chaingraph.database.embedded.bolt-port=0", "--chaingraph.seed.on-empty-start=false",
					"--spring.main.banner-mode=off");
	}

	@AfterAll
	static void stopEmptyDatabase() {
		empty.close();
	}

	@Test
	void wholeGraphSurvivesExportImportExport() {
		Map<String, String> first = this.exporter.export(null, Long.MAX_VALUE, null);
		assertThat(first).containsKeys("nodes/Chain.csv", "nodes/University.csv",
				"relationships/EXPERT_IN-Expert-Technology.csv");
		assertThat(first.get("nodes/University.csv")).contains("University;Organization");

		Map<String, String> second = importThenExport(first);

		assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
		first.forEach((name, content) -> assertThat(second.get(name)).as(name).isEqualTo(content));
	}

	@Test
	void chainNeighbourhoodSurvivesExportImportExport() {
		Map<String, String> led = this.exporter.export("chain_led", Long.MAX_VALUE, null);
		assertThat(led.get("nodes/Expert.csv")).contains("person_jiang_fengyi").doesNotContain("syn_expert_copper_");
		assertThat(led.get("nodes/Chain.csv")).contains("chain_led", "c1269_electronics").doesNotContain("chain_pv");
		assertThat(led.get("relationships/ADVISES-Expert-Consortium.csv"))
			.contains("\"person_jiang_fengyi\",\"cons_led\"");

		Map<String, String> again = importThenExport(led);

		assertThat(again).isEqualTo(led);
	}

	@Test
	void theZipACoordinatorDownloadsImportsBackIntoTheSameFiles() {
		byte[] zip = this.http.get()
			.uri("/export")
			.headers((headers) -> headers
				.setBearerAuth(TestKeys.key(this.keys, EnumSet.of(Role.COORDINATOR), null, null)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		Map<String, String> downloaded = ExportEndpointTests.unzip(zip);
		Map<String, String> exported = this.exporter.export(null, Long.MAX_VALUE, null);
		assertThat(downloaded.keySet()).containsExactlyElementsOf(exported.keySet());
		exported.forEach((name, content) -> assertThat(downloaded.get(name)).as(name).isEqualTo(content));

		Map<String, String> again = importThenExport(downloaded);

		assertThat(again.keySet()).containsExactlyElementsOf(downloaded.keySet());
		downloaded.forEach((name, content) -> assertThat(again.get(name)).as(name).isEqualTo(content));
	}

	@Test
	void workflowHistoriesInEveryStateSurviveExportAndImportIntoAnEmptyStore() {
		String run = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		HttpGraphQlTester admin = TestKeys.admin(this.graphQl, this.keys);
		List<String> experts = new GraphAssertions(this.driver).strings("""
				MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'})
				WITH x ORDER BY x.id LIMIT 3 RETURN collect(x.id) AS values""");
		List<String> challenges = new java.util.ArrayList<>();
		for (String state : List.of("OPEN", "SHORTLISTING", "AWARDED", "CLOSED")) {
			String id = run + "_oc_" + state.toLowerCase();
			challenges.add(id);
			post(admin, id, "OPEN_COMPETITION");
			String team = apply(admin, id, experts.get(0));
			apply(admin, id, experts.get(1));
			if (!state.equals("OPEN")) {
				move(admin, "shortlist", Map.of("challenge", id, "teams", List.of(team)));
			}
			if (state.equals("AWARDED") || state.equals("CLOSED")) {
				move(admin, "award", Map.of("challenge", id, "team", team));
			}
			if (state.equals("CLOSED")) {
				move(admin, "close", Map.of("challenge", id));
			}
		}
		for (String state : List.of("FUNDED", "AWARDED", "CLOSED")) {
			String id = run + "_hr_" + state.toLowerCase();
			challenges.add(id);
			post(admin, id, "HORSE_RACE");
			List<String> teams = List.of(apply(admin, id, experts.get(0)), apply(admin, id, experts.get(1)),
					apply(admin, id, experts.get(2)));
			if (state.equals("CLOSED")) {
				// Closed before it was ever shortlisted: its teams stay APPLIED.
				move(admin, "close", Map.of("challenge", id));
				continue;
			}
			move(admin, "shortlist", Map.of("challenge", id, "teams", teams));
			move(admin, "fund", Map.of("challenge", id, "teams", teams.subList(0, 2)));
			if (state.equals("AWARDED")) {
				move(admin, "award", Map.of("challenge", id, "team", teams.get(1)));
			}
		}
		GraphAssertions graph = new GraphAssertions(this.driver);
		try {
			Map<String, String> first = this.exporter.export(null, Long.MAX_VALUE, null);
			assertThat(first.get("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv")).contains(run);

			Map<String, String> second = importThenExport(first);

			assertThat(second.get("nodes/StatusChange.csv")).isEqualTo(first.get("nodes/StatusChange.csv"));
			assertThat(second.get("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv"))
				.isEqualTo(first.get("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv"));
			GraphAssertions copy = new GraphAssertions(empty.getBean(Driver.class));
			for (String id : challenges) {
				assertThat(histories(copy, id)).as(id).isEqualTo(histories(graph, id)).isNotEmpty();
			}
			assertThat(statuses(histories(copy, run + "_hr_awarded"))).containsExactly("OPEN", "SHORTLISTING", "FUNDED",
					"AWARDED");
			assertThat(statuses(histories(copy, run + "_hr_closed"))).containsExactly("OPEN", "CLOSED");

			// The export imported onto the graph it came from repeats every history.
			long changes = graph.count("MATCH (s:StatusChange) RETURN count(s) AS n");
			ImportJob again = this.importer.run("round trip onto itself",
					first.entrySet()
						.stream()
						.map((file) -> ImportFile.ofText(file.getKey(), file.getValue()))
						.toList());
			assertThat(again.status()).as(again.errors().toString()).isEqualTo(ImportJob.Status.DONE);
			assertThat(graph.count("MATCH (s:StatusChange) RETURN count(s) AS n")).isEqualTo(changes);
		}
		finally {
			graph.run("""
					MATCH (c:Challenge) WHERE c.id STARTS WITH $run
					OPTIONAL MATCH (t:Team)-[:APPLIED_TO]->(c)
					OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s)
					DETACH DELETE c, t, s""", "run", run);
		}
	}

	private static List<String> statuses(List<String> history) {
		return history.stream().map((entry) -> entry.split(" ")[0]).toList();
	}

	private static List<String> histories(GraphAssertions graph, String challenge) {
		return graph.rows("""
				MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s)
				RETURN s.status + ' ' + toString(s.at) + ' ' + s.actor AS entry ORDER BY s.at, s.id""", "c", challenge)
			.stream()
			.map((row) -> row.get("entry").asString())
			.toList();
	}

	private static void post(HttpGraphQlTester admin, String id, String mode) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", "往返测试");
		input.put("poster", "cons_led");
		input.put("technologies", List.of("tech_led_micro"));
		input.put("chain", "chain_led");
		input.put("budget", 1_000_000);
		input.put("deadline", "2099-12-31");
		input.put("mode", mode);
		input.put("maxPartners", 2);
		input.put("requireCoverage", false);
		move(admin, "post", Map.of("input", input));
	}

	private static String apply(HttpGraphQlTester admin, String challenge, String lead) {
		return move(admin, "apply",
				Map.of("input", Map.of("challenge", challenge, "lead", lead, "partners", List.of())))
			.path("applyToChallenge.team.id")
			.entity(String.class)
			.get();
	}

	private static GraphQlTester.Response move(HttpGraphQlTester admin, String operation,
			Map<String, Object> variables) {
		GraphQlTester.Request<?> request = admin.documentName("challengeWorkflow").operationName(operation);
		for (Map.Entry<String, Object> variable : new LinkedHashMap<>(variables).entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		return response;
	}

	private Map<String, String> importThenExport(Map<String, String> files) {
		new GraphAssertions(empty.getBean(Driver.class)).run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n");
		List<ImportFile> imports = files.entrySet()
			.stream()
			.map((file) -> ImportFile.ofText(file.getKey(), file.getValue()))
			.toList();
		ImportJob job = empty.getBean(GraphImporter.class).run("round trip", imports);
		assertThat(job.status()).as(job.errors().toString()).isEqualTo(ImportJob.Status.DONE);
		return empty.getBean(GraphExporter.class).export(null, Long.MAX_VALUE, null);
	}

}
