package io.chaingraph.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.chaingraph.graph.NodeLabel;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the whole graph. Labels come from {@link NodeLabel}, never from a request,
 * so writing them into the statement is safe, and each {@code COUNT} is answered from
 * Neo4j's count store without touching nodes.
 */
@Repository
@Transactional(readOnly = true)
class StatisticsRepository {

	private static final String COUNT_BY_LABEL = Arrays.stream(NodeLabel.values())
		.map((label) -> "COUNT { (:%s) } AS %s".formatted(label.name(), label.name()))
		.collect(Collectors.joining(", ", "RETURN ", ""));

	private final Neo4jClient neo4j;

	StatisticsRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<LabelCount> countNodesByLabel() {
		return this.neo4j.query(COUNT_BY_LABEL)
			.fetchAs(List.class)
			.mappedBy((types, row) -> Arrays.stream(NodeLabel.values())
				.map((label) -> new LabelCount(label.name(), row.get(label.name()).asLong()))
				.toList())
			.one()
			.map((counts) -> (List<LabelCount>) counts)
			.orElseThrow();
	}

}
