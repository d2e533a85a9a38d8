package io.chaingraph.expert;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Ties to the chain and the track record say nothing about the question, so they count in
 * proportion to how relevant the expert is to it, in full from half a perfect match.
 */
class PriorGateTests {

	private static List<ExpertRanking.ScoreComponent> relevance(double expertise, double evidence, double propagation) {
		return List.of(new ExpertRanking.ScoreComponent("expertise", expertise, 0.35),
				new ExpertRanking.ScoreComponent("evidence", evidence, 0.25),
				new ExpertRanking.ScoreComponent("propagation", propagation, 0.15));
	}

	@Test
	void aStronglyRelevantExpertKeepsChainAndTrackRecordInFull() {
		assertThat(ExpertRanking.priorGate(relevance(1, 0, 1))).isEqualTo(1.0);
		assertThat(ExpertRanking.priorGate(relevance(0.8, 0.5, 0.4))).isEqualTo(1.0);
	}

	@Test
	void anExpertWhoBarelyMatchesGetsAlmostNothingForTheirRecord() {
		double share = (0.25 * 0.02) / 0.75;
		assertThat(ExpertRanking.priorGate(relevance(0, 0.02, 0))).isCloseTo(share / ExpertRanking.PRIOR_FULL_RELEVANCE,
				within(1e-12));
		assertThat(ExpertRanking.priorGate(relevance(0, 0, 0))).isZero();
	}

}
