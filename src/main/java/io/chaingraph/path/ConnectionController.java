package io.chaingraph.path;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.NotFoundException;
import io.chaingraph.system.error.TimeLimitException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.connection}: the shortest paths between two nodes, in one statement,
 * within a time budget.
 */
@Controller
class ConnectionController {

	static final int MAX_HOPS = 6;

	private final GraphReads reads;

	private final Duration budget;

	ConnectionController(GraphReads reads,
			@org.springframework.beans.factory.annotation.Value("${chaingraph.connection.time-budget:2s}") Duration budget) {
		this.reads = reads;
		this.budget = budget;
	}

	/**
	 * A search the database stopped at the budget is a TIMEOUT, not a bad request: the
	 * same search can succeed on a warm plan or a quieter machine.
	 */
	static RuntimeException overBudget(Neo4jException ex, Duration budget) {
		String code = String.valueOf(ex.code());
		if (code.contains("TimedOut") || code.contains("Terminated")) {
			return new TimeLimitException(ex, PathErrors.CONNECTION_OVER_BUDGET, budget.toMillis());
		}
		return ex;
	}

	@QueryMapping
	List<Path> connection(@Argument String from, @Argument String to, @Argument int maxHops,
			@Argument @Nullable List<String> via, @Argument int first) {
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new BadRequestException(PathErrors.MAX_HOPS_RANGE, MAX_HOPS, maxHops);
		}
		if (first < 1 || first > 10) {
			throw new BadRequestException(PathErrors.PATHS_RANGE, first);
		}
		// Sources and reported figures are bookkeeping: two records citing one page are
		// not connected.
		List<RelType> allowed = (via == null || via.isEmpty()) ? java.util.Arrays.stream(RelType.values())
			.filter((type) -> type != RelType.SOURCED_FROM && type != RelType.REPORTED_FOR)
			.toList() : via.stream().map(RelType::valueOf).distinct().sorted().toList();
		String types = ":" + allowed.stream().map((type) -> "`" + type.name() + "`").collect(Collectors.joining("|"));
		// Every node carries the global id label, whose index finds both ends whatever
		// their types: the search is one statement, and only an empty answer asks
		// whether an end is missing. Hop and path counts are checked integers; labels and
		// types come from the model.
		String cypher = """
				MATCH (a:`%1$s` {id: $from}), (b:`%1$s` {id: $to})
				MATCH p = SHORTEST %2$d (a)-[%3$s]-{1,%4$d}(b)
				RETURN [x IN nodes(p) | {props: properties(x), labels: labels(x)}] AS nodes,
				       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels
				"""
			.formatted(GlobalIds.LABEL, first, types, maxHops);
		// The first search of a shape also compiles its plan, which can take longer than
		// the search itself; capped, because the caller chooses the shape.
		Duration cold = this.reads.timeout(cypher, this.budget);
		Duration limit = (cold.compareTo(this.budget.multipliedBy(2)) > 0) ? this.budget.multipliedBy(2) : cold;
		List<Record> rows;
		try {
			rows = this.reads.read(cypher, Map.of("from", from, "to", to), limit);
		}
		catch (Neo4jException ex) {
			throw overBudget(ex, limit);
		}
		if (rows.isEmpty()) {
			List<Record> ends = this.reads
				.read("UNWIND [$from, $to] AS id MATCH (n:`%s` {id: id}) RETURN n.id AS id, labels(n) AS labels"
					.formatted(GlobalIds.LABEL), Map.of("from", from, "to", to));
			label(ends, from);
			label(ends, to);
		}
		return rows.stream().map((row) -> {
			List<Map<String, Object>> nodes = row.get("nodes")
				.asList((node) -> GraphReads.node(node.get("props"), node.get("labels")));
			List<PathRelationship> relationships = row.get("rels").asList(PathRelationship::of);
			return new Path(relationships.size(), nodes, relationships);
		}).toList();
	}

	private static NodeLabel label(List<Record> ends, String id) {
		return ends.stream()
			.filter((row) -> row.get("id").asString().equals(id))
			.flatMap((row) -> row.get("labels").asList(Value::asString).stream())
			.map((name) -> NodeLabel.find(name).orElse(null))
			.filter((label) -> label != null && label.isIdSpace())
			.findFirst()
			.orElseThrow(() -> new NotFoundException(GraphErrors.NO_NODE, id));
	}

}
