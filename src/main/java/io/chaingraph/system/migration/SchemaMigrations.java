package io.chaingraph.system.migration;

import io.chaingraph.system.database.EmbeddedDatabase;
import io.chaingraph.system.database.SchemaFiles;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.stereotype.Component;

/**
 * Applies the numbered files of {@code cypher/schema/} in order, each once, and records
 * each in the graph with its checksum. An applied file that was edited later stops the
 * start: the graph would otherwise silently differ from what the files say.
 * <p>
 * Statements must be idempotent ({@code IF NOT EXISTS}): a file that failed halfway is
 * run again from its start. An external database that is unreachable at start-up does not
 * stop the service; the files are applied once it answers, and health reports DOWN until
 * then.
 */
@Component
public class SchemaMigrations implements SmartInitializingSingleton, DisposableBean, HealthIndicator {

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	private static final Duration RETRY_DELAY = Duration.ofSeconds(5);

	private static final Pattern BATCHED = Pattern.compile("\\bIN\\s+TRANSACTIONS\\b", Pattern.CASE_INSENSITIVE);

	private static final String REFUSAL = "refusal";

	// An index or constraint creation, which may share a transaction with others of its
	// kind but not with data changes. A drop runs alone: a file may drop an index and
	// create
	// it again under the same name, which must see the drop committed.
	private static final Pattern SCHEMA_COMMAND = Pattern.compile(
			"\\s*CREATE\\s+(OR\\s+REPLACE\\s+)?(CONSTRAINT|((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\\s+)?INDEX)\\b",
			Pattern.CASE_INSENSITIVE);

	private final Driver driver;

	private final ResourcePatternResolver resources;

	private final String location;

	private final @Nullable EmbeddedDatabase embedded;

	private final ApplicationEventPublisher events;

	private volatile @Nullable String pending = "not yet applied";

	private @Nullable Thread retries;

	SchemaMigrations(Driver driver, ResourcePatternResolver resources, ObjectProvider<EmbeddedDatabase> embedded,
			ApplicationEventPublisher events,
			@Value("${" + SchemaFiles.LOCATION_PROPERTY + ":" + SchemaFiles.DEFAULT_LOCATION + "}") String location) {
		this.events = events;
		this.driver = driver;
		this.resources = resources;
		this.location = location.endsWith("/") ? location : location + "/";
		this.embedded = embedded.getIfAvailable();
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Migration> migrations = load();
		if (this.embedded != null) {
			this.embedded.awaitStarted();
			if (!upToDate(this.embedded, migrations)) {
				migrate(migrations);
			}
			return;
		}
		try {
			migrate(migrations);
		}
		catch (ServiceUnavailableException | SessionExpiredException ex) {
			this.pending = "database unreachable: " + ex.getMessage();
			logger.warn("Neo4j is unreachable; schema files will be applied when it answers (" + ex.getMessage() + ")");
			Thread thread = new Thread(() -> retry(migrations), "schema-migrations");
			thread.setDaemon(true);
			this.retries = thread;
			thread.start();
		}
	}

	// Until the database answers, every few seconds, for as long as the service runs; any
	// other failure ends the retries and is the health's reason.
	private void retry(List<Migration> migrations) {
		RetryTemplate template = new RetryTemplate(RetryPolicy.builder()
			.includes(ServiceUnavailableException.class, SessionExpiredException.class)
			.maxRetries(Long.MAX_VALUE)
			.delay(RETRY_DELAY)
			.build());
		template.setRetryListener(new RetryListener() {
			@Override
			public void onRetryFailure(RetryPolicy policy, Retryable<?> retryable, Throwable failure) {
				SchemaMigrations.this.pending = "database unreachable: " + failure.getMessage();
			}
		});
		try {
			template.execute(() -> {
				migrate(migrations);
				return null;
			});
			logger.info("Neo4j answers again; schema is up to date");
		}
		catch (RetryException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			this.pending = cause.getMessage();
			logger.error("Schema migration failed: " + cause.getMessage());
		}
	}

	List<Migration> load() {
		try {
			Resource[] found = this.resources.getResources(this.location + SchemaFiles.FILES);
			// The same file can be reached through two class-path roots; only differing
			// files clash.
			List<Migration> migrations = Arrays.stream(found)
				.map(Migration::read)
				.distinct()
				.sorted(Comparator.comparingInt(Migration::version))
				.toList();
			migrations.stream()
				.collect(Collectors.groupingBy(Migration::version))
				.values()
				.stream()
				.filter((same) -> same.size() > 1)
				.findFirst()
				.ifPresent((same) -> {
					throw new SchemaMigrationException("Schema files %s share version %d"
						.formatted(same.stream().map(Migration::file).toList(), same.get(0).version()));
				});
			return migrations;
		}
		catch (IOException ex) {
			throw new SchemaMigrationException(
					"Schema files in %s cannot be listed: %s".formatted(this.location, ex.getMessage()), ex);
		}
	}

	/**
	 * Whether every file is recorded with its checksum, read through the embedded
	 * database's own API: a restart then needs no Cypher and no Bolt session before the
	 * service is ready (on a cold JVM the check over Bolt took 3.6 of the 18.6 s a
	 * restart took). Anything else (a file to apply, an edited file, no record yet) takes
	 * the full path, which applies or refuses.
	 */
	private boolean upToDate(EmbeddedDatabase database, List<Migration> migrations) {
		long started = System.nanoTime();
		Map<Integer, String> applied = new java.util.HashMap<>();
		try (Transaction tx = database.graph().beginTx();
				ResourceIterator<Node> recorded = tx.findNodes(Label.label("SchemaMigration"))) {
			recorded.forEachRemaining((node) -> {
				if (node.getProperty("version", null) instanceof Number version
						&& node.getProperty("checksum", null) instanceof String checksum) {
					applied.put(version.intValue(), checksum);
				}
			});
		}
		boolean upToDate = migrations.stream()
			.allMatch((migration) -> migration.checksum().equals(applied.get(migration.version())));
		if (upToDate) {
			this.pending = null;
			logger.info("Schema up to date in %d ms: 0 file(s) applied now, %d in all"
				.formatted((System.nanoTime() - started) / 1_000_000, migrations.size()));
			this.events.publishEvent(new SchemaReadyEvent(this, true));
		}
		return upToDate;
	}

	private void migrate(List<Migration> migrations) {
		long started = System.nanoTime();
		try (Session session = this.driver.session()) {
			session
				.run("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
						+ "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE")
				.consume();
			Map<Integer, String> applied = session
				.run("MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
				.list((row) -> Map.entry(row.get("version").asInt(), row.get("checksum").asString()))
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			if (applied.isEmpty()) {
				session
					.run("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
							+ "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE")
					.consume();
			}
			int count = 0;
			for (Migration migration : migrations) {
				String checksum = applied.get(migration.version());
				if (checksum == null) {
					apply(session, migration);
					count++;
				}
				else if (!checksum.equals(migration.checksum())) {
					throw new SchemaMigrationException(
							"Schema file %s was edited after it was applied (recorded checksum %s, file now %s). Restore it and put the change in a new file with a higher version."
								.formatted(migration.file(), checksum.substring(0, 12),
										migration.checksum().substring(0, 12)));
				}
			}
			if (count > 0) {
				// Queries right after start must see the new indexes populated.
				session.run("CALL db.awaitIndexes(300)").consume();
			}
			this.pending = null;
			// Logged before the event, whose listeners (the seed) log their own time.
			logger.info("Schema up to date in %d ms: %d file(s) applied now, %d in all"
				.formatted((System.nanoTime() - started) / 1_000_000, count, migrations.size()));
			this.events.publishEvent(new SchemaReadyEvent(this, this.embedded != null));
		}
	}

	private void apply(Session session, Migration migration) {
		long started = System.nanoTime();
		for (List<String> statements : batches(migration.statements())) {
			List<String> refusals;
			try {
				refusals = run(session, statements);
			}
			catch (ServiceUnavailableException | SessionExpiredException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw new SchemaMigrationException(
						"Schema file %s failed: %s".formatted(migration.file(), ex.getMessage()), ex);
			}
			if (!refusals.isEmpty()) {
				throw new SchemaMigrationException("Schema file %s cannot be applied to this store: %s"
					.formatted(migration.file(), String.join("; ", refusals)));
			}
		}
		session.executeWrite((tx) -> tx.run("""
				MERGE (m:SchemaMigration {version: $version})
				SET m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()
				""", Values.parameters("version", migration.version(), "file", migration.file(), "checksum",
				migration.checksum()))
			.consume());
		logger.info("Applied schema file %s in %d ms".formatted(migration.file(),
				(System.nanoTime() - started) / 1_000_000));
	}

	/**
	 * Runs one statement. {@code CALL ... IN TRANSACTIONS} commits its own batches and so
	 * runs outside a managed transaction; it must be safe to repeat like every statement.
	 * A statement that answers a {@code refusal} column is a check of the store: each row
	 * says what stops the file, and the file stops before its next statement.
	 */
	private static List<String> run(Session session, List<String> statements) {
		if (statements.size() == 1 && BATCHED.matcher(statements.get(0)).find()) {
			return refusals(session.run(statements.get(0)).list());
		}
		return session.executeWrite((tx) -> {
			List<String> refusals = new ArrayList<>();
			for (String statement : statements) {
				refusals.addAll(refusals(tx.run(statement).list()));
			}
			return refusals;
		});
	}

	/**
	 * The file's statements in the transactions they run in: consecutive index and
	 * constraint creations share one (nineteen indexes were nineteen transactions, each
	 * with its commit and round trip, at every first start), every other statement runs
	 * alone, since Neo4j refuses schema and data changes in one transaction and a check
	 * must stop the file before the next statement.
	 */
	static List<List<String>> batches(List<String> statements) {
		List<List<String>> batches = new ArrayList<>();
		List<String> schema = new ArrayList<>();
		for (String statement : statements) {
			if (SCHEMA_COMMAND.matcher(statement).lookingAt()) {
				schema.add(statement);
				continue;
			}
			if (!schema.isEmpty()) {
				batches.add(List.copyOf(schema));
				schema.clear();
			}
			batches.add(List.of(statement));
		}
		if (!schema.isEmpty()) {
			batches.add(List.copyOf(schema));
		}
		return batches;
	}

	private static List<String> refusals(List<Record> rows) {
		return rows.stream()
			.filter((row) -> row.containsKey(REFUSAL))
			.map((row) -> row.get(REFUSAL).asString())
			.toList();
	}

	@Override
	public Health health() {
		String reason = this.pending;
		return (reason != null) ? Health.down().withDetail("schema", reason).build()
				: Health.up().withDetail("schema", "up to date").build();
	}

	@Override
	public void destroy() {
		Thread thread = this.retries;
		if (thread != null) {
			thread.interrupt();
		}
	}

}
