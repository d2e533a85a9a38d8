package io.chaingraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.chaingraph.system.database.EmbeddedDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import org.springframework.context.ApplicationContext;

/**
 * The raw side of the overhead ratio: a statement run in the embedded database's own
 * transaction, in this process, every row read. Nothing of Bolt, the driver's values,
 * HTTP, JSON or GraphQL is in it, which is what "GraphQL over HTTP / raw in-process
 * Cypher" compares against; rows stay the embedded API's plain maps and lists.
 */
final class RawCypher {

	// As long as the HTTP client waits, so that neither side gives up before the other.
	private static final long TIMEOUT_SECONDS = 30;

	private final GraphDatabaseService graph;

	RawCypher(ApplicationContext service) {
		this.graph = service.getBean(EmbeddedDatabase.class).graph();
	}

	/**
	 * Every row of the statement's result, read before the transaction closes.
	 */
	List<Map<String, Object>> rows(String cypher, Map<String, Object> params) {
		try (Transaction tx = this.graph.beginTx(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				Result result = tx.execute(cypher, params)) {
			List<Map<String, Object>> rows = new ArrayList<>();
			while (result.hasNext()) {
				rows.add(result.next());
			}
			return rows;
		}
	}

	static List<?> list(Object value) {
		return (value instanceof Object[] array) ? List.of(array) : (List<?>) value;
	}

	static Map<?, ?> map(Object value) {
		return (Map<?, ?>) value;
	}

}
