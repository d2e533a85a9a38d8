package io.chaingraph.importing;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.NodeLabel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the seed loader hands the importer, without a database: loading the seed again on
 * another day leaves the challenges and demands the graph already holds as the service
 * took them, since their seeded workflow rows would rewind them or give them another
 * history, which the import refuses.
 */
class SeedLoaderTests {

	private final SeedLoader loader = new SeedLoader(null, new PathMatchingResourcePatternResolver(), null, null,
			false);

	@Test
	void theWorkflowRowsOfChallengesAndDemandsTheGraphHoldsAreLeftOut() throws IOException {
		LocalDate later = this.loader.asOf().plusDays(400);
		Map<NodeLabel, Set<String>> existing = Map.of(NodeLabel.Challenge, Set.of("syn_challenge_02"), NodeLabel.Demand,
				Set.of("syn_demand_02"), NodeLabel.StatusChange,
				Set.of("sc_seed_syn_challenge_02_1", "sc_seed_syn_challenge_02_2", "sc_seed_syn_challenge_02_3"));
		Map<String, List<List<@Nullable String>>> files = rows(this.loader.files(later, existing));

		assertThat(column(files, "nodes/Challenge.csv", 0)).doesNotContain("syn_challenge_02")
			.contains("syn_challenge_01");
		assertThat(column(files, "nodes/Demand.csv", 0)).doesNotContain("syn_demand_02").contains("syn_demand_01");
		assertThat(column(files, "nodes/StatusChange.csv", 0))
			.noneMatch((id) -> id.startsWith("sc_seed_syn_challenge_02_"))
			.contains("sc_seed_syn_challenge_01_1");
		assertThat(column(files, "relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv", 0))
			.doesNotContain("syn_challenge_02")
			.contains("syn_challenge_01");
		assertThat(column(files, "relationships/APPLIED_TO-Team-Challenge.csv", 1)).isNotEmpty()
			.doesNotContain("syn_challenge_02");
		assertThat(column(files, "relationships/DISPATCHED_TO-Demand-Department.csv", 0)).isNotEmpty()
			.doesNotContain("syn_demand_02");
		// Not workflow state: what a challenge targets and where it is stay in the files.
		assertThat(column(files, "relationships/TARGETS-Challenge-Technology.csv", 0)).contains("syn_challenge_02");
		// The rows kept are moved to the day of loading, as on a first load.
		assertThat(files.get("nodes/StatusChange.csv"))
			.filteredOn((row) -> "sc_seed_syn_challenge_01_1".equals(row.get(0)))
			.singleElement()
			.satisfies((row) -> assertThat(row.subList(0, 4)).containsExactly("sc_seed_syn_challenge_01_1", "OPEN",
					"seed", LocalDate.parse("2025-11-18").plusDays(400) + "T10:00:00Z"));
	}

	@Test
	void aFirstLoadKeepsEveryRow() throws IOException {
		Map<String, List<List<@Nullable String>>> first = rows(this.loader.files(this.loader.asOf(), Map.of()));
		assertThat(column(first, "nodes/Challenge.csv", 0)).contains("syn_challenge_02");
		assertThat(column(first, "nodes/StatusChange.csv", 0)).contains("sc_seed_syn_challenge_02_1");
	}

	// The ids in one column of a file's rows after its header.
	private static List<String> column(Map<String, List<List<@Nullable String>>> files, String name, int column) {
		return files.get(name).stream().skip(1).map((row) -> String.valueOf(row.get(column))).toList();
	}

	private static Map<String, List<List<@Nullable String>>> rows(List<ImportFile> files) throws IOException {
		Map<String, List<List<@Nullable String>>> rows = new java.util.HashMap<>();
		for (ImportFile file : files) {
			List<List<@Nullable String>> read = new java.util.ArrayList<>();
			try (Reader in = file.open(); CsvReader csv = new CsvReader(in)) {
				for (List<@Nullable String> row = csv.next(); row != null; row = csv.next()) {
					read.add(row);
				}
			}
			rows.put(file.name(), read);
		}
		return rows;
	}

}
