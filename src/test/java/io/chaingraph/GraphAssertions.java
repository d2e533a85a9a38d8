package io.chaingraph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Small helpers for asking the graph under test a question in Cypher.
 */
public final class GraphAssertions {

	private final Driver driver;

	public GraphAssertions(Driver driver) {
		this.driver = driver;
	}

	/**
	 * The single number a query returns as {@code n}.
	 */
	public long count(String cypher, Object... params) {
		return one(cypher, params).get("n").asLong();
	}

	public List<String> strings(String cypher, Object... params) {
		return one(cypher, params).get("values").asList(Value::asString);
	}

	public Record one(String cypher, Object... params) {
		List<Record> rows = rows(cypher, params);
		if (rows.size() != 1) {
			throw new AssertionError("expected one row, got %d from %s".formatted(rows.size(), cypher));
		}
		return rows.get(0);
	}

	public List<Record> rows(String cypher, Object... params) {
		Map<String, Object> map = new java.util.HashMap<>();
		for (int i = 0; i < params.length; i += 2) {
			map.put((String) params[i], params[i + 1]);
		}
		return this.driver.executableQuery(cypher).withParameters(map).execute().records();
	}

	/**
	 * The properties of the one node with this id.
	 */
	public Map<String, Object> properties(String id) {
		return one("MATCH (n {id: $id}) RETURN properties(n) AS p", "id", id).get("p").asMap();
	}

	public void run(String cypher, Object... params) {
		rows(cypher, params);
	}

}
