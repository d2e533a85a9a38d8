package io.chaingraph.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may export, over both doors: {@code GET /export} and the {@code exportGraph} query
 * refuse anonymous callers and keys without COORDINATOR or ADMIN with a classified error
 * before any byte of the graph, and a coordinator gets, as a ZIP, the same files the
 * query answers.
 */
@ChainGraphTest
class ExportEndpointTests {

	private static final String QUERY = "{ exportGraph(chain: \"chain_pv\") { name content } }";

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Test
	void anAnonymousExportIsRefusedAsUnauthorized() {
		this.http.get()
			.uri("/export?chain=chain_pv")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("COORDINATOR"));
		this.graphQl.document(QUERY)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
	}

	@Test
	void anOrganizerMayNotExport() {
		String organizer = TestKeys.key(this.keys, EnumSet.of(Role.ORGANIZER), null, null);
		this.http.get()
			.uri("/export")
			.headers((headers) -> headers.setBearerAuth(organizer))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("FORBIDDEN");
		TestKeys.with(this.graphQl, organizer)
			.document(QUERY)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	@Test
	void aCoordinatorDownloadsTheFilesTheQueryAnswersAsAZip() {
		String coordinator = TestKeys.key(this.keys, EnumSet.of(Role.COORDINATOR), null, null);
		byte[] zip = this.http.get()
			.uri("/export?chain=chain_pv")
			.headers((headers) -> headers.setBearerAuth(coordinator))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/zip")
			.expectHeader()
			.value(HttpHeaders.CONTENT_DISPOSITION,
					(disposition) -> assertThat(disposition).startsWith("attachment")
						.contains("chain-graph-chain_pv.zip"))
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		Map<String, String> files = unzip(zip);

		List<ImportController.CsvFile> answered = TestKeys.with(this.graphQl, coordinator)
			.document(QUERY)
			.execute()
			.path("exportGraph")
			.entityList(ImportController.CsvFile.class)
			.get();

		assertThat(files).containsKeys("nodes/Chain.csv", "nodes/Enterprise.csv");
		assertThat(files.get("nodes/Chain.csv")).contains("\"chain_pv\",\"光伏\",\"Photovoltaics\"");
		Map<String, String> expected = new LinkedHashMap<>();
		answered.forEach((file) -> expected.put(file.name(), file.content()));
		assertThat(files).isEqualTo(expected);
	}

	// Each alias ran an export of its own after the previous one had freed the key's
	// slot, all held in one answer: a hundred of the largest allowed exports at once.
	// (The
	// field is non-null, so the refusal takes the answer's data with it.)
	@Test
	void exportGraphIsAnsweredOncePerRequest() {
		String coordinator = TestKeys.key(this.keys, EnumSet.of(Role.COORDINATOR), null, null);
		TestKeys.with(this.graphQl, coordinator)
			.document("{ a: exportGraph(chain: \"chain_pv\") { name } b: exportGraph(chain: \"chain_pv\") { name } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getPath()).isEqualTo("b");
				assertThat(errors.get(0).getMessage()).startsWith("exportGraph may be asked once per request");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void anUnknownChainIsNotFoundBeforeTheArchiveBegins() {
		String coordinator = TestKeys.key(this.keys, EnumSet.of(Role.COORDINATOR), null, null);
		this.http.get()
			.uri("/export?chain=no_such_chain")
			.headers((headers) -> headers.setBearerAuth(coordinator))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType("application/json")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("NOT_FOUND")
			.jsonPath("$.errors[0].message")
			.isEqualTo("No chain with id 'no_such_chain'");
	}

	/**
	 * The entries of a ZIP archive, by name, in their order; fails on an archive that is
	 * cut short.
	 */
	static Map<String, String> unzip(byte[] zip) {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

}
