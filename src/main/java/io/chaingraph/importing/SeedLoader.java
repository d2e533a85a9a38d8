package io.chaingraph.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import io.chaingraph.graph.StatusFlow;
import io.chaingraph.graph.RelType;
import io.chaingraph.graph.NodeLabel;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import io.chaingraph.system.database.EmbeddedDatabase;
import io.chaingraph.system.migration.SchemaReadyEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The seed dataset in {@code src/main/resources/seed/}: loaded by itself into an empty
 * embedded database on its first start, and on demand (the {@code seed} command, the
 * {@code loadSeed} mutation) into any database.
 * <p>
 * The seed's challenges and demands are examples of the workflows at one moment: their
 * dates are written for the day in {@code seed/AS_OF} (every step on or before it, every
 * OPEN challenge due after it). So that they stay true on the day the seed loads, and no
 * seeded OPEN challenge is overdue at once, the loader moves the workflow dates
 * ({@link #WORKFLOW_DATES}) by the whole days from that day to today (UTC). Nothing else
 * moves: the facts' own dates (founding years, figures' years) stay as the sources give
 * them. This is the only change the seed gets on its way in; any other import is taken as
 * it is.
 */
@Component
public class SeedLoader implements ApplicationListener<SchemaReadyEvent> {

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	static final String LOCATION = "classpath*:seed/**/*.csv";

	/** The day the seed's workflow dates are written for, as yyyy-MM-dd. */
	static final String AS_OF = "classpath:seed/AS_OF";

	private static final String MIGRATION = "SchemaMigration";

	/**
	 * The day a seed store's workflow dates are written for, until a start moves them.
	 */
	static final String PENDING_DATES = "seedWorkflowDatesAsOf";

	/** The workflow dates the loader moves, by file and column. */
	static final Map<String, Set<String>> WORKFLOW_DATES = Map.of("nodes/Challenge.csv", Set.of("deadline", "postedAt"),
			"nodes/Demand.csv", Set.of("raisedAt", "dispatchedAt", "acceptedAt", "resolvedAt"),
			"nodes/StatusChange.csv", Set.of("at"));

	private final GraphImporter importer;

	private final ResourcePatternResolver resources;

	private final Driver driver;

	private final boolean onEmptyStart;

	private final ObjectProvider<EmbeddedDatabase> embedded;

	SeedLoader(GraphImporter importer, ResourcePatternResolver resources, Driver driver,
			ObjectProvider<EmbeddedDatabase> embedded,
			@Value("${chaingraph.seed.on-empty-start:true}") boolean onEmptyStart) {
		this.embedded = embedded;
		this.importer = importer;
		this.resources = resources;
		this.driver = driver;
		this.onEmptyStart = onEmptyStart;
	}

	@Override
	public void onApplicationEvent(SchemaReadyEvent event) {
		if (!event.embedded() || !this.onEmptyStart) {
			return;
		}
		EmbeddedDatabase database = this.embedded.getIfAvailable();
		if (database != null) {
			movePendingWorkflowDates(database, LocalDate.now(ZoneOffset.UTC));
			if (database.seedStore().isPresent()) {
				return;
			}
		}
		if (isEmpty()) {
			logger.info("Empty database: loading the seed dataset");
			long started = System.nanoTime();
			ImportJob job = load();
			if (job.status() != ImportJob.Status.DONE) {
				throw new IllegalStateException("The seed dataset did not load: " + job);
			}
			logger.info("Seed dataset loaded in %d ms".formatted((System.nanoTime() - started) / 1_000_000));
		}
	}

	/**
	 * Imports the seed dataset; safe to repeat, since the import merges on ids and leaves
	 * the workflows of seeded challenges and demands already in the graph as they are.
	 */
	public ImportJob load() {
		return load(LocalDate.now(ZoneOffset.UTC));
	}

	/**
	 * Imports the seed dataset with its workflow dates written for {@code today}.
	 */
	ImportJob load(LocalDate today) {
		return this.importer.run("seed", files(today, inGraph()));
	}

	List<ImportFile> files() {
		return files(LocalDate.now(ZoneOffset.UTC), inGraph());
	}

	/**
	 * The seed's files, with the workflow dates moved so that the seed's day is
	 * {@code today}, and without the workflow rows of challenges and demands the graph
	 * already holds.
	 */
	List<ImportFile> files(LocalDate today) {
		return files(today, Map.of());
	}

	List<ImportFile> files(LocalDate today, Map<NodeLabel, Set<String>> existing) {
		try {
			long days = ChronoUnit.DAYS.between(asOf(), today);
			List<ImportFile> files = new ArrayList<>();
			for (ImportFile file : ImportFile.ofResources(this.resources.getResources(LOCATION), "/seed/")) {
				Set<String> columns = WORKFLOW_DATES.getOrDefault(file.name(), Set.of());
				boolean workflow = !existing.isEmpty() && (file.name().contains("Challenge")
						|| file.name().contains("Demand") || file.name().contains("StatusChange"));
				files.add((columns.isEmpty() && !workflow) ? file
						: ImportFile.ofText(file.name(), rewritten(file, columns, days, existing)));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// A seeded challenge or demand the graph holds may have moved on since the seed
	// loaded, on another day: its workflow rows (status, history, applications,
	// dispatches) would rewind it or describe another history, and the import refuses
	// both. Loading the seed again leaves such workflows where the service took them.
	private Map<NodeLabel, Set<String>> inGraph() {
		Map<NodeLabel, Set<String>> existing = new EnumMap<>(NodeLabel.class);
		for (NodeLabel label : List.of(NodeLabel.Challenge, NodeLabel.Demand, NodeLabel.StatusChange)) {
			Set<String> ids = new HashSet<>(
					this.driver.executableQuery("MATCH (n:`%s`) RETURN collect(n.id) AS ids".formatted(label.name()))
						.execute()
						.records()
						.get(0)
						.get("ids")
						.asList(org.neo4j.driver.Value::asString));
			if (!ids.isEmpty()) {
				existing.put(label, ids);
			}
		}
		return existing;
	}

	LocalDate asOf() throws IOException {
		String text = this.resources.getResource(AS_OF).getContentAsString(StandardCharsets.UTF_8);
		return LocalDate.parse(text.strip());
	}

	/**
	 * The file with each value of the given columns (by property name, as in
	 * {@code at:datetime}) moved by {@code days}; other fields are written back as read.
	 */
	static String shifted(ImportFile file, Set<String> columns, long days) throws IOException {
		return rewritten(file, columns, days, Map.of());
	}

	private static String rewritten(ImportFile file, Set<String> columns, long days,
			Map<NodeLabel, Set<String>> existing) throws IOException {
		StringWriter out = new StringWriter();
		CsvWriter writer = new CsvWriter(out);
		try (Reader in = file.open(); CsvReader reader = new CsvReader(in)) {
			List<@Nullable String> header = reader.next();
			if (header == null) {
				return "";
			}
			ImportHeader parsed = ImportHeader.parse(header);
			writer.row(header);
			for (List<@Nullable String> row = reader.next(); row != null; row = reader.next()) {
				if (heldByTheGraph(parsed, row, existing)) {
					continue;
				}
				List<@Nullable String> moved = new ArrayList<>(row);
				for (int i = 0; i < Math.min(header.size(), moved.size()); i++) {
					String column = header.get(i);
					String value = moved.get(i);
					if (column != null && value != null && !value.isEmpty()
							&& columns.contains(column.split(":", 2)[0])) {
						moved.set(i, shift(value, days));
					}
				}
				writer.row(moved);
			}
		}
		return out.toString();
	}

	// Whether the row is workflow state of a challenge or demand the graph already has:
	// the node itself, one of its history's changes, or a workflow-owned relationship of
	// it.
	private static boolean heldByTheGraph(ImportHeader header, List<@Nullable String> row,
			Map<NodeLabel, Set<String>> existing) {
		if (existing.isEmpty()) {
			return false;
		}
		if (header instanceof ImportHeader.Nodes nodes) {
			return existing.getOrDefault(nodes.idSpace(), Set.of()).contains(row.get(nodes.idColumn()));
		}
		ImportHeader.Relationships relationships = (ImportHeader.Relationships) header;
		RelType type = RelType.find(String.valueOf(row.get(relationships.typeColumn())).strip()).orElse(null);
		if (type == null || !StatusFlow.ownsRelationship(type)) {
			return false;
		}
		return held(existing, relationships.start(), row.get(relationships.startColumn()))
				|| held(existing, relationships.end(), row.get(relationships.endColumn()));
	}

	private static boolean held(Map<NodeLabel, Set<String>> existing, NodeLabel space, @Nullable String id) {
		return StatusFlow.of(space).isPresent() && existing.getOrDefault(space, Set.of()).contains(id);
	}

	private static String shift(String value, long days) {
		if (value.length() == 10) {
			return LocalDate.parse(value).plusDays(days).toString();
		}
		return OffsetDateTime.parse(value).plusDays(days).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	/**
	 * Marks the seed's workflow dates as written for {@code day} and to be moved when a
	 * store starts from these files ({@link SeedStore}): the mark is on the schema's own
	 * bookkeeping nodes, so that it travels with the database and no model label gets a
	 * node that is not the programme's.
	 */
	static void markWorkflowDatesPending(EmbeddedDatabase database, LocalDate day) {
		try (Transaction tx = database.graph().beginTx();
				ResourceIterator<Node> migrations = tx.findNodes(Label.label(MIGRATION))) {
			migrations.forEachRemaining((node) -> node.setProperty(PENDING_DATES, day));
			tx.commit();
		}
	}

	/**
	 * Moves the workflow dates of the seed's challenges, demands and status changes from
	 * the day a seed store wrote them for to {@code today}, as {@link #files(LocalDate)}
	 * moves them on their way in, and removes the mark in the same transaction: a start
	 * killed before the commit moves them at the next start, and none moves them twice.
	 * Through the embedded API, so that a first start compiles no Cypher for it.
	 */
	static void movePendingWorkflowDates(EmbeddedDatabase database, LocalDate today) {
		try (Transaction tx = database.graph().beginTx()) {
			LocalDate day = null;
			try (ResourceIterator<Node> migrations = tx.findNodes(Label.label(MIGRATION))) {
				for (Node node : (Iterable<Node>) () -> migrations) {
					if (node.removeProperty(PENDING_DATES) instanceof LocalDate pending) {
						day = pending;
					}
				}
			}
			if (day == null) {
				return;
			}
			long days = ChronoUnit.DAYS.between(day, today);
			WORKFLOW_DATES.forEach((file, keys) -> {
				String name = file.substring(file.indexOf('/') + 1, file.lastIndexOf('.'));
				try (ResourceIterator<Node> nodes = tx.findNodes(Label.label(NodeLabel.valueOf(name).name()))) {
					nodes.forEachRemaining((node) -> keys.forEach((key) -> {
						Object value = node.getProperty(key, null);
						if (value instanceof LocalDate date) {
							node.setProperty(key, date.plusDays(days));
						}
						else if (value instanceof ZonedDateTime time) {
							node.setProperty(key, time.plusDays(days));
						}
					}));
				}
			});
			tx.commit();
			logger.info("Seed dataset from a seed store made on %s; workflow dates moved by %d day(s)".formatted(day,
					days));
		}
	}

	// Through the embedded database's own API when there is one: on a restart this is the
	// only statement before readiness, and over Bolt it was the first Cypher and the
	// first
	// session of a cold JVM. The first model node found ends the scan.
	private boolean isEmpty() {
		EmbeddedDatabase database = this.embedded.getIfAvailable();
		if (database != null) {
			Label migration = Label.label("SchemaMigration");
			try (Transaction tx = database.graph().beginTx();
					ResourceIterable<Node> nodes = tx.getAllNodes();
					ResourceIterator<Node> each = nodes.iterator()) {
				while (each.hasNext()) {
					if (!each.next().hasLabel(migration)) {
						return false;
					}
				}
				return true;
			}
		}
		return this.driver.executableQuery("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) = 0 AS empty")
			.execute()
			.records()
			.get(0)
			.get("empty")
			.asBoolean();
	}

}
