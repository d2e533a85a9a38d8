package io.chaingraph.system.graphql;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColdPlanBudgetTests {

	private static final Duration NORMAL = Duration.ofSeconds(2);

	private static final Duration COLD = Duration.ofSeconds(10);

	@Test
	void aTextGetsTheColdLimitUntilAReadOfItCompletes() {
		ColdPlanBudget budget = new ColdPlanBudget(COLD);

		assertThat(budget.timeout("MATCH (n) RETURN n", NORMAL)).isEqualTo(COLD);
		budget.completed("MATCH (n) RETURN n");
		assertThat(budget.timeout("MATCH (n) RETURN n", NORMAL)).isEqualTo(NORMAL);
		assertThat(budget.timeout("MATCH (m) RETURN m", NORMAL)).isEqualTo(COLD);
	}

	// A warm-up stopped at its limit must not leave the user's first request the normal
	// limit on a plan that is still not compiled.
	@Test
	void aTryThatDidNotCompleteLeavesTheTextColdForOneMoreTry() {
		ColdPlanBudget budget = new ColdPlanBudget(COLD);

		assertThat(budget.timeout("MATCH (n) RETURN n", NORMAL)).isEqualTo(COLD);
		assertThat(budget.timeout("MATCH (n) RETURN n", NORMAL)).isEqualTo(COLD);
		assertThat(budget.timeout("MATCH (n) RETURN n", NORMAL)).as("a text that never completes").isEqualTo(NORMAL);
	}

	@Test
	void shouldNeverShortenALongerNormalLimit() {
		assertThat(new ColdPlanBudget(COLD).timeout("RETURN 1", Duration.ofSeconds(30)))
			.isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void shouldStopGivingTheColdLimitOnceItHoldsAsManyTextsAsItKeeps() {
		ColdPlanBudget budget = new ColdPlanBudget(COLD);
		for (int i = 0; i < ColdPlanBudget.MAX_TEXTS; i++) {
			budget.timeout("RETURN " + i, NORMAL);
			if (i % 2 == 0) {
				budget.completed("RETURN " + i);
			}
		}

		assertThat(budget.timeout("RETURN 'one more'", NORMAL)).isEqualTo(NORMAL);
		assertThat(budget.timeout("RETURN 1", NORMAL)).isEqualTo(NORMAL);
	}

}
