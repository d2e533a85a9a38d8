package io.chaingraph.expert;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up finds something to rank on the seed and ranks it without an error, so the
 * plans a user's first expertsFor needs are compiled.
 */
@ChainGraphTest
class RankingWarmUpTests {

	@Autowired
	RankingWarmUp warmUp;

	@Test
	void warmUpRanksByTechnologyAndByTextOnTheSeed() {
		assertThat(this.warmUp.warmUp()).isTrue();
	}

}
