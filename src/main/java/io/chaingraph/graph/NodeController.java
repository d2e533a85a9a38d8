package io.chaingraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Nodes by global id, whatever their label (Relay's {@code node} and {@code nodes}): an
 * id is unique across the graph ({@link GlobalIds}), so one seek on the constraint of the
 * common label finds it. The nodes come back as every read serves them, so the
 * {@code Node} type resolver and the access policy's field rules treat them as they treat
 * the typed by-id fields' nodes.
 */
@Controller
class NodeController {

	static final int MAX_IDS = 100;

	private static final String BY_IDS = """
			UNWIND $ids AS id
			MATCH (n:`%s` {id: id})
			RETURN DISTINCT n.id AS id, properties(n) AS props, labels(n) AS labels""".formatted(GlobalIds.LABEL);

	private final GraphReads reads;

	NodeController(GraphReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	Map<String, Object> node(@Argument String id) {
		Map<String, Object> node = find(List.of(id)).get(id);
		if (node == null) {
			throw new NotFoundException(GraphErrors.NO_NODE, id);
		}
		return node;
	}

	@QueryMapping
	List<@Nullable Map<String, Object>> nodes(@Argument List<String> ids) {
		if (ids.size() > MAX_IDS) {
			throw new BadRequestException(GraphErrors.TOO_MANY_IDS, MAX_IDS, ids.size());
		}
		Map<String, Map<String, Object>> found = ids.isEmpty() ? Map.of() : find(ids);
		return ids.stream().map(found::get).toList();
	}

	private Map<String, Map<String, Object>> find(List<String> ids) {
		Map<String, Map<String, Object>> found = new HashMap<>();
		for (Record row : this.reads.read(BY_IDS, Map.of("ids", ids))) {
			found.put(row.get("id").asString(), GraphReads.node(row.get("props"), row.get("labels")));
		}
		return found;
	}

}
