package io.chaingraph.graph;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.system.error.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.neighbourGroups}: a node's neighbours of every relationship type at once,
 * counted per group with only the first few read out, so a details view of any node needs
 * no operation per label and a hub answers in a bounded size. One statement,
 * {@code cypher/queries/node-neighbours-by-relationship.cypher}.
 */
@Controller
class NeighbourGroupsController {

	/** The most neighbours one group lists. */
	static final int MAX_FIRST = 50;

	private static final List<String> TYPES = Arrays.stream(RelType.values()).map(Enum::name).toList();

	/** Groups in the model's order of relationship types, what leaves the node first. */
	private static final Comparator<NeighbourGroup> MODEL_ORDER = Comparator.comparing(NeighbourGroup::relationship)
		.thenComparing(NeighbourGroup::direction, Comparator.reverseOrder());

	private final GraphReads reads;

	private final CypherQueries queries;

	NeighbourGroupsController(GraphReads reads, CypherQueries queries) {
		this.reads = reads;
		this.queries = queries;
	}

	@QueryMapping
	List<NeighbourGroup> neighbourGroups(@Argument String id, @Argument int first,
			@Argument @Nullable RelType relationship, @Argument @Nullable String direction) {
		if (first < 0 || first > MAX_FIRST) {
			throw new BadRequestException(GraphErrors.PAGE_SIZE, "first", MAX_FIRST, first);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("first", first);
		params.put("types", TYPES);
		params.put("relationship", (relationship != null) ? relationship.name() : null);
		params.put("direction", direction);
		List<Record> rows = this.reads.read(this.queries.get("node-neighbours-by-relationship"), params);
		if (rows.isEmpty()) {
			throw new NotFoundException(GraphErrors.NO_NODE, id);
		}
		return rows.get(0).get("groups").asList(NeighbourGroupsController::group).stream().sorted(MODEL_ORDER).toList();
	}

	private static NeighbourGroup group(Value group) {
		return new NeighbourGroup(RelType.valueOf(group.get("relationship").asString()),
				group.get("direction").asString(), group.get("total").asInt(),
				group.get("nodes").asList((node) -> GraphReads.node(node.get("properties"), node.get("labels"))));
	}

}
