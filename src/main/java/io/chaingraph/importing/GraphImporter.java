package io.chaingraph.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.PropertyRule;
import io.chaingraph.graph.RelType;
import io.chaingraph.system.database.EmbeddedDatabase;
import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.Language;
import io.chaingraph.system.graphql.TextValues;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports CSV files in the neo4j-admin format. Every file is read and checked against the
 * model before anything is written, so a file with errors writes nothing; the report
 * names file, line and reason. Rows are then written in batches of
 * {@code UNWIND ... MERGE} on {@code id}, so running the same import twice changes
 * nothing. A batch the database refuses anyway (another writer took an id or deleted a
 * node meanwhile, the database went away) ends the import FAILED and takes back the
 * batches before it, from the writer's journal: the graph is as it was before the import.
 * Only a process killed while writing leaves its committed batches; running the import
 * again completes it.
 */
@Component
public class GraphImporter {

	private static final Log logger = LogFactory.getLog(GraphImporter.class);

	private static final long LOG_EVERY_NANOS = 5_000_000_000L;

	// Null for a graph known to be empty (the store a bulk load writes): nothing to look
	// up.
	private final @Nullable Driver driver;

	private final ImportJobs jobs;

	private final int batchSize;

	private final @Nullable ObjectProvider<EmbeddedDatabase> embedded;

	private final boolean forceCypher;

	private final int maxField;

	private final int maxRecord;

	private java.util.function.LongConsumer afterBatch = (rows) -> {
	};

	private RelationshipRows relationshipRows = (header, row) -> {
	};

	private @Nullable GraphDatabaseService graph;

	@Autowired
	GraphImporter(Driver driver, ObjectProvider<EmbeddedDatabase> embedded, ImportJobs jobs,
			@Value("${chaingraph.import.batch-size:5000}") int batchSize,
			@Value("${chaingraph.import.writer:auto}") String writer,
			@Value("${chaingraph.import.max-field-length:" + CsvReader.MAX_FIELD_LENGTH + "}") int maxField,
			@Value("${chaingraph.import.max-record-length:" + CsvReader.MAX_RECORD_LENGTH + "}") int maxRecord) {
		this.driver = driver;
		this.embedded = embedded;
		this.forceCypher = writer.equals("cypher");
		this.jobs = jobs;
		this.batchSize = batchSize;
		this.maxField = maxField;
		this.maxRecord = maxRecord;
	}

	GraphImporter(Driver driver, ObjectProvider<EmbeddedDatabase> embedded, ImportJobs jobs, int batchSize,
			String writer) {
		this(driver, embedded, jobs, batchSize, writer, CsvReader.MAX_FIELD_LENGTH, CsvReader.MAX_RECORD_LENGTH);
	}

	private GraphImporter(int maxField, int maxRecord) {
		this.driver = null;
		this.embedded = null;
		this.forceCypher = false;
		this.jobs = new ImportJobs();
		this.batchSize = 5000;
		this.maxField = maxField;
		this.maxRecord = maxRecord;
	}

	/**
	 * The files checked as {@link #run} checks them, with the same errors, for a graph
	 * known to be empty: the store a bulk load is about to write. Nothing is looked up
	 * and nothing is written; {@code relationshipRows} sees every relationship row of the
	 * right width as it is read.
	 */
	static Checked checkForEmptyGraph(String source, List<ImportFile> files, int maxField, int maxRecord,
			RelationshipRows relationshipRows) {
		GraphImporter importer = new GraphImporter(maxField, maxRecord);
		importer.relationshipRows = relationshipRows;
		ImportJob job = importer.jobs.create(source);
		HistoryCheck history = new HistoryCheck();
		List<Parsed> parsed = importer.validate(job, files, history);
		if (job.errorCount() > 0) {
			job.finish(ImportJob.Status.REJECTED, null);
		}
		return new Checked(job, parsed, history);
	}

	/**
	 * What {@link #checkForEmptyGraph} found.
	 *
	 * @param job the import's job, REJECTED with its report when a file has errors
	 * @param parsed each file with its header and row count, node files first
	 * @param history the workflow changes the import records once the rows are written
	 */
	record Checked(ImportJob job, List<Parsed> parsed, HistoryCheck history) {

	}

	@FunctionalInterface
	interface RelationshipRows {

		void row(ImportHeader.Relationships header, List<@Nullable String> row);

	}

	/**
	 * For tests: called after each batch is committed, with the rows written so far, on
	 * the importing thread, so that a test can change the graph between two batches as
	 * another writer would.
	 */
	void afterEachBatch(java.util.function.LongConsumer hook) {
		this.afterBatch = hook;
	}

	/**
	 * For tests: writes with the embedded writer into a database started without the
	 * service, as the service does into its own embedded one.
	 */
	void writeInto(GraphDatabaseService graph) {
		this.graph = graph;
	}

	/**
	 * Imports the {@code .csv} files under a folder, at any depth, as {@link #run} does.
	 */
	public ImportJob run(Path dir) throws IOException {
		return run(dir.toString(), ImportFile.inDirectory(dir));
	}

	/**
	 * Validates, then writes, the files; returns the finished job with its report.
	 */
	public ImportJob run(String source, List<ImportFile> files) {
		ImportJob job = this.jobs.create(source);
		logger.info("Import %s started from %s: %d file(s)".formatted(job.id(), source, files.size()));
		HistoryCheck history = new HistoryCheck();
		List<Parsed> parsed = validate(job, files, history);
		if (job.errorCount() > 0) {
			job.finish(ImportJob.Status.REJECTED, null);
			logger.warn("Import %s rejected with %d error(s), nothing written; first: %s".formatted(job.id(),
					job.errorCount(), job.errors().get(0)));
			return job;
		}
		job.writing();
		GraphWriter writer = writer();
		String[] writing = { "" };
		try {
			write(job, parsed, history, writer, writing);
			job.finish(ImportJob.Status.DONE, null);
			logger.info("Import %s done: %d nodes, %d relationships, %.0f rows/s".formatted(job.id(), job.nodes(),
					job.relationships(), job.rowsPerSecond()));
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Import %s failed writing %s after %d rows; taking back what it wrote".formatted(job.id(),
					writing[0], job.rowsDone()), ex);
			job.finish(ImportJob.Status.FAILED, undo(job, writer, writing[0], ex));
		}
		return job;
	}

	/**
	 * Takes back what a failed import wrote; returns what the job tells its user.
	 */
	private String undo(ImportJob job, GraphWriter writer, String file, Exception failure) {
		String failed = "writing %s failed after %d of %d rows: %s".formatted(file, job.rowsDone(), job.totalRows(),
				WriteFailure.reason(failure));
		if (job.rowsDone() == 0) {
			return failed + ". Nothing was written: the graph is as it was before the import; "
					+ "run the import again to complete it";
		}
		try {
			writer.undo();
			logger.info("Import %s: the %d rows it wrote were taken back".formatted(job.id(), job.rowsDone()));
			return failed + ". The rows written were removed and the values they changed restored: "
					+ "the graph is as it was before the import; run the import again to complete it";
		}
		catch (RuntimeException ex) {
			logger.error("Import %s: taking back its %d rows failed".formatted(job.id(), job.rowsDone()), ex);
			return failed + ". Taking back the rows written failed too (%s), so some of them remain in the graph; "
				.formatted(WriteFailure.reason(ex)) + "run the import again to complete it";
		}
	}

	record Parsed(ImportFile file, ImportHeader header, long rows) {

	}

	private record Location(String file, int line) {

	}

	// --- validation
	// --------------------------------------------------------------------------

	private List<Parsed> validate(ImportJob job, List<ImportFile> files, HistoryCheck history) {
		List<Parsed> headers = new ArrayList<>();
		for (ImportFile file : files) {
			ImportHeader header = readHeader(job, file);
			if (header != null) {
				headers.add(new Parsed(file, header, 0));
			}
		}
		Map<NodeLabel, Map<String, Location>> ids = new EnumMap<>(NodeLabel.class);
		Map<NodeLabel, Map<String, Location>> unresolved = new EnumMap<>(NodeLabel.class);
		List<Parsed> parsed = new ArrayList<>();
		long nodes = 0;
		long relationships = 0;
		for (Parsed candidate : headers) {
			if (candidate.header() instanceof ImportHeader.Nodes header) {
				long rows = scan(job, candidate.file(), header.width(), (row, line) -> {
					checkNode(job, candidate.file().name(), header, row, line, ids);
					history.node(header, row, candidate.file().name(), line);
				});
				nodes += rows;
				parsed.add(new Parsed(candidate.file(), header, rows));
			}
		}
		for (Parsed candidate : headers) {
			if (candidate.header() instanceof ImportHeader.Relationships header) {
				long rows = scan(job, candidate.file(), header.width(), (row, line) -> {
					checkRelationship(job, candidate.file().name(), header, row, line, ids, unresolved);
					history.relationship(header, row, candidate.file().name(), line);
					this.relationshipRows.row(header, row);
				});
				relationships += rows;
				parsed.add(new Parsed(candidate.file(), header, rows));
			}
		}
		resolveInGraph(job, unresolved);
		checkSharedIds(job, ids);
		// Workflow state is checked once every row is known: a history spans files.
		history.check(job, this.driver);
		job.validated(nodes + relationships, nodes, relationships);
		return parsed;
	}

	private @Nullable ImportHeader readHeader(ImportJob job, ImportFile file) {
		try (Reader in = file.open(); CsvReader csv = csv(in)) {
			List<@Nullable String> fields = csv.next();
			if (fields == null) {
				job.error(file.name(), 1, "the file is empty; it needs at least a header line");
				return null;
			}
			return ImportHeader.parse(fields);
		}
		catch (IllegalArgumentException ex) {
			job.error(file.name(), 1, "bad header: " + ex.getMessage());
		}
		catch (CsvReader.CsvFormatException ex) {
			job.error(file.name(), ex.line(), ex.getMessage());
		}
		catch (CharacterCodingException ex) {
			job.error(file.name(), 1, "the file is not valid UTF-8");
		}
		catch (IOException ex) {
			job.error(file.name(), 1, "cannot be read: " + ex.getMessage());
		}
		return null;
	}

	@FunctionalInterface
	private interface RowCheck {

		void check(List<@Nullable String> row, int line);

	}

	private long scan(ImportJob job, ImportFile file, int width, RowCheck check) {
		long rows = 0;
		try (Reader in = file.open(); CsvReader csv = csv(in)) {
			csv.next();
			for (List<@Nullable String> row = csv.next(); row != null; row = csv.next()) {
				if (row.size() == 1 && row.get(0) == null) {
					continue;
				}
				rows++;
				if (row.size() != width) {
					job.error(file.name(), csv.recordLine(),
							"expected %d fields as in the header, found %d".formatted(width, row.size()));
					continue;
				}
				check.check(row, csv.recordLine());
			}
		}
		catch (CsvReader.CsvFormatException ex) {
			job.error(file.name(), ex.line(), ex.getMessage());
		}
		catch (CharacterCodingException ex) {
			job.error(file.name(), (int) rows + 2, "the file is not valid UTF-8 (at or after this line)");
		}
		catch (IOException ex) {
			job.error(file.name(), (int) rows + 2, "cannot be read: " + ex.getMessage());
		}
		return rows;
	}

	private void checkNode(ImportJob job, String file, ImportHeader.Nodes header, List<@Nullable String> row, int line,
			Map<NodeLabel, Map<String, Location>> ids) {
		String id = row.get(header.idColumn());
		if (checkId(job, file, line, id, "id", header.idSpace().rule("id").what())) {
			Location first = ids.computeIfAbsent(header.idSpace(), (label) -> new HashMap<>())
				.putIfAbsent(id, new Location(file, line));
			// University and Institute share the Organization constraint: an id may not
			// be both.
			if (first == null && header.idSpace().extraLabels().contains(NodeLabel.Organization)) {
				first = ids.computeIfAbsent(NodeLabel.Organization, (label) -> new HashMap<>())
					.putIfAbsent(id, new Location(file, line));
			}
			if (first != null) {
				job.error(file, line, "duplicate %s id '%s' (first at %s:%d)".formatted(header.idSpace(), id,
						first.file(), first.line()));
			}
			else {
				refuseOtherSpaces(job, file, line, header.idSpace(), id, ids);
			}
		}
		if (header.labelColumn() >= 0) {
			labels(row.get(header.labelColumn()), header.idSpace(), (reason) -> job.error(file, line, reason));
		}
		checkValues(row, header.properties(), header.idSpace()::rule, (reason) -> job.error(file, line, reason));
		requireValues(row, header, (reason) -> job.error(file, line, reason));
	}

	private void checkRelationship(ImportJob job, String file, ImportHeader.Relationships header,
			List<@Nullable String> row, int line, Map<NodeLabel, Map<String, Location>> ids,
			Map<NodeLabel, Map<String, Location>> unresolved) {
		String typeName = row.get(header.typeColumn());
		RelType type = (typeName == null) ? null : RelType.find(typeName.strip()).orElse(null);
		if (type == null) {
			job.error(file, line, (typeName == null) ? "missing relationship type"
					: "unknown relationship type '%s'".formatted(typeName));
		}
		else if (!type.joins(header.start(), header.end())) {
			job.error(file, line, "%s does not join %s to %s; it joins %s to %s".formatted(type, header.start(),
					header.end(), type.from(), type.to()));
		}
		else {
			for (ImportHeader.Column column : header.properties()) {
				if (row.get(column.index()) != null && !type.properties().containsKey(column.name())) {
					job.error(file, line, "%s has no property '%s'".formatted(type, column.name()));
				}
			}
		}
		reference(job, file, line, row.get(header.startColumn()), header.start(), "start", ids, unresolved);
		reference(job, file, line, row.get(header.endColumn()), header.end(), "end", ids, unresolved);
		if (type != null && type.joins(header.start(), header.end())) {
			checkValues(row, header.properties(), type::rule, (reason) -> job.error(file, line, reason));
		}
		else {
			// Without a type there is no rule to check against; the type's error is
			// reported.
			properties(row, header.properties(), (reason) -> job.error(file, line, reason));
		}
	}

	private void reference(ImportJob job, String file, int line, @Nullable String id, NodeLabel space, String end,
			Map<NodeLabel, Map<String, Location>> ids, Map<NodeLabel, Map<String, Location>> unresolved) {
		if (checkId(job, file, line, id, end + " id", ErrorText.of(GraphErrors.COLUMN, end + " id"))
				&& !ids.getOrDefault(space, Map.of()).containsKey(id)) {
			unresolved.computeIfAbsent(space, (label) -> new LinkedHashMap<>())
				.putIfAbsent(id, new Location(file, line));
		}
	}

	private static boolean checkId(ImportJob job, String file, int line, @Nullable String id, String column,
			ErrorText what) {
		if (id == null || id.isBlank()) {
			job.error(file, line, "missing " + column);
			return false;
		}
		ErrorText fault = PropertyRule.idFault(what, id);
		if (fault != null) {
			job.error(file, line, fault.render(Language.EN));
			return false;
		}
		return true;
	}

	/**
	 * The model's one check of each value of a row, with the message curation gives for
	 * the same fault; a field the column's type cannot read is a value of the wrong kind.
	 */
	static void checkValues(List<@Nullable String> row, List<ImportHeader.Column> columns,
			Function<String, @Nullable PropertyRule> rules, java.util.function.Consumer<String> errors) {
		for (ImportHeader.Column column : columns) {
			String field = row.get(column.index());
			PropertyRule rule = rules.apply(column.name());
			if (field == null || rule == null) {
				continue;
			}
			Object value;
			try {
				value = column.type().read(field);
			}
			catch (IllegalArgumentException ex) {
				errors.accept(rule.kindFault(rule.what(), field).render(Language.EN));
				continue;
			}
			ErrorText fault = rule.convert(rule.what(), value).fault();
			if (fault != null) {
				errors.accept(fault.render(Language.EN));
			}
		}
	}

	// A node row names every property the model requires (the id has its own column and
	// check).
	private static void requireValues(List<@Nullable String> row, ImportHeader.Nodes header,
			java.util.function.Consumer<String> errors) {
		Map<String, Integer> given = new HashMap<>();
		header.properties().forEach((column) -> given.put(column.name(), column.index()));
		for (PropertyRule rule : header.idSpace().rules().values()) {
			if (!rule.required() || rule.name().equals("id")) {
				continue;
			}
			Integer index = given.get(rule.name());
			ErrorText missing = rule.missing(rule.what());
			if ((index == null || row.get(index) == null) && missing != null) {
				errors.accept(missing.render(Language.EN));
			}
		}
	}

	static Set<NodeLabel> labels(@Nullable String field, NodeLabel idSpace,
			java.util.function.Consumer<String> errors) {
		Set<NodeLabel> extra = new TreeSet<>();
		if (field == null) {
			return extra;
		}
		for (String name : field.split(";")) {
			String trimmed = name.strip();
			if (trimmed.isEmpty() || trimmed.equals(idSpace.name())) {
				continue;
			}
			NodeLabel label = NodeLabel.find(trimmed).orElse(null);
			if (label == null) {
				errors.accept("unknown label '%s'".formatted(trimmed));
			}
			else if (!idSpace.extraLabels().contains(label)) {
				errors.accept("label %s is not allowed on %s nodes".formatted(label, idSpace));
			}
			else {
				extra.add(label);
			}
		}
		return extra;
	}

	static Map<String, Object> properties(List<@Nullable String> row, List<ImportHeader.Column> columns,
			java.util.function.Consumer<String> errors) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (ImportHeader.Column column : columns) {
			String field = row.get(column.index());
			if (field == null) {
				continue;
			}
			try {
				Object value = column.type().read(field);
				String problem = TextValues.problemOfValue(value, column.maxLength());
				if (problem != null) {
					errors.accept("column '%s': %s".formatted(column.name(), problem));
					continue;
				}
				values.put(column.name(), value);
			}
			catch (IllegalArgumentException ex) {
				errors.accept("column '%s': %s".formatted(column.name(), ex.getMessage()));
			}
		}
		return values;
	}

	private void resolveInGraph(ImportJob job, Map<NodeLabel, Map<String, Location>> unresolved) {
		for (Map.Entry<NodeLabel, Map<String, Location>> entry : unresolved.entrySet()) {
			Map<String, Location> missing = new LinkedHashMap<>(entry.getValue());
			List<String> all = new ArrayList<>(missing.keySet());
			String query = "UNWIND $ids AS id MATCH (n:`%s` {id: id}) RETURN n.id AS id"
				.formatted(entry.getKey().name());
			// An empty graph holds none of them: what the files lack is missing.
			Driver driver = this.driver;
			if (driver != null) {
				try (Session session = driver.session()) {
					for (int from = 0; from < all.size(); from += 10_000) {
						List<String> chunk = all.subList(from, Math.min(all.size(), from + 10_000));
						session.executeRead((tx) -> tx.run(query, Values.parameters("ids", chunk)).list())
							.forEach((record) -> missing.remove(record.get("id").asString()));
					}
				}
			}
			missing.forEach((id, at) -> job.error(at.file(), at.line(),
					"no %s with id '%s' in the files or the graph".formatted(entry.getKey(), abbreviate(id))));
		}
	}

	// Ids are unique across the graph: an id one file gives a label, no file may give
	// another.
	private static void refuseOtherSpaces(ImportJob job, String file, int line, NodeLabel space, String id,
			Map<NodeLabel, Map<String, Location>> ids) {
		for (NodeLabel other : NodeLabel.values()) {
			Location elsewhere = (other != space && other.isIdSpace()) ? ids.getOrDefault(other, Map.of()).get(id)
					: null;
			if (elsewhere != null) {
				job.error(file, line,
						"id '%s' is %s at %s:%d; %s cannot take it too, as ids are unique across the graph".formatted(
								abbreviate(id), GlobalIds.article(other.name()), elsewhere.file(), elsewhere.line(),
								GlobalIds.article(space.name())));
				return;
			}
		}
	}

	/**
	 * Ids are unique across the graph ({@link GlobalIds}): an id the graph holds for a
	 * node of one label cannot be imported for another. Checked here, since the write
	 * would fail at that row; a node another writer gives the id during the import makes
	 * the write fail on the constraint instead, and the import is undone.
	 */
	private void checkSharedIds(ImportJob job, Map<NodeLabel, Map<String, Location>> ids) {
		Driver driver = this.driver;
		if (driver == null) {
			return;
		}
		for (NodeLabel space : NodeLabel.values()) {
			Map<String, Location> files = ids.getOrDefault(space, Map.of());
			if (!space.isIdSpace() || files.isEmpty()) {
				continue;
			}
			List<String> all = new ArrayList<>(files.keySet());
			String query = """
					UNWIND $ids AS id MATCH (n:`%s` {id: id}) WHERE NOT n:`%s`
					RETURN n.id AS id, labels(n) AS labels""".formatted(GlobalIds.LABEL, space.name());
			try (Session session = driver.session()) {
				for (int from = 0; from < all.size(); from += 10_000) {
					List<String> chunk = all.subList(from, Math.min(all.size(), from + 10_000));
					session.executeRead((tx) -> tx.run(query, Values.parameters("ids", chunk)).list())
						.forEach((record) -> {
							String id = record.get("id").asString();
							Location at = files.get(id);
							job.error(at.file(), at.line(),
									"id '%s' is %s in the graph; %s cannot take it, as ids are unique across the graph"
										.formatted(abbreviate(id),
												GlobalIds.article(GlobalIds.holder(record.get("labels"))),
												GlobalIds.article(space.name())));
						});
				}
			}
		}
	}

	// --- writing
	// -----------------------------------------------------------------------------

	private void write(ImportJob job, List<Parsed> parsed, HistoryCheck history, GraphWriter writer, String[] writing)
			throws IOException {
		Progress progress = new Progress(job, this.afterBatch);
		for (Parsed file : parsed) {
			if (file.header() instanceof ImportHeader.Nodes header) {
				writing[0] = file.file().name();
				writeNodes(writer, file.file(), header, progress);
			}
		}
		for (Parsed file : parsed) {
			if (file.header() instanceof ImportHeader.Relationships header) {
				writing[0] = file.file().name();
				writeRelationships(writer, file.file(), header, progress);
			}
		}
		history.write(writer);
	}

	private GraphWriter writer() {
		if (this.graph != null) {
			return new EmbeddedGraphWriter(this.graph);
		}
		EmbeddedDatabase embedded = (this.embedded != null) ? this.embedded.getIfAvailable() : null;
		if (embedded != null && !this.forceCypher) {
			return new EmbeddedGraphWriter(embedded.graph());
		}
		return new CypherGraphWriter(java.util.Objects.requireNonNull(this.driver, "no graph to write to"));
	}

	private void writeNodes(GraphWriter writer, ImportFile file, ImportHeader.Nodes header, Progress progress)
			throws IOException {
		Map<Set<NodeLabel>, List<Map<String, Object>>> batches = new HashMap<>();
		try (Reader in = file.open(); CsvReader csv = csv(in)) {
			csv.next();
			for (List<@Nullable String> row = csv.next(); row != null; row = csv.next()) {
				if (row.size() == 1 && row.get(0) == null) {
					continue;
				}
				// University and Institute nodes are always Organizations, whatever the
				// file says.
				Set<NodeLabel> extra = new java.util.TreeSet<>(header.idSpace().extraLabels());
				if (header.labelColumn() >= 0) {
					extra.addAll(labels(row.get(header.labelColumn()), header.idSpace(), IGNORE));
				}
				List<Map<String, Object>> batch = batches.computeIfAbsent(extra, (key) -> new ArrayList<>());
				batch.add(Map.of("id", row.get(header.idColumn()), "props",
						properties(row, header.properties(), IGNORE)));
				if (batch.size() >= this.batchSize) {
					progress.wrote(flush(batch, (rows) -> writer.nodes(header.idSpace(), extra, rows)));
				}
			}
		}
		batches.forEach(
				(extra, batch) -> progress.wrote(flush(batch, (rows) -> writer.nodes(header.idSpace(), extra, rows))));
	}

	private void writeRelationships(GraphWriter writer, ImportFile file, ImportHeader.Relationships header,
			Progress progress) throws IOException {
		Map<RelType, List<Map<String, Object>>> batches = new EnumMap<>(RelType.class);
		try (Reader in = file.open(); CsvReader csv = csv(in)) {
			csv.next();
			for (List<@Nullable String> row = csv.next(); row != null; row = csv.next()) {
				if (row.size() == 1 && row.get(0) == null) {
					continue;
				}
				RelType type = RelType.find(String.valueOf(row.get(header.typeColumn())).strip()).orElseThrow();
				List<Map<String, Object>> batch = batches.computeIfAbsent(type, (key) -> new ArrayList<>());
				batch.add(Map.of("s", row.get(header.startColumn()), "e", row.get(header.endColumn()), "props",
						properties(row, header.properties(), IGNORE)));
				if (batch.size() >= this.batchSize) {
					progress
						.wrote(flush(batch, (rows) -> writer.relationships(header.start(), type, header.end(), rows)));
				}
			}
		}
		batches.forEach((type, batch) -> progress
			.wrote(flush(batch, (rows) -> writer.relationships(header.start(), type, header.end(), rows))));
	}

	private CsvReader csv(Reader in) throws IOException {
		return new CsvReader(in, this.maxField, this.maxRecord);
	}

	private static final java.util.function.Consumer<String> IGNORE = (reason) -> {
	};

	private static int flush(List<Map<String, Object>> batch,
			java.util.function.Consumer<List<Map<String, Object>>> write) {
		if (batch.isEmpty()) {
			return 0;
		}
		List<Map<String, Object>> rows = List.copyOf(batch);
		batch.clear();
		write.accept(rows);
		return rows.size();
	}

	/**
	 * Counts written rows into the job and logs them every few seconds.
	 */
	private static final class Progress {

		private final ImportJob job;

		private final java.util.function.LongConsumer afterBatch;

		private long lastLog = System.nanoTime();

		Progress(ImportJob job, java.util.function.LongConsumer afterBatch) {
			this.job = job;
			this.afterBatch = afterBatch;
		}

		void wrote(int rows) {
			this.job.wrote(rows);
			if (rows > 0) {
				this.afterBatch.accept(this.job.rowsDone());
			}
			long now = System.nanoTime();
			if (now - this.lastLog > LOG_EVERY_NANOS) {
				this.lastLog = now;
				logger.info(this.job.toString());
			}
		}

	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

}
