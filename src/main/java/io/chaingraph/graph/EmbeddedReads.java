package io.chaingraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.chaingraph.system.database.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Read statements run in the embedded database's own transactions, their rows turned into
 * the driver's records. Failures become the driver's exceptions with the same status
 * codes, so error handling does not depend on the mode.
 */
final class EmbeddedReads {

	private final EmbeddedDatabase database;

	private volatile @Nullable GraphDatabaseService graph;

	EmbeddedReads(EmbeddedDatabase database) {
		this.database = database;
	}

	List<Record> read(String cypher, Map<String, Object> params, @Nullable Duration timeout) {
		return inTransaction((tx) -> {
			try (Result result = tx.execute(cypher, params)) {
				List<String> keys = result.columns();
				List<Record> records = new ArrayList<>();
				while (result.hasNext()) {
					Map<String, Object> row = result.next();
					List<Value> values = new ArrayList<>(keys.size());
					for (String key : keys) {
						values.add(Values.value(plain(row.get(key))));
					}
					records.add(RowRecord.of(keys, values));
				}
				return records;
			}
		}, timeout);
	}

	<T> T inTransaction(Function<Transaction, T> work, @Nullable Duration timeout) {
		GraphDatabaseService graph = graph();
		try (Transaction tx = (timeout != null) ? graph.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)
				: graph.beginTx()) {
			return work.apply(tx);
		}
		catch (DatabaseShutdownException ex) {
			throw new ServiceUnavailableException("The database is shutting down", ex);
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
	}

	private GraphDatabaseService graph() {
		GraphDatabaseService graph = this.graph;
		if (graph == null) {
			graph = this.database.graph();
			this.graph = graph;
		}
		return graph;
	}

	// Arrays become lists as Bolt would send them; entities have no driver value without
	// a
	// connection, and no statement of the service returns one.
	private static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put((String) key, plain(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(EmbeddedReads::plain).toList();
		}
		if (value instanceof Object[] array) {
			return Arrays.stream(array).map(EmbeddedReads::plain).toList();
		}
		if (value instanceof Entity || value instanceof Path) {
			throw new IllegalStateException("Read statements return projections, not entities");
		}
		return value;
	}

	private static RuntimeException translated(RuntimeException ex) {
		String code = (ex instanceof QueryExecutionException query) ? query.getStatusCode()
				: (ex instanceof Status.HasStatus status) ? status.status().code().serialize() : "";
		if (code.startsWith("Neo.TransientError.")) {
			return new TransientException(code, ex.getMessage());
		}
		if (code.startsWith("Neo.ClientError.")) {
			return new ClientException(code, ex.getMessage());
		}
		return ex;
	}

}
