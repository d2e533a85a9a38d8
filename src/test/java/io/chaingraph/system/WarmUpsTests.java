package io.chaingraph.system;

import java.util.List;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every warm-up reads what it is there to read on the seed, without an error: one that
 * fails or finds nothing compiles no plan, and the user's first request pays for it.
 */
@ChainGraphTest
class WarmUpsTests {

	@Autowired
	List<WarmUp> warmUps;

	@Test
	void everyWarmUpReadsTheSeedWithoutAnError() {
		assertThat(this.warmUps).extracting((warmUp) -> warmUp.getClass().getSimpleName())
			.contains("RankingWarmUp", "StatisticsWarmUp", "ChainMapWarmUp", "PartyBuildingWarmUp");
		for (WarmUp warmUp : this.warmUps) {
			assertThat(warmUp.warmUp()).as(warmUp.getClass().getSimpleName()).isTrue();
		}
	}

}
