package io.chaingraph.ask;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The result of the operation a question ran, as its root field's data fetcher returned
 * it, so that the asker's selection reads it through the same fetchers (and batch
 * loaders) as the named query's would. One field is set, the one named after the root
 * field.
 */
record AskResult(@Nullable Object expertsFor, @Nullable Object teamsFor, @Nullable Object chainMap,
		@Nullable Object talentGaps, @Nullable Object connection, @Nullable Object chain, @Nullable Object consortium,
		@Nullable Object statistics, @Nullable Object challenges, @Nullable Object demands,
		@Nullable Object partyBuilding) {

	/** The root fields whose results an answer holds. */
	static final java.util.Set<String> FIELDS = java.util.Set.of("expertsFor", "teamsFor", "chainMap", "talentGaps",
			"connection", "chain", "consortium", "statistics", "challenges", "demands", "partyBuilding");

	static AskResult of(String field, @Nullable Object value) {
		Map<String, Object> one = (value != null) ? Map.of(field, value) : Map.of();
		return new AskResult(one.get("expertsFor"), one.get("teamsFor"), one.get("chainMap"), one.get("talentGaps"),
				one.get("connection"), one.get("chain"), one.get("consortium"), one.get("statistics"),
				one.get("challenges"), one.get("demands"), one.get("partyBuilding"));
	}

}
