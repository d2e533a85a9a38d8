package io.chaingraph.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import org.jspecify.annotations.Nullable;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;

/**
 * The checked import files as the batch importer's input. Each row is read by the
 * import's own reader and turned into labels and properties by the import's own code
 * ({@link GraphImporter#properties}, {@link GraphImporter#labels}), so a bulk-loaded node
 * carries exactly what an imported one does: its id space, the global {@code Node} label,
 * the labels its space implies and its {@code :LABEL} column adds, and every non-null
 * field. Ids are resolved per id space, as the headers name them.
 *
 * <p>
 * The import merges a relationship row into an existing relationship with the same ends
 * and type. Rows whose key hash repeats ({@link BulkLoader.RelationshipKeys}) are merged
 * here before the load ({@link #mergeRepeated}): the first of them to be read carries the
 * merged properties, later ones with the same key are dropped.
 */
final class BulkInput {

	/** Rows per chunk: the importer's threads each take one chunk at a time. */
	private static final int CHUNK_ROWS = 4096;

	private static final java.util.function.Consumer<String> IGNORE = (reason) -> {
	};

	private final List<GraphImporter.Parsed> parsed;

	private final long[] repeated;

	private final Map<String, Map<String, Object>> merged;

	private final Set<String> emitted = ConcurrentHashMap.newKeySet();

	private final int maxField;

	private final int maxRecord;

	private final long expectedNodes;

	private final long expectedRelationships;

	private final Groups groups = new Groups();

	private final AtomicLong nodes = new AtomicLong();

	private final AtomicLong relationships = new AtomicLong();

	BulkInput(List<GraphImporter.Parsed> parsed, long[] repeated, Map<String, Map<String, Object>> merged, int maxField,
			int maxRecord, long expectedNodes, long expectedRelationships) {
		this.parsed = parsed;
		this.repeated = repeated;
		this.merged = merged;
		this.maxField = maxField;
		this.maxRecord = maxRecord;
		this.expectedNodes = expectedNodes;
		this.expectedRelationships = expectedRelationships;
		for (NodeLabel label : NodeLabel.values()) {
			if (label.isIdSpace()) {
				this.groups.getOrCreate(label.name());
			}
		}
	}

	long nodes() {
		return this.nodes.get();
	}

	long relationships() {
		return this.relationships.get();
	}

	Input asInput() {
		InputIterable nodeRows = () -> new Rows(files(ImportHeader.Nodes.class));
		InputIterable relationshipRows = () -> new Rows(files(ImportHeader.Relationships.class));
		// Estimates size the importer's caches; the counts are known, the rest is a guess
		// on the generous side.
		Input.Estimates estimates = Input.knownEstimates(this.expectedNodes, this.expectedRelationships,
				this.expectedNodes * 8, this.expectedRelationships, this.expectedNodes * 8 * 24,
				this.expectedRelationships * 8, this.expectedNodes * 2);
		return Input.input(nodeRows, relationshipRows, IdType.STRING, estimates, this.groups);
	}

	private List<GraphImporter.Parsed> files(Class<? extends ImportHeader> kind) {
		return this.parsed.stream().filter((file) -> kind.isInstance(file.header())).toList();
	}

	/**
	 * The merged properties of each relationship key whose hash is in {@code repeated},
	 * in the order the import would set them: a later row's value replaces an earlier
	 * one's, and a field a row leaves empty keeps the earlier value.
	 */
	static Map<String, Map<String, Object>> mergeRepeated(List<GraphImporter.Parsed> parsed, long[] repeated,
			int maxField, int maxRecord) throws IOException {
		Map<String, Map<String, Object>> merged = new java.util.HashMap<>();
		for (GraphImporter.Parsed file : parsed) {
			if (!(file.header() instanceof ImportHeader.Relationships header)) {
				continue;
			}
			try (Reader in = file.file().open(); CsvReader csv = new CsvReader(in, maxField, maxRecord)) {
				csv.next();
				for (List<@Nullable String> row = csv.next(); row != null; row = csv.next()) {
					if (row.size() == 1 && row.get(0) == null) {
						continue;
					}
					Relationship rel = Relationship.of(header, row);
					if (Arrays.binarySearch(repeated, rel.hash()) >= 0) {
						merged.computeIfAbsent(rel.key(), (key) -> new LinkedHashMap<>())
							.putAll(GraphImporter.properties(row, header.properties(), IGNORE));
					}
				}
			}
		}
		return merged;
	}

	private record Relationship(NodeLabel start, String startId, RelType type, NodeLabel end, String endId) {

		static Relationship of(ImportHeader.Relationships header, List<@Nullable String> row) {
			RelType type = RelType.find(String.valueOf(row.get(header.typeColumn())).strip()).orElseThrow();
			return new Relationship(header.start(), String.valueOf(row.get(header.startColumn())), type, header.end(),
					String.valueOf(row.get(header.endColumn())));
		}

		long hash() {
			return BulkLoader.hash(this.start, this.startId, this.type.name(), this.end, this.endId);
		}

		String key() {
			return BulkLoader.key(this.start, this.startId, this.type, this.end, this.endId);
		}

	}

	/** The rows of a list of files, read in order and handed out a chunk at a time. */
	private final class Rows implements InputIterator {

		private final Iterator<GraphImporter.Parsed> files;

		private GraphImporter.@Nullable Parsed file;

		private @Nullable Reader reader;

		private @Nullable CsvReader csv;

		Rows(List<GraphImporter.Parsed> files) {
			this.files = files.iterator();
		}

		@Override
		public InputChunk newChunk() {
			return new Chunk();
		}

		@Override
		public synchronized boolean next(InputChunk chunk) throws IOException {
			Chunk rows = (Chunk) chunk;
			rows.clear();
			while (rows.rows.size() < CHUNK_ROWS) {
				if (this.csv == null && !open()) {
					break;
				}
				List<@Nullable String> row = this.csv.next();
				if (row == null) {
					closeFile();
					if (!rows.rows.isEmpty()) {
						break;
					}
					continue;
				}
				if (row.size() == 1 && row.get(0) == null) {
					continue;
				}
				rows.header = this.file.header();
				rows.rows.add(row);
			}
			return !rows.rows.isEmpty();
		}

		private boolean open() throws IOException {
			if (!this.files.hasNext()) {
				return false;
			}
			this.file = this.files.next();
			this.reader = this.file.file().open();
			this.csv = new CsvReader(this.reader, BulkInput.this.maxField, BulkInput.this.maxRecord);
			this.csv.next();
			return true;
		}

		private void closeFile() throws IOException {
			if (this.csv != null) {
				this.csv.close();
			}
			if (this.reader != null) {
				this.reader.close();
			}
			this.csv = null;
			this.reader = null;
		}

		@Override
		public synchronized void close() throws IOException {
			closeFile();
		}

	}

	/** Rows of one file, turned into entities on the importer's thread that took them. */
	private final class Chunk implements InputChunk {

		private final List<List<@Nullable String>> rows = new ArrayList<>(CHUNK_ROWS);

		private @Nullable ImportHeader header;

		private int next;

		void clear() {
			this.rows.clear();
			this.header = null;
			this.next = 0;
		}

		@Override
		public boolean next(InputEntityVisitor visitor) throws IOException {
			while (this.next < this.rows.size()) {
				List<@Nullable String> row = this.rows.get(this.next++);
				boolean visited = (this.header instanceof ImportHeader.Nodes nodes) ? node(nodes, row, visitor)
						: relationship((ImportHeader.Relationships) this.header, row, visitor);
				if (visited) {
					return true;
				}
			}
			return false;
		}

		private boolean node(ImportHeader.Nodes header, List<@Nullable String> row, InputEntityVisitor visitor)
				throws IOException {
			NodeLabel space = header.idSpace();
			Set<NodeLabel> extra = new TreeSet<>(space.extraLabels());
			if (header.labelColumn() >= 0) {
				extra.addAll(GraphImporter.labels(row.get(header.labelColumn()), space, IGNORE));
			}
			List<String> labels = new ArrayList<>(extra.size() + 2);
			labels.add(space.name());
			labels.add(GlobalIds.LABEL);
			extra.forEach((label) -> labels.add(label.name()));
			String id = row.get(header.idColumn());
			// The importer maps the id to the node; the property is written like any
			// other.
			visitor.id(id, group(space));
			visitor.labels(labels.toArray(String[]::new));
			visitor.property("id", id);
			properties(GraphImporter.properties(row, header.properties(), IGNORE), visitor);
			visitor.endOfEntity();
			BulkInput.this.nodes.incrementAndGet();
			return true;
		}

		private boolean relationship(ImportHeader.Relationships header, List<@Nullable String> row,
				InputEntityVisitor visitor) throws IOException {
			Relationship rel = Relationship.of(header, row);
			Map<String, Object> props;
			if (BulkInput.this.repeated.length > 0 && Arrays.binarySearch(BulkInput.this.repeated, rel.hash()) >= 0) {
				String key = rel.key();
				if (!BulkInput.this.emitted.add(key)) {
					return false;
				}
				props = BulkInput.this.merged.getOrDefault(key, Map.of());
			}
			else {
				props = GraphImporter.properties(row, header.properties(), IGNORE);
			}
			visitor.startId(rel.startId(), group(rel.start()));
			visitor.endId(rel.endId(), group(rel.end()));
			visitor.type(rel.type().name());
			properties(props, visitor);
			visitor.endOfEntity();
			BulkInput.this.relationships.incrementAndGet();
			return true;
		}

		// Lists become string arrays, as the embedded writer stores them.
		private static void properties(Map<String, Object> props, InputEntityVisitor visitor) {
			props.forEach((key, value) -> visitor.property(key, (value instanceof List<?> list)
					? list.stream().map(String::valueOf).toArray(String[]::new) : value));
		}

		@Override
		public void close() {
		}

	}

	private Group group(NodeLabel space) {
		return this.groups.get(space.name());
	}

}
