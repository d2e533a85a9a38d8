package io.chaingraph.analytics;

import io.chaingraph.system.WarmUp;

import org.springframework.stereotype.Component;

/**
 * The programme's statistics and node counts once: the README's first query, whose one
 * statement of a dozen subqueries took 3.7 s to plan on a cold start.
 */
@Component
class StatisticsWarmUp implements WarmUp {

	private final StatisticsRepository statistics;

	StatisticsWarmUp(StatisticsRepository statistics) {
		this.statistics = statistics;
	}

	@Override
	public boolean warmUp() {
		this.statistics.statistics(null, null);
		this.statistics.countNodesByLabel();
		return true;
	}

}
