package io.chaingraph.analytics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.system.error.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Counts over the whole graph. Labels come from {@link NodeLabel}, never from a request,
 * so writing them into the statement is safe, and each {@code COUNT} is answered from
 * Neo4j's count store without touching nodes.
 * <p>
 * Each figure is one statement through {@link GraphReads}, which runs in its own read
 * transaction (the embedded database's when embedded); no Spring transaction wraps them.
 * {@code @Transactional} here opened a driver transaction over loopback Bolt for every
 * request besides the embedded one the statement ran in: a round trip for nothing.
 */
@Repository
class StatisticsRepository {

	private static final String COUNT_BY_LABEL = Arrays.stream(NodeLabel.values())
		.map((label) -> "COUNT { (:%s) } AS %s".formatted(label.name(), label.name()))
		.collect(Collectors.joining(", ", "RETURN ", ""));

	private final GraphReads reads;

	private final CypherQueries queries;

	StatisticsRepository(GraphReads reads, CypherQueries queries) {
		this.reads = reads;
		this.queries = queries;
	}

	ProgrammeStatistics statistics(@Nullable String chain, @Nullable String consortium) {
		Map<String, Object> params = new HashMap<>();
		params.put("chain", chain);
		params.put("consortium", consortium);
		Record row = this.reads.read(this.queries.get("programme-statistics"), params).get(0);
		if (chain != null && row.get("chains").asLong() == 0) {
			throw new NotFoundException(GraphErrors.NO_CHAIN, chain);
		}
		if (consortium != null && row.get("consortia").asLong() == 0) {
			throw new NotFoundException(AnalyticsErrors.NO_CONSORTIUM_SERVING_A_CHAIN, consortium);
		}
		return new ProgrammeStatistics(row.get("chains").asLong(), row.get("pilotChains").asLong(),
				row.get("keyChains").asLong(), row.get("consortia").asLong(), row.get("enterprises").asLong(),
				row.get("chainLeaders").asLong(), row.get("institutes").asLong(), row.get("universities").asLong(),
				row.get("experts").asLong(), row.get("academicians").asLong(), row.get("technologies").asLong(),
				row.get("bottlenecks").asLong(),
				statusCounts(row.get("challenges"), ProgrammeStatistics.ChallengeStatusCount::new),
				statusCounts(row.get("demands"), ProgrammeStatistics.DemandStatusCount::new),
				row.get("reported").asList((figure) -> {
					Map<String, Object> map = new HashMap<>(figure.asMap());
					map.putIfAbsent("synthetic", Boolean.FALSE);
					map.put("labels", List.of("ReportedFigure"));
					return map;
				}));
	}

	private static <C> List<C> statusCounts(Value counts, BiFunction<String, Long, C> count) {
		return counts.asList((entry) -> Map.entry(entry.get("status").asString(), entry.get("count").asLong()))
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> count.apply(entry.getKey(), entry.getValue()))
			.toList();
	}

	List<LabelCount> countNodesByLabel() {
		Record row = this.reads.read(COUNT_BY_LABEL, Map.of()).get(0);
		return Arrays.stream(NodeLabel.values())
			.map((label) -> new LabelCount(label.name(), row.get(label.name()).asLong()))
			.toList();
	}

}
