package io.chaingraph.system.database;

import io.chaingraph.system.ServiceProcess;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast first start, as an operator gets it: the {@code seed-store} command writes the
 * seeded database, and a service started on an empty store with it holds the whole seed,
 * without applying a schema file or importing anything, with the workflow dates moved
 * from the day the archive was made to today.
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

	@TempDir
	Path work;

	@Test
	void aFirstStartFromTheSeedStoreHoldsTheWholeSeedWithItsDatesMovedToToday() throws Exception {
		Path archive = this.work.resolve("seed-store.zip");
		String printed = ServiceProcess.run(List.of("seed-store", archive.toString()));
		assertThat(printed).contains("Wrote the seeded database to " + archive);
		try (ServiceProcess service = ServiceProcess.start(Files.createDirectories(this.work.resolve("store")),
				"--chaingraph.database.embedded.seed-store=" + archive)) {
			String url = service.awaitReady(Duration.ofMinutes(5));
			assertThat(service.output()).contains("Seed store " + archive + " unpacked")
				.contains("workflow dates moved by 0 day(s)")
				.doesNotContain("Applied schema file")
				.doesNotContain("loading the seed dataset");

			JsonNode statistics = data(url, STATISTICS).get("statistics");
			// The article's figures, as the imported seed gives them
			// (ProgrammeStatisticsTests).
			assertThat(statistics.get("pilotChains").asInt()).isEqualTo(8);
			assertThat(statistics.get("consortia").asInt()).isEqualTo(6);
			assertThat(statistics.get("enterprises").asInt()).isEqualTo(147);
			assertThat(statistics.get("experts").asInt()).isEqualTo(157);
			assertThat(statistics.get("academicians").asInt()).isEqualTo(13);
			Map<String, Integer> counts = new TreeMap<>();
			statistics.get("nodeCounts")
				.forEach((row) -> counts.put(row.get("label").asString(), row.get("count").asInt()));
			assertThat(counts).containsAllEntriesOf(seedRows());

			// Each seeded challenge's dates: the file's, moved from the seed's day to the
			// day the archive was made, today (SeedWorkflowTests moves them on from
			// there).
			long days = ChronoUnit.DAYS.between(seedDay(), LocalDate.now(ZoneOffset.UTC));
			Map<String, JsonNode> challenges = challenges(data(url, CHALLENGES).get("challenges"));
			Map<String, List<String>> rows = challengeDates();
			assertThat(challenges.keySet()).isEqualTo(rows.keySet());
			rows.forEach((id, dates) -> {
				JsonNode challenge = challenges.get(id);
				assertThat(LocalDate.parse(challenge.get("deadline").asString()))
					.isEqualTo(LocalDate.parse(dates.get(0)).plusDays(days));
				assertThat(OffsetDateTime.parse(challenge.get("postedAt").asString()).toInstant())
					.isEqualTo(OffsetDateTime.parse(dates.get(1)).toInstant().plus(Duration.ofDays(days)));
			});
		}
	}

	private static LocalDate seedDay() throws IOException {
		return LocalDate.parse(resource("seed/AS_OF").strip());
	}

	// Rows per node file of the seed, by label.
	private static Map<String, Integer> seedRows() throws IOException {
		Map<String, Integer> rows = new TreeMap<>();
		try (var files = Files.list(Path.of("target/classes/seed/nodes"))) {
			for (Path file : files.toList()) {
				String label = file.getFileName().toString().replace(".csv", "");
				rows.put(label,
						(int) Files.readAllLines(file).stream().skip(1).filter((line) -> !line.isBlank()).count());
			}
		}
		return rows;
	}

	// deadline and postedAt of each row of the seed's challenges, by id.
	private static Map<String, List<String>> challengeDates() throws IOException {
		List<String> lines = resource("seed/nodes/Challenge.csv").lines().toList();
		List<String> header = fields(lines.get(0));
		int deadline = header.indexOf("deadline:date");
		int postedAt = header.indexOf("postedAt:datetime");
		Map<String, List<String>> dates = new TreeMap<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> fields = fields(line);
			dates.put(fields.get(0), List.of(fields.get(deadline), fields.get(postedAt)));
		}
		return dates;
	}

	// One CSV line's fields: the seed's challenge rows have quoted fields but no line
	// breaks in them.
	private static List<String> fields(String line) {
		List<String> fields = new java.util.ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else {
					quoted = !quoted;
				}
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private static String resource(String name) throws IOException {
		return Files.readString(Path.of("target/classes").resolve(name), StandardCharsets.UTF_8);
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

}
