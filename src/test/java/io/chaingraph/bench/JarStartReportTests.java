package io.chaingraph.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's report carries both start figures of the jar and the targets
 * for them.
 */
class JarStartReportTests {

	@Test
	void shouldReportBothStartFiguresAndTheirTargets() {
		JarStart.Result start = new JarStart.Result("target/chain-graph.jar", List.of(), List.of(12.0, 9.0, 9.5),
				List.of(7.0, 8.5, 6.0), JarStart.median(List.of(12.0, 9.0, 9.5)),
				JarStart.median(List.of(7.0, 8.5, 6.0)), 0.5, 1.0);

		Report.Results results = Report.results(Map.of(), List.of(), null, null, List.of(), start);

		assertThat(start.emptyMedian()).isEqualTo(9.5);
		assertThat(start.restartMedian()).isEqualTo(7.0);
		assertThat(Report.markdown(results)).contains("## Start of the jar",
				"| empty store (seed loaded: unpacked beside the jar, or imported) | 9.5 |", "| restart | 7.0 |");
		assertThat(results.targets()).extracting(Report.Target::met).containsExactly(true, true);
	}

	@Test
	void shouldTakeTheMeanOfTheMiddleTwoOfAnEvenNumberOfRounds() {
		assertThat(JarStart.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
	}

}
