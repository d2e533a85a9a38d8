package io.chaingraph.expert;

import java.util.List;
import java.util.Set;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With declared expertise hidden, expertsFor still finds the experts who declared it, far
 * better than chance.
 */
@ChainGraphTest
class RankingEvaluationTests {

	@Autowired
	RankingEvaluation evaluation;

	@Test
	void hiddenExpertiseIsFoundFromPublicationsAndTheGraph() {
		RankingEvaluation.Quality quality = this.evaluation.evaluate();
		System.out.printf(
				"expertsFor with declared expertise hidden, over %d technologies: MAP %.3f, P@10 %.3f, MAP by chance %.3f%n",
				quality.technologies(), quality.map(), quality.precisionAt10(), quality.chanceMap());
		assertThat(quality.technologies()).isGreaterThan(30);
		assertThat(quality.map()).isGreaterThan(5 * quality.chanceMap());
	}

	@Test
	void averagePrecisionRewardsRelevantAnswersNearTheTop() {
		assertThat(RankingEvaluation.averagePrecision(List.of("a", "b", "c"), Set.of("a", "b"))).isEqualTo(1.0);
		assertThat(RankingEvaluation.averagePrecision(List.of("c", "a", "b"), Set.of("a", "b")))
			.isEqualTo((1.0 / 2 + 2.0 / 3) / 2);
		assertThat(RankingEvaluation.averagePrecision(List.of("c"), Set.of("a"))).isZero();
	}

}
