package io.chaingraph.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.statistics} and the fields of {@code ProgrammeStatistics}; each field runs
 * its own count only when selected.
 */
@Controller
class StatisticsController {

	private final StatisticsRepository statistics;

	StatisticsController(StatisticsRepository statistics) {
		this.statistics = statistics;
	}

	@QueryMapping
	ProgrammeStatistics statistics(@Argument @Nullable String chain, @Argument @Nullable String consortium) {
		return this.statistics.statistics(chain, consortium);
	}

	@SchemaMapping
	List<LabelCount> nodeCounts(ProgrammeStatistics statistics) {
		return this.statistics.countNodesByLabel();
	}

}
