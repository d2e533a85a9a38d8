package io.chaingraph.ask;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The conditions read from the question's words.
 *
 * @param academicianOnly only academicians (院士, academician)
 * @param excludeConflictsWith leave out experts with a conflict of interest with this
 * node
 * @param city the city the question names
 * @param first how many it asks for (前5位, top 5, three experts)
 * @param statuses the statuses it asks for (open challenges, unresolved demands)
 * @param measure the figure a count asks for
 */
record AskFilters(boolean academicianOnly, @Nullable String excludeConflictsWith, @Nullable String city,
		@Nullable Integer first, List<String> statuses, @Nullable StatisticsMeasure measure) {

	static final AskFilters NONE = new AskFilters(false, null, null, null, List.of(), null);

}
