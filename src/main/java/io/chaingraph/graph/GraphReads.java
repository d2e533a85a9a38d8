package io.chaingraph.graph;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import java.time.Duration;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.Transaction;

import io.chaingraph.system.graphql.ColdPlanBudget;
import io.chaingraph.system.database.EmbeddedDatabase;
import io.chaingraph.system.graphql.QueryLimitsProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one door through which GraphQL reads reach the database: every statement is a read
 * routed to a reader of a cluster, and is counted, so that a test can hold a request to
 * one statement per level. Nodes come back as maps of their properties plus
 * {@code labels}, with dates as ISO-8601 text.
 * <p>
 * With the embedded database, reads run in its own transactions instead of through Bolt:
 * a statement's fixed cost over loopback Bolt (begin, run, pull, commit, each encoded and
 * decoded) was 1 to 3 ms, several times what most of the service's statements cost, and a
 * ranking runs eight of them. Results are converted to the driver's values, so callers
 * see one API in both modes; statements must return projections, not entities.
 */
@Component
public class GraphReads {

	/**
	 * A request whose {@code GraphQLContext} holds this key set to true runs every field
	 * through its data fetcher, never through the one-pass reader: for a caller that
	 * needs the typed values the fetchers return (ask's result) or a test that holds the
	 * two executions to one answer.
	 */
	public static final String FETCHERS_ONLY = "io.chaingraph.graph.OnePassReads.disabled";

	private final Driver driver;

	private final @Nullable EmbeddedReads embedded;

	private final AtomicLong statements = new AtomicLong();

	private final Duration readTimeout;

	private final ColdPlanBudget coldPlans;

	GraphReads(Driver driver, ObjectProvider<EmbeddedDatabase> embedded, QueryLimitsProperties limits) {
		this.driver = driver;
		this.readTimeout = limits.readTimeout();
		this.coldPlans = new ColdPlanBudget(limits.coldReadTimeout());
		EmbeddedDatabase database = embedded.getIfAvailable();
		this.embedded = (database != null) ? new EmbeddedReads(database) : null;
	}

	/**
	 * A read that the database stops after {@code chaingraph.limits.read-timeout}, so
	 * that one unlucky statement cannot hold a thread and the page cache for everyone
	 * else; the first read of a statement text gets
	 * {@code chaingraph.limits.cold-read-timeout}, for its plan's compilation.
	 */
	public List<Record> read(String cypher, Map<String, Object> params) {
		return read(cypher, params, this.coldPlans.timeout(cypher, this.readTimeout));
	}

	/**
	 * {@code timeout} for a statement text that has run to completion before, and the
	 * longer cold-read timeout while it has not ({@link ColdPlanBudget}): for reads with
	 * a limit of their own.
	 */
	public Duration timeout(String cypher, Duration timeout) {
		return this.coldPlans.timeout(cypher, timeout);
	}

	/**
	 * A read that the database stops after {@code timeout}.
	 */
	public List<Record> read(String cypher, Map<String, Object> params, Duration timeout) {
		this.statements.incrementAndGet();
		if (this.embedded != null) {
			List<Record> rows = this.embedded.read(cypher, params, timeout);
			this.coldPlans.completed(cypher);
			return rows;
		}
		// Reads share the writes' bookmark manager (GraphWrites): on a cluster, a read
		// routed to a follower waits until it has this process's last write.
		try (Session session = this.driver.session(SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarkManager(this.driver.executableQueryBookmarkManager())
			.build())) {
			List<Record> rows = session.executeRead((tx) -> tx.run(cypher, params).list(),
					TransactionConfig.builder().withTimeout(timeout).build());
			this.coldPlans.completed(cypher);
			return rows;
		}
	}

	/**
	 * Runs {@code work} against the embedded database's own API, in a read transaction
	 * with the read timeout; empty when the database is a server. For the few reads whose
	 * cost in Cypher is the interpretation of many small rows rather than the data: the
	 * caller keeps a statement that answers the same question for a server, and a test
	 * holds the two to the same answer. The work must not write, and must return plain
	 * values, not entities, which die with the transaction.
	 */
	public <T> Optional<T> inEmbeddedTransaction(Function<Transaction, T> work) {
		return inEmbeddedTransaction(List.of(), work);
	}

	/**
	 * As {@link #inEmbeddedTransaction(Function)}, for work that runs these statement
	 * texts: the first time one of them is seen, the transaction gets the cold-read
	 * limit, for its plan's compilation.
	 */
	<T> Optional<T> inEmbeddedTransaction(List<String> statements, Function<Transaction, T> work) {
		if (this.embedded == null) {
			return Optional.empty();
		}
		this.statements.incrementAndGet();
		Duration timeout = this.readTimeout;
		for (String statement : statements) {
			Duration limit = this.coldPlans.timeout(statement, this.readTimeout);
			timeout = (limit.compareTo(timeout) > 0) ? limit : timeout;
		}
		T result = this.embedded.inTransaction(work, timeout);
		statements.forEach(this.coldPlans::completed);
		return Optional.of(result);
	}

	/**
	 * Whether the database is embedded, so that {@link #inEmbeddedTransaction} runs its
	 * work.
	 */
	boolean embedded() {
		return this.embedded != null;
	}

	/**
	 * How many statements have run through here since the process started.
	 */
	public long statements() {
		return this.statements.get();
	}

	/**
	 * A node as GraphQL serves it, from its properties and labels.
	 */
	public static Map<String, Object> node(Value properties, Value labels) {
		Map<String, Object> node = new LinkedHashMap<>();
		properties.asMap().forEach((key, value) -> node.put(key, plain(value)));
		node.putIfAbsent("synthetic", Boolean.FALSE);
		node.put("labels", GlobalIds.visible(labels.asList(Value::asString)));
		return node;
	}

	/**
	 * A node as GraphQL serves it, from a statement's projection of it: a map of its
	 * properties that also holds its {@code labels}, and any other keys named, which are
	 * the statement's own and not the node's.
	 */
	public static Map<String, Object> projected(Value projection, String... notProperties) {
		Map<String, Object> properties = new HashMap<>(projection.asMap());
		Object labels = properties.remove("labels");
		for (String key : notProperties) {
			properties.remove(key);
		}
		return node(Values.value(properties), Values.value(labels));
	}

	public static Map<String, Object> properties(Value properties) {
		Map<String, Object> map = new LinkedHashMap<>();
		properties.asMap().forEach((key, value) -> map.put(key, plain(value)));
		return map;
	}

	public static Object plain(Object value) {
		if (value instanceof ZonedDateTime zoned) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(zoned.toOffsetDateTime());
		}
		if (value instanceof OffsetDateTime offset) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offset);
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof TemporalAccessor temporal) {
			return temporal.toString();
		}
		return value;
	}

}
