package io.chaingraph.bench;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The text evaluation's metrics, against values worked out by hand.
 */
class RankingMetricsTests {

	private static final List<String> RANKED = List.of("a", "x", "b", "y", "z");

	private static final Set<String> RELEVANT = Set.of("a", "b", "c");

	@Test
	void averagePrecisionCountsUnrankedRelevantAsMisses() {
		// Precision 1 at rank 1, 2/3 at rank 3, and c never ranked.
		assertThat(RankingMetrics.averagePrecision(RANKED, RELEVANT)).isCloseTo((1 + 2.0 / 3) / 3, offset(1e-12));
		assertThat(RankingMetrics.averagePrecision(List.of("x"), Set.of())).isZero();
	}

	@Test
	void precisionAtKCountsMissingRanksAsMisses() {
		assertThat(RankingMetrics.precisionAt(2, RANKED, RELEVANT)).isEqualTo(0.5);
		assertThat(RankingMetrics.precisionAt(10, RANKED, RELEVANT)).isEqualTo(0.2);
	}

	@Test
	void recallAtKIsTheShareOfRelevantFound() {
		assertThat(RankingMetrics.recallAt(100, RANKED, RELEVANT)).isCloseTo(2.0 / 3, offset(1e-12));
		assertThat(RankingMetrics.recallAt(1, RANKED, RELEVANT)).isCloseTo(1.0 / 3, offset(1e-12));
	}

	@Test
	void ndcgDividesByTheIdealOrder() {
		double dcg = 1 + 1 / (Math.log(4) / Math.log(2));
		double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(4) / Math.log(2));
		assertThat(RankingMetrics.ndcgAt(10, RANKED, RELEVANT)).isCloseTo(dcg / ideal, offset(1e-12));
		assertThat(RankingMetrics.ndcgAt(10, List.of("a", "b", "c"), RELEVANT)).isCloseTo(1, offset(1e-12));
	}

}
