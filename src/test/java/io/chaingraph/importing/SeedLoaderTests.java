package io.chaingraph.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.NodeLabel;
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
		Map<String, String> files = texts(this.loader.files(later, existing));

		assertThat(files.get("nodes/Challenge.csv")).doesNotContain("syn_challenge_02,").contains("syn_challenge_01,");
		assertThat(files.get("nodes/Demand.csv")).doesNotContain("syn_demand_02,").contains("syn_demand_01,");
		assertThat(files.get("nodes/StatusChange.csv")).doesNotContain("sc_seed_syn_challenge_02_")
			.contains("sc_seed_syn_challenge_01_1");
		assertThat(files.get("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv"))
			.doesNotContain("syn_challenge_02,")
			.contains("syn_challenge_01,");
		assertThat(files.get("relationships/APPLIED_TO-Team-Challenge.csv")).doesNotContain(",syn_challenge_02,");
		assertThat(files.get("relationships/DISPATCHED_TO-Demand-Department.csv")).doesNotContain("syn_demand_02,");
		// Not workflow state: what a challenge targets and where it is stay in the files.
		assertThat(files.get("relationships/TARGETS-Challenge-Technology.csv")).contains("syn_challenge_02,");
		// The rows kept are moved to the day of loading, as on a first load.
		assertThat(files.get("nodes/StatusChange.csv")).contains(
				"sc_seed_syn_challenge_01_1,OPEN,seed," + LocalDate.parse("2025-11-18").plusDays(400) + "T10:00:00Z");
	}

	@Test
	void aFirstLoadKeepsEveryRow() throws IOException {
		Map<String, String> first = texts(this.loader.files(this.loader.asOf(), Map.of()));
		assertThat(first.get("nodes/Challenge.csv")).contains("syn_challenge_02,");
		assertThat(first.get("nodes/StatusChange.csv")).contains("sc_seed_syn_challenge_02_1");
	}

	private static Map<String, String> texts(List<ImportFile> files) throws IOException {
		Map<String, String> texts = new java.util.HashMap<>();
		for (ImportFile file : files) {
			StringWriter text = new StringWriter();
			try (Reader in = file.open()) {
				in.transferTo(text);
			}
			texts.put(file.name(), text.toString());
		}
		return texts;
	}

}
