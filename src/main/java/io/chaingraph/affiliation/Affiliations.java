package io.chaingraph.affiliation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.system.database.CypherQueries;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * Loads the affiliations of many nodes in one statement
 * ({@code cypher/queries/affiliations.cypher}), for the batch loaders of the fields that
 * show them.
 */
@Component
public class Affiliations {

	private final GraphReads reads;

	private final CypherQueries queries;

	Affiliations(GraphReads reads, CypherQueries queries) {
		this.reads = reads;
		this.queries = queries;
	}

	/**
	 * A node a hit or a match belongs to.
	 *
	 * @param id its id
	 * @param name its name in Chinese
	 * @param nameEn its name in English
	 */
	public record Affiliation(String id, @Nullable String name, @Nullable String nameEn) {

	}

	/**
	 * The affiliations of each node, by id, in the order of the affiliations' ids; a node
	 * with none (or of a label that has none) maps to an empty list.
	 * @param nodes the nodes' ids and their labels
	 */
	public Map<String, List<Affiliation>> of(Map<String, NodeLabel> nodes) {
		Map<String, List<Affiliation>> found = new LinkedHashMap<>();
		nodes.keySet().forEach((id) -> found.put(id, new ArrayList<>()));
		if (nodes.isEmpty()) {
			return found;
		}
		List<Map<String, String>> rows = new ArrayList<>();
		nodes.forEach((id, label) -> rows.add(Map.of("id", id, "label", label.name())));
		Map<String, Object> params = new HashMap<>();
		params.put("nodes", rows);
		for (Record row : this.reads.read(this.queries.get("affiliations"), params)) {
			found.get(row.get("id").asString())
				.add(new Affiliation(row.get("affiliation").asString(), row.get("name").asString(null),
						row.get("nameEn").asString(null)));
		}
		return found;
	}

	/**
	 * The experts' affiliations, by id.
	 * @param experts ids of experts
	 */
	public Map<String, List<Affiliation>> ofExperts(Collection<String> experts) {
		Map<String, NodeLabel> nodes = new LinkedHashMap<>();
		experts.forEach((id) -> nodes.put(id, NodeLabel.Expert));
		return of(nodes);
	}

}
