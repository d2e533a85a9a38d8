package io.chaingraph.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

import org.springframework.util.FileSystemUtils;

/**
 * Writes a new store from the files the import command takes, with Neo4j's own batch
 * importer (the engine behind {@code neo4j-admin database import}) instead of one
 * transaction per batch: for a first load of a large programme into an empty store.
 *
 * <p>
 * The files are checked first by the import's own validation, with its errors, and a file
 * with errors writes nothing. Rows reach the importer as the import reads them
 * ({@link BulkInput}), so every label, property and value is what the import would have
 * written; relationship rows that repeat a relationship become one, as the import's merge
 * makes them. The schema files, with their constraints and indexes, are applied by the
 * service's first start on the new store, as for any store; the workflow changes the
 * import records for challenges and demands that came without a history are written then
 * too ({@link Loaded#finish}).
 */
final class BulkLoader {

	private static final Log logger = LogFactory.getLog(BulkLoader.class);

	private BulkLoader() {
	}

	/**
	 * A load whose rows are in the store, waiting for the service's first start on it.
	 *
	 * @param job the import's job: WRITING once the rows are in, REJECTED or FAILED
	 * otherwise
	 * @param history the workflow changes still to record, null unless WRITING
	 * @param relationships relationships written, repeated rows counted once
	 * @param loadNanos how long the batch importer took
	 */
	record Loaded(ImportJob job, @Nullable HistoryCheck history, long relationships, long loadNanos) {

		/**
		 * Records what the import records after the rows (the first workflow change of
		 * each challenge and demand without a history) in the started database, and ends
		 * the job.
		 */
		void finish(GraphDatabaseService graph) {
			if (this.history == null) {
				return;
			}
			try {
				this.history.write(new EmbeddedGraphWriter(graph));
				this.job.finish(ImportJob.Status.DONE, null);
			}
			catch (RuntimeException ex) {
				this.job.finish(ImportJob.Status.FAILED,
						("the rows are in the store, but recording the first status "
								+ "changes failed: %s. Delete the store and load it again")
							.formatted(WriteFailure.reason(ex)));
				throw ex;
			}
		}

		/** Relationships written per second of the batch importer's run. */
		double relationshipsPerSecond() {
			return (this.loadNanos == 0) ? 0 : this.relationships * 1e9 / this.loadNanos;
		}

	}

	// At the store's top, beside data/, where Neo4j reads nothing.
	private static final String CLAIM = ".bulk-load-in-progress";

	/**
	 * Refuses a store directory that exists and is not empty: the batch importer writes
	 * only new stores, and an import into a store that holds data merges instead.
	 */
	static void refuseUnlessEmpty(Path storeDir) throws IOException {
		if (!Files.exists(storeDir)) {
			return;
		}
		if (!Files.isDirectory(storeDir)) {
			throw new IllegalArgumentException("The store %s is a file, not a directory.".formatted(storeDir));
		}
		try (Stream<Path> entries = Files.list(storeDir)) {
			if (entries.findAny().isPresent()) {
				throw notEmpty(storeDir);
			}
		}
	}

	private static IllegalArgumentException notEmpty(Path storeDir) {
		return new IllegalArgumentException(("The store %s is not empty: import --empty-store writes new stores "
				+ "only. Point CHAINGRAPH_STORE_DIR (chaingraph.database.embedded.store-dir) at a new or empty "
				+ "directory, or use import DIR, which adds the files to this store.")
			.formatted(storeDir));
	}

	/**
	 * Takes the empty store for this load with a marker file created atomically, so that
	 * of two loads started together on one directory, which both found it empty while
	 * they checked their files, only one writes; the marker is removed when the load
	 * ends.
	 */
	private static Path claim(Path store) throws IOException {
		refuseUnlessEmpty(store);
		Files.createDirectories(store);
		Path marker = store.resolve(CLAIM);
		try {
			Files.createFile(marker);
		}
		catch (FileAlreadyExistsException ex) {
			throw notEmpty(store);
		}
		try (Stream<Path> entries = Files.list(store)) {
			if (entries.anyMatch((entry) -> !entry.equals(marker))) {
				Files.delete(marker);
				throw notEmpty(store);
			}
		}
		return marker;
	}

	/**
	 * Checks the files, then writes their rows into a new store at {@code storeDir}.
	 * Nothing is written when the store is not empty (an {@link IllegalArgumentException}
	 * says why) or when a file has errors (the job is REJECTED); a load that fails
	 * part-way removes what it wrote.
	 */
	static Loaded load(Path storeDir, String source, List<ImportFile> files, int maxField, int maxRecord,
			PrintStream progress) throws IOException {
		Path store = storeDir.toAbsolutePath().normalize();
		refuseUnlessEmpty(store);
		RelationshipKeys keys = new RelationshipKeys();
		GraphImporter.Checked checked = GraphImporter.checkForEmptyGraph(source, files, maxField, maxRecord, keys::add);
		ImportJob job = checked.job();
		if (job.status() == ImportJob.Status.REJECTED) {
			logger
				.warn("Bulk load %s rejected with %d error(s), nothing written".formatted(job.id(), job.errorCount()));
			return new Loaded(job, null, 0, 0);
		}
		boolean existed = Files.isDirectory(store);
		Path marker = claim(store);
		long[] repeated = keys.repeated();
		Map<String, Map<String, Object>> merged = (repeated.length == 0) ? Map.of()
				: BulkInput.mergeRepeated(checked.parsed(), repeated, maxField, maxRecord);
		job.writing();
		long started = System.nanoTime();
		try {
			BulkInput input = new BulkInput(checked.parsed(), repeated, merged, maxField, maxRecord, job.nodes(),
					job.relationships());
			runImporter(store, input, progress);
			Files.delete(marker);
			long nanos = System.nanoTime() - started;
			job.wrote(job.totalRows());
			logger.info("Bulk load %s wrote %d nodes and %d relationships in %d ms".formatted(job.id(), input.nodes(),
					input.relationships(), nanos / 1_000_000));
			return new Loaded(job, checked.history(), input.relationships(), nanos);
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Bulk load %s failed; removing what it wrote".formatted(job.id()), ex);
			removeWritten(store, existed);
			job.finish(ImportJob.Status.FAILED,
					"the bulk load failed: %s. What it wrote was removed; the store is as it was"
						.formatted(WriteFailure.reason(ex)));
			return new Loaded(job, null, 0, System.nanoTime() - started);
		}
	}

	private static void runImporter(Path store, BulkInput input, PrintStream progress) throws IOException {
		Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, store).build();
		DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
		try (JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler();
				DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
			BatchImporter importer = engine.batchImporter(layout, fs, PageCacheTracer.NULL, Configuration.DEFAULT,
					new SimpleLogService(NullLogProvider.getInstance()), progress, false, DefaultAdditionalIds.EMPTY,
					config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
					TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
					EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY);
			importer.doImport(input.asInput());
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	private static void removeWritten(Path store, boolean existed) throws IOException {
		if (!existed) {
			FileSystemUtils.deleteRecursively(store);
			return;
		}
		try (Stream<Path> entries = Files.list(store)) {
			for (Path entry : entries.toList()) {
				FileSystemUtils.deleteRecursively(entry);
			}
		}
	}

	/** A stream that drops what is written to it, for a load that reports nothing. */
	static PrintStream quiet() {
		return new PrintStream(OutputStream.nullOutputStream());
	}

	/**
	 * Hashes of every relationship row's key (its ends and type), so that the rows that
	 * repeat a relationship can be found without keeping the keys themselves: equal keys
	 * have equal hashes, and the rare unequal keys with one hash are told apart later by
	 * their text.
	 */
	static final class RelationshipKeys {

		private long[] hashes = new long[1024];

		private int size;

		void add(ImportHeader.Relationships header, List<@Nullable String> row) {
			String start = row.get(header.startColumn());
			String end = row.get(header.endColumn());
			String type = row.get(header.typeColumn());
			if (start == null || end == null || type == null) {
				return;
			}
			if (this.size == this.hashes.length) {
				this.hashes = java.util.Arrays.copyOf(this.hashes, this.size * 2);
			}
			this.hashes[this.size++] = hash(header.start(), start, type.strip(), header.end(), end);
		}

		/** The hashes seen more than once, sorted. */
		long[] repeated() {
			long[] sorted = java.util.Arrays.copyOf(this.hashes, this.size);
			java.util.Arrays.sort(sorted);
			java.util.stream.LongStream.Builder repeated = java.util.stream.LongStream.builder();
			for (int i = 1; i < sorted.length; i++) {
				if (sorted[i] == sorted[i - 1] && (i == 1 || sorted[i - 1] != sorted[i - 2])) {
					repeated.add(sorted[i]);
				}
			}
			return repeated.build().toArray();
		}

	}

	// FNV-1a over the key's parts, each ended by a character no id or type holds.
	static long hash(NodeLabel start, String startId, String type, NodeLabel end, String endId) {
		long hash = 0xcbf29ce484222325L;
		for (String part : new String[] { start.name(), startId, type, end.name(), endId }) {
			for (int i = 0; i < part.length(); i++) {
				hash = (hash ^ part.charAt(i)) * 0x100000001b3L;
			}
			hash = (hash ^ 0xFFFF) * 0x100000001b3L;
		}
		return hash;
	}

	static String key(NodeLabel start, String startId, RelType type, NodeLabel end, String endId) {
		return String.join("\u0000", start.name(), startId, type.name(), end.name(), endId);
	}

}
