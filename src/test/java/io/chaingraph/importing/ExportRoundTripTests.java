package io.chaingraph.importing;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

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
		assertThat(led.get("relationships/ADVISES-Expert-Consortium.csv")).contains("person_jiang_fengyi,cons_led");

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
