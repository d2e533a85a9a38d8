package io.chaingraph.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColdPlanBudgetTests {

	private static final Duration NORMAL = Duration.ofSeconds(2);

	private static final Duration COLD = Duration.ofSeconds(10);

	@Test
	void shouldGiveTheFirstExecutionOfATextTheColdLimitAndLaterOnesTheNormal() {
		ColdPlanBudget budget = new ColdPlanBudget(COLD);

		assertThat(budget.timeout("MATCH (n) RETURN n", NORMAL)).isEqualTo(COLD);
		assertThat(budget.timeout("MATCH (n) RETURN n", NORMAL)).isEqualTo(NORMAL);
		assertThat(budget.timeout("MATCH (m) RETURN m", NORMAL)).isEqualTo(COLD);
	}

	@Test
	void shouldNeverShortenALongerNormalLimit() {
		assertThat(new ColdPlanBudget(COLD).timeout("RETURN 1", Duration.ofSeconds(30)))
			.isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void shouldStopGivingTheColdLimitOnceItHasSeenAsManyTextsAsItKeeps() {
		ColdPlanBudget budget = new ColdPlanBudget(COLD);
		for (int i = 0; i < ColdPlanBudget.MAX_TEXTS; i++) {
			budget.timeout("RETURN " + i, NORMAL);
		}

		assertThat(budget.timeout("RETURN 'one more'", NORMAL)).isEqualTo(NORMAL);
		assertThat(budget.timeout("RETURN 0", NORMAL)).isEqualTo(NORMAL);
	}

}
