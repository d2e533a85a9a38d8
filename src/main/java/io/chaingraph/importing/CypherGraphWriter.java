package io.chaingraph.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;

/**
 * Writes through Bolt with {@code UNWIND ... MERGE}, one managed transaction per batch,
 * retried on transient errors: works against any Neo4j server or cluster.
 */
final class CypherGraphWriter implements GraphWriter {

	private final Driver driver;

	CypherGraphWriter(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void nodes(NodeLabel label, Set<NodeLabel> extra, List<Map<String, Object>> rows) {
		run(mergeNodes(label, extra), rows);
	}

	@Override
	public void relationships(NodeLabel start, RelType type, NodeLabel end, List<Map<String, Object>> rows) {
		run(mergeRelationships(start, type, end), rows);
	}

	private void run(String cypher, List<Map<String, Object>> rows) {
		try (Session session = this.driver.session()) {
			session.executeWrite((tx) -> tx.run(cypher, Values.parameters("rows", rows)).consume());
		}
	}

	// Labels and types come from the model's enums, never from the file's text.
	static String mergeNodes(NodeLabel label, Set<NodeLabel> extra) {
		StringBuilder cypher = new StringBuilder(
				"UNWIND $rows AS row MERGE (n:`%s` {id: row.id}) SET n += row.props".formatted(label.name()));
		extra.forEach((other) -> cypher.append(" SET n:`%s`".formatted(other.name())));
		return cypher.toString();
	}

	static String mergeRelationships(NodeLabel start, RelType type, NodeLabel end) {
		return ("UNWIND $rows AS row MATCH (a:`%s` {id: row.s}) MATCH (b:`%s` {id: row.e}) "
				+ "MERGE (a)-[r:`%s`]->(b) SET r += row.props")
			.formatted(start.name(), end.name(), type.name());
	}

}
