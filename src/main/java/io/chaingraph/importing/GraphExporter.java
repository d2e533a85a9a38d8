package io.chaingraph.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.PropertyKind;
import io.chaingraph.graph.RelType;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.system.error.NotFoundException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.stereotype.Component;

/**
 * Writes the graph, or one chain's neighbourhood, in the import format: one file per id
 * space under {@code nodes/}, one per relationship type and pair of ends under
 * {@code relationships/}, rows sorted by id, columns in the model's order. The same graph
 * always gives the same bytes, so export, import into an empty database and export again
 * gives identical files.
 * <p>
 * The export streams: files are written one after the other, in name order, each from one
 * statement whose rows come in the order of the id index, so neither this process nor the
 * database holds more than a fetch of rows at a time, whatever the size of the graph.
 */
@Component
public class GraphExporter {

	private static final Log logger = LogFactory.getLog(GraphExporter.class);

	// Rows the driver buffers per pull: the export's memory in rows.
	private static final int FETCH_SIZE = 1000;

	private final Driver driver;

	private final CypherQueries queries;

	GraphExporter(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/**
	 * Where exported files go, one at a time: a file's writer is closed before the next
	 * file is opened, so a sink may be a stream of entries such as a ZIP archive.
	 */
	interface Sink {

		/**
		 * Called once the export is known to go ahead (the chain exists), before the
		 * first file is opened: until then a failure can still be answered as an error.
		 */
		default void start() throws IOException {
		}

		Writer open(String name) throws IOException;

	}

	/**
	 * The export ran longer than its time budget; what was written so far is incomplete.
	 */
	static final class TimedOut extends RuntimeException {

		TimedOut(Duration budget) {
			super("The export took longer than its time budget of %s".formatted(budget));
		}

	}

	/**
	 * An export into memory grew past its size limit.
	 */
	static final class TooLarge extends RuntimeException {

		private final long limit;

		TooLarge(long limit) {
			super("The export is larger than %d bytes".formatted(limit));
			this.limit = limit;
		}

		long limit() {
			return this.limit;
		}

	}

	/**
	 * Exports into a folder, without a time budget; returns the number of files written.
	 */
	public int export(Path dir, @Nullable String chain) throws IOException {
		Files.createDirectories(dir);
		return export(chain, (name) -> {
			Path file = dir.resolve(name);
			Files.createDirectories(file.getParent());
			return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		}, null);
	}

	/**
	 * Exports into memory, file name to content in name order, refusing with
	 * {@link TooLarge} as soon as the files' UTF-8 bytes pass {@code maxBytes}: the
	 * memory it takes is bounded by the limit, not by the graph.
	 */
	Map<String, String> export(@Nullable String chain, long maxBytes, @Nullable Duration budget) {
		Map<String, StringWriter> files = new TreeMap<>();
		long[] total = { 0 };
		try {
			export(chain, (name) -> {
				StringWriter content = new StringWriter();
				files.put(name, content);
				return new CountingWriter(content, total, maxBytes);
			}, budget);
		}
		catch (IOException ex) {
			// Only writers into memory, which do not fail.
			throw new IllegalStateException(ex);
		}
		Map<String, String> contents = new LinkedHashMap<>();
		files.forEach((name, writer) -> contents.put(name, writer.toString()));
		return contents;
	}

	/**
	 * Exports into {@code sink}; stops with {@link TimedOut} once {@code budget} (none
	 * when null) has passed, and the database ends the transaction at the same time.
	 */
	int export(@Nullable String chain, Sink sink, @Nullable Duration budget) throws IOException {
		Deadline deadline = new Deadline(budget);
		TransactionConfig config = (budget != null) ? TransactionConfig.builder().withTimeout(budget).build()
				: TransactionConfig.empty();
		int count = 0;
		// One read transaction, with the budget as its timeout, so the database ends it
		// even while this thread waits on a slow client. Unmanaged: a retried callback
		// would write rows twice.
		try (Session session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withFetchSize(FETCH_SIZE).build());
				Transaction tx = session.beginTransaction(config)) {
			Map<String, Object> params = (chain != null) ? Map.of("ids", neighbourhood(tx, chain)) : Map.of();
			sink.start();
			for (ExportFile file : files(tx, params)) {
				try (Writer writer = sink.open(file.name())) {
					file.write(tx, params, new CsvWriter(writer), deadline);
				}
				count++;
			}
		}
		catch (Neo4jException ex) {
			if (deadline.passed() || isTimeout(ex)) {
				throw deadline.timedOut();
			}
			throw ex;
		}
		logger.info("Exported %d file(s)%s".formatted(count, (chain != null) ? " for chain " + chain : ""));
		return count;
	}

	// As a map of id to true: a lookup the planner cannot turn into an index seek, so
	// every file is still read in the order of its id index instead of sorted.
	private Map<String, Boolean> neighbourhood(Transaction tx, String chain) {
		List<Record> rows = tx.run(this.queries.get("chain-neighbourhood"), Values.parameters("chain", chain)).list();
		List<String> ids = rows.isEmpty() ? List.of() : rows.get(0).get("ids").asList(Value::asString);
		if (!ids.contains(chain)) {
			throw new NotFoundException(GraphErrors.NO_CHAIN, chain);
		}
		Map<String, Boolean> set = new HashMap<>();
		ids.forEach((id) -> set.put(id, Boolean.TRUE));
		return set;
	}

	/**
	 * The files the graph fills, in name order, each with the columns its rows have: two
	 * statements over every node and every relationship, whose answers are as small as
	 * the model (one row per combination of labels and keys).
	 */
	private List<ExportFile> files(Transaction tx, Map<String, Object> params) {
		boolean chain = params.containsKey("ids");
		Map<String, ExportFile> files = new TreeMap<>();
		Map<NodeLabel, Set<String>> nodeKeys = new TreeMap<>();
		tx.run("MATCH (n) WHERE n.id IS NOT NULL%s RETURN DISTINCT labels(n) AS labels, keys(n) AS keys"
			.formatted(chain ? " AND $ids[n.id]" : ""), params).forEachRemaining((row) -> {
				NodeLabel label = primary(row.get("labels").asList(Value::asString));
				if (label != null) {
					nodeKeys.computeIfAbsent(label, (key) -> new TreeSet<>())
						.addAll(row.get("keys").asList(Value::asString));
				}
			});
		nodeKeys.forEach((label, keys) -> {
			NodeFile file = new NodeFile(label, columns(label.properties(), keys, label.name()), chain);
			files.put(file.name(), file);
		});
		Map<String, RelationshipFile> relationships = new TreeMap<>();
		tx.run("MATCH (a)-[r]->(b)%s RETURN DISTINCT type(r) AS type, labels(a) AS a, labels(b) AS b, keys(r) AS keys"
			.formatted(chain ? " WHERE $ids[a.id] AND $ids[b.id]" : ""), params).forEachRemaining((row) -> {
				NodeLabel from = primary(row.get("a").asList(Value::asString));
				NodeLabel to = primary(row.get("b").asList(Value::asString));
				RelType type = RelType.find(row.get("type").asString()).orElse(null);
				if (from != null && to != null && type != null) {
					relationships
						.computeIfAbsent(type.name() + "-" + from.name() + "-" + to.name(),
								(key) -> new RelationshipFile(type, from, to, chain))
						.keys()
						.addAll(row.get("keys").asList(Value::asString));
				}
			});
		relationships.values().forEach((file) -> files.put(file.name(), file));
		return new ArrayList<>(files.values());
	}

	/**
	 * One file of the export, written from one statement.
	 */
	private interface ExportFile {

		String name();

		void write(Transaction tx, Map<String, Object> params, CsvWriter csv, Deadline deadline) throws IOException;

	}

	/**
	 * The nodes of one id space. The label comes from the model, never from a request.
	 */
	private record NodeFile(NodeLabel label, List<String> columns, boolean chain) implements ExportFile {

		@Override
		public String name() {
			return "nodes/%s.csv".formatted(this.label.name());
		}

		@Override
		public void write(Transaction tx, Map<String, Object> params, CsvWriter csv, Deadline deadline)
				throws IOException {
			List<@Nullable String> header = new ArrayList<>();
			header.add("id:ID(%s)".formatted(this.label.name()));
			this.columns
				.forEach((column) -> header.add(column + ":" + ValueType.of(this.label.properties().get(column))));
			header.add(":LABEL");
			csv.row(header);
			Result rows = tx.run(("MATCH (n:%s) WHERE n.id IS NOT NULL%s "
					+ "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id")
				.formatted(this.label.name(), this.chain ? " AND $ids[n.id]" : ""), params);
			while (rows.hasNext()) {
				deadline.check();
				Record row = rows.next();
				List<String> labels = row.get("labels").asList(Value::asString);
				// A node in two id spaces belongs to the first, as in the discovery.
				if (primary(labels) != this.label) {
					continue;
				}
				Map<String, Object> props = row.get("props").asMap();
				List<@Nullable String> fields = new ArrayList<>(this.columns.size() + 2);
				fields.add(row.get("id").asString());
				this.columns.forEach((name) -> fields.add(format(props.get(name))));
				fields.add(labelField(this.label, labels));
				csv.row(fields);
			}
		}

	}

	/**
	 * The relationships of one type between two id spaces, sorted by start and end id.
	 */
	private record RelationshipFile(RelType type, NodeLabel from, NodeLabel to, Set<String> keys,
			boolean chain) implements ExportFile {

		RelationshipFile(RelType type, NodeLabel from, NodeLabel to, boolean chain) {
			this(type, from, to, new TreeSet<>(), chain);
		}

		@Override
		public String name() {
			return "relationships/%s-%s-%s.csv".formatted(this.type.name(), this.from.name(), this.to.name());
		}

		@Override
		public void write(Transaction tx, Map<String, Object> params, CsvWriter csv, Deadline deadline)
				throws IOException {
			List<String> columns = columns(this.type.properties(), this.keys, this.type.name());
			List<@Nullable String> header = new ArrayList<>(List.of(":START_ID(%s)".formatted(this.from.name()),
					":END_ID(%s)".formatted(this.to.name()), ":TYPE"));
			columns.forEach((column) -> header.add(column + ":" + ValueType.of(this.type.properties().get(column))));
			csv.row(header);
			// The start's id index gives the rows in start order, so the database sorts
			// only the relationships of one start node at a time by their end.
			Result rows = tx.run(("MATCH (a:%s)-[r:%s]->(b:%s) WHERE a.id IS NOT NULL%s "
					+ "RETURN a.id AS s, labels(a) AS a, b.id AS e, labels(b) AS b, properties(r) AS props "
					+ "ORDER BY s, e")
				.formatted(this.from.name(), this.type.name(), this.to.name(),
						this.chain ? " AND $ids[a.id] AND $ids[b.id]" : ""),
					params);
			while (rows.hasNext()) {
				deadline.check();
				Record row = rows.next();
				if (primary(row.get("a").asList(Value::asString)) != this.from
						|| primary(row.get("b").asList(Value::asString)) != this.to) {
					continue;
				}
				Map<String, Object> props = row.get("props").asMap();
				List<@Nullable String> fields = new ArrayList<>(columns.size() + 3);
				fields.add(row.get("s").asString());
				fields.add(row.get("e").asString());
				fields.add(this.type.name());
				columns.forEach((name) -> fields.add(format(props.get(name))));
				csv.row(fields);
			}
		}

	}

	/**
	 * When the export must stop; checked once per row, which costs a clock read.
	 */
	private static final class Deadline {

		private final @Nullable Duration budget;

		private final long end;

		Deadline(@Nullable Duration budget) {
			this.budget = budget;
			this.end = (budget != null) ? System.nanoTime() + budget.toNanos() : Long.MAX_VALUE;
		}

		boolean passed() {
			return this.budget != null && System.nanoTime() - this.end > 0;
		}

		void check() {
			if (passed()) {
				throw timedOut();
			}
		}

		TimedOut timedOut() {
			return new TimedOut((this.budget != null) ? this.budget : Duration.ZERO);
		}

	}

	/**
	 * Counts the UTF-8 bytes written into memory across all files of an export.
	 */
	private static final class CountingWriter extends Writer {

		private final Writer out;

		private final long[] total;

		private final long limit;

		CountingWriter(Writer out, long[] total, long limit) {
			this.out = out;
			this.total = total;
			this.limit = limit;
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			long bytes = 0;
			for (int i = offset; i < offset + length; i++) {
				char c = chars[i];
				// A surrogate pair is four bytes, two per half.
				bytes += (c < 0x80) ? 1 : (c < 0x800 || Character.isSurrogate(c)) ? 2 : 3;
			}
			this.total[0] += bytes;
			if (this.total[0] > this.limit) {
				throw new TooLarge(this.limit);
			}
			this.out.write(chars, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.out.flush();
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

	}

	private static boolean isTimeout(Neo4jException ex) {
		// Neo.ClientError.Transaction.TransactionTimedOut, and
		// TransactionTimedOutClientConfiguration when the client set the timeout.
		return ex.code() != null && ex.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
	}

	private static List<String> columns(Map<String, PropertyKind> model, Set<String> present, String owner) {
		List<String> unknown = present.stream().filter((key) -> !model.containsKey(key)).toList();
		if (!unknown.isEmpty()) {
			logger.warn("Not exported: properties %s of %s are not in the model".formatted(unknown, owner));
		}
		return model.keySet().stream().filter((key) -> present.contains(key) && !key.equals("id")).toList();
	}

	private static @Nullable NodeLabel primary(List<String> labels) {
		for (NodeLabel label : NodeLabel.values()) {
			if (label.isIdSpace() && labels.contains(label.name())) {
				return label;
			}
		}
		return null;
	}

	private static String labelField(NodeLabel primary, List<String> labels) {
		List<String> names = new ArrayList<>();
		names.add(primary.name());
		GlobalIds.visible(labels)
			.stream()
			.filter((name) -> !name.equals(primary.name()))
			.sorted(Comparator.naturalOrder())
			.forEach(names::add);
		return String.join(";", names);
	}

	private static @Nullable String format(@Nullable Object value) {
		return (value != null) ? ValueType.write(value) : null;
	}

}
