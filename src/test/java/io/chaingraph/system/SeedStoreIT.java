package io.chaingraph.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast first start, as an operator gets it: the {@code seed-store} command writes the
 * seeded database, and a service started on an empty store with it answers exactly what a
 * service that imported the seed answers, with the workflow dates moved from the day the
 * archive was made to today.
 */
class SeedStoreIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final String STATISTICS = """
			{ statistics { chains pilotChains keyChains consortia enterprises chainLeaders institutes universities
			  experts academicians technologies bottlenecks challengesByStatus { status count } demandsByStatus { status count }
			  nodeCounts { label count } reportedFigures { id } } }""";

	private static final String CHALLENGES = """
			{ challenges(first: 100) { totalCount edges { node { id deadline postedAt status } } } }""";

	private static final int DAYS = 3;

	@TempDir
	Path work;

	@Test
	void aFirstStartFromTheSeedStoreAnswersAsAnImportedSeedDoesWithItsDatesMovedToToday() throws Exception {
		Path archive = this.work.resolve("seed-store.zip");
		String printed = ServiceProcess.run(List.of("seed-store", archive.toString()));
		assertThat(printed).contains("Wrote the seeded database to " + archive);
		// As if the archive had been made three days ago: the start must move the dates.
		Path older = this.work.resolve("older.zip");
		madeDaysAgo(archive, older, DAYS);

		Map<String, JsonNode> unpacked;
		try (ServiceProcess service = ServiceProcess.start(Files.createDirectories(this.work.resolve("unpacked")),
				"--chaingraph.database.embedded.seed-store=" + older)) {
			String url = service.awaitReady(Duration.ofMinutes(5));
			assertThat(service.output()).contains("Seed store " + older + " unpacked")
				.contains("workflow dates moved by %d day(s)".formatted(DAYS))
				.doesNotContain("Applied schema file")
				.doesNotContain("loading the seed dataset");
			unpacked = answers(url);
		}
		Map<String, JsonNode> imported;
		try (ServiceProcess service = ServiceProcess.start(Files.createDirectories(this.work.resolve("imported")),
				"--chaingraph.database.embedded.seed-store=" + this.work.resolve("none.zip"))) {
			String url = service.awaitReady(Duration.ofMinutes(5));
			assertThat(service.output()).contains("Seed dataset loaded in");
			imported = answers(url);
		}

		assertThat(unpacked.get("statistics")).isEqualTo(imported.get("statistics"));
		Map<String, JsonNode> expected = challenges(imported.get("challenges"));
		Map<String, JsonNode> actual = challenges(unpacked.get("challenges"));
		assertThat(actual.keySet()).isEqualTo(expected.keySet()).isNotEmpty();
		expected.forEach((id, challenge) -> {
			JsonNode moved = actual.get(id);
			assertThat(moved.get("status")).isEqualTo(challenge.get("status"));
			assertThat(LocalDate.parse(moved.get("deadline").asString()))
				.isEqualTo(LocalDate.parse(challenge.get("deadline").asString()).plusDays(DAYS));
			assertThat(OffsetDateTime.parse(moved.get("postedAt").asString()).toInstant()).isEqualTo(
					OffsetDateTime.parse(challenge.get("postedAt").asString()).toInstant().plus(Duration.ofDays(DAYS)));
		});
	}

	private static Map<String, JsonNode> answers(String url) throws IOException, InterruptedException {
		return Map.of("statistics", data(url, STATISTICS).get("statistics"), "challenges",
				data(url, CHALLENGES).get("challenges"));
	}

	private static Map<String, JsonNode> challenges(JsonNode connection) {
		assertThat(connection.get("totalCount").asInt()).isLessThanOrEqualTo(100);
		Map<String, JsonNode> byId = new TreeMap<>();
		connection.get("edges").forEach((edge) -> byId.put(edge.at("/node/id").asString(), edge.get("node")));
		return byId;
	}

	private static JsonNode data(String url, String query) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
			.build();
		JsonNode answer = json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
		assertThat(answer.has("errors")).as("errors in %s", answer).isFalse();
		return answer.get("data");
	}

	// The archive with its manifest saying it was made `days` before the day it was; the
	// files keep the dates they were given on the day they were made.
	private static void madeDaysAgo(Path archive, Path target, int days) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(SeedStore.MANIFEST)) {
					String manifest = new String(content, StandardCharsets.ISO_8859_1);
					String today = LocalDate.now(ZoneOffset.UTC).toString();
					assertThat(manifest).contains("seededOn=" + today);
					content = manifest
						.replace("seededOn=" + today, "seededOn=" + LocalDate.now(ZoneOffset.UTC).minusDays(days))
						.getBytes(StandardCharsets.ISO_8859_1);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
	}

}
