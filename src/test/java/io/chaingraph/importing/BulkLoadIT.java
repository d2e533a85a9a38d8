package io.chaingraph.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.system.database.EmbeddedDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A bulk load of an empty store writes the graph an import of the same files into an
 * empty database writes: every node with its labels and properties, every relationship
 * with its ends, type and properties. Each side has a database of its own, started here
 * without the service; the online side is the import as the embedded service runs it.
 */
class BulkLoadIT {

	@TempDir
	Path work;

	@Test
	void bulkLoadOfAGeneratedProgrammeShouldEqualItsOnlineImport() throws IOException {
		Path files = this.work.resolve("scale-1");
		new ProgrammeGenerator(1, 5L).write(files);
		List<ImportFile> imported = ImportFile.inDirectory(files);

		Map<String, String> online = onlineImport(imported);
		Map<String, String> bulk = bulkLoad(imported);

		assertThat(online).hasSizeGreaterThan(5_000);
		assertThat(bulk.keySet()).isEqualTo(online.keySet());
		assertThat(bulk).isEqualTo(online);
	}

	@Test
	void bulkLoadOfTheSeedShouldEqualItsOnlineImport() throws IOException {
		List<ImportFile> seed = ImportFile
			.ofResources(new PathMatchingResourcePatternResolver().getResources(SeedLoader.LOCATION), "/seed/");

		Map<String, String> online = onlineImport(seed);
		Map<String, String> bulk = bulkLoad(seed);

		assertThat(online).hasSizeGreaterThan(500);
		assertThat(bulk.keySet()).isEqualTo(online.keySet());
		assertThat(bulk).isEqualTo(online);
	}

	@Test
	void repeatedRelationshipRowsShouldMergeAsTheImportMergesThem() throws IOException {
		List<ImportFile> files = List.of(
				ImportFile.ofText("nodes/Expert.csv", "id:ID(Expert),name,nameEn,title\ne1,张三,Zhang San,教授\n"),
				ImportFile.ofText("nodes/Technology.csv", "id:ID(Technology),name,nameEn\nt1,铜合金,Copper alloy\n"),
				ImportFile.ofText("rels/EXPERT_IN.csv",
						":START_ID(Expert),:END_ID(Technology),:TYPE,level:int\ne1,t1,EXPERT_IN,2\ne1,t1,EXPERT_IN,\n"
								+ "e1,t1,EXPERT_IN,4\n"));

		Map<String, String> online = onlineImport(files);
		Map<String, String> bulk = bulkLoad(files);

		assertThat(online.keySet().stream().filter((key) -> key.startsWith("rel "))).hasSize(1);
		assertThat(online.values()).anyMatch((props) -> props.contains("level=Long:4"));
		assertThat(bulk).isEqualTo(online);
	}

	@Test
	void aStoreThatIsNotEmptyShouldBeRefusedAndLeftAsItIs() throws IOException {
		Path files = this.work.resolve("files");
		writeValidFiles(files);
		Path store = this.work.resolve("store");
		Files.createDirectories(store.resolve("data"));
		Files.writeString(store.resolve("neo4j-password"), "kept", StandardCharsets.UTF_8);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> BulkLoader.load(store, "files", ImportFile.inDirectory(files), CsvReader.MAX_FIELD_LENGTH,
					CsvReader.MAX_RECORD_LENGTH, BulkLoader.quiet()))
			.withMessageContaining("The store " + store + " is not empty")
			.withMessageContaining("import DIR");
		assertThat(Files.readString(store.resolve("neo4j-password"))).isEqualTo("kept");
		try (var entries = Files.list(store)) {
			assertThat(entries.map((path) -> path.getFileName().toString())).containsExactlyInAnyOrder("data",
					"neo4j-password");
		}
	}

	// Each load checks its files before it writes: loads started together all found the
	// store empty, and only one may write into it.
	@Test
	void ofLoadsStartedTogetherOnOneStoreOnlyOneWrites() throws Exception {
		Path files = this.work.resolve("race-files");
		writeValidFiles(files);
		Path store = this.work.resolve("race-store");
		List<String> refusals = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		int written = io.chaingraph.Concurrently.successes(4, (i) -> {
			try {
				return BulkLoader
					.load(store, "files", ImportFile.inDirectory(files), CsvReader.MAX_FIELD_LENGTH,
							CsvReader.MAX_RECORD_LENGTH, BulkLoader.quiet())
					.job()
					.status() == ImportJob.Status.WRITING;
			}
			catch (IllegalArgumentException ex) {
				refusals.add(ex.getMessage());
				return false;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		assertThat(written).isEqualTo(1);
		assertThat(refusals).hasSize(3).allMatch((message) -> message.contains("is not empty"));
		try (var entries = Files.list(store)) {
			assertThat(entries.map((path) -> path.getFileName().toString())).doesNotContain(".bulk-load-in-progress");
		}
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store).build();
		try {
			GraphDatabaseService graph = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			try (var tx = graph.beginTx()) {
				assertThat(tx.findNodes(org.neo4j.graphdb.Label.label("Expert")).stream().count()).isEqualTo(1);
			}
		}
		finally {
			dbms.shutdown();
		}
	}

	@Test
	void anInvalidFileShouldBeRefusedWithTheImportsErrorsBeforeAnythingIsWritten() throws IOException {
		List<ImportFile> files = List.of(
				ImportFile.ofText("nodes/Expert.csv", "id:ID(Expert),name,nameEn,title\ne1,张三,Zhang San,教授\n"),
				ImportFile.ofText("rels/EXPERT_IN.csv",
						":START_ID(Expert),:END_ID(Technology),:TYPE,level:int\ne1,t9,EXPERT_IN,9\n"));
		Path store = this.work.resolve("new-store");

		BulkLoader.Loaded loaded = BulkLoader.load(store, "files", files, CsvReader.MAX_FIELD_LENGTH,
				CsvReader.MAX_RECORD_LENGTH, BulkLoader.quiet());

		assertThat(loaded.job().status()).isEqualTo(ImportJob.Status.REJECTED);
		List<String> bulkErrors = loaded.job().errors().stream().map(ImportError::toString).toList();
		assertThat(bulkErrors).isNotEmpty().anyMatch((error) -> error.contains("no Technology with id 't9'"));
		assertThat(bulkErrors).isEqualTo(onlineErrors(files));
		assertThat(store).doesNotExist();
	}

	private static void writeValidFiles(Path dir) throws IOException {
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("Expert.csv"), "id:ID(Expert),name,nameEn,title\ne1,张三,Zhang San,教授\n",
				StandardCharsets.UTF_8);
	}

	// --- the two sides
	// ---------------------------------------------------------------------

	private Map<String, String> bulkLoad(List<ImportFile> files) throws IOException {
		Path store = Files.createTempDirectory(this.work, "bulk-");
		BulkLoader.Loaded loaded = BulkLoader.load(store, "files", files, CsvReader.MAX_FIELD_LENGTH,
				CsvReader.MAX_RECORD_LENGTH, BulkLoader.quiet());
		assertThat(loaded.job().status()).as(loaded.job().errors().toString()).isEqualTo(ImportJob.Status.WRITING);
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store).build();
		try {
			GraphDatabaseService graph = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			loaded.finish(graph);
			assertThat(loaded.job().status()).isEqualTo(ImportJob.Status.DONE);
			return contents(graph);
		}
		finally {
			dbms.shutdown();
		}
	}

	private Map<String, String> onlineImport(List<ImportFile> files) {
		return withOnlineImporter((importer, graph) -> {
			ImportJob job = importer.run("files", files);
			assertThat(job.status()).as(job.errors().toString()).isEqualTo(ImportJob.Status.DONE);
			return contents(graph);
		});
	}

	private List<String> onlineErrors(List<ImportFile> files) {
		return withOnlineImporter((importer, graph) -> {
			ImportJob job = importer.run("files", files);
			assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
			return job.errors().stream().map(ImportError::toString).toList();
		});
	}

	@FunctionalInterface
	private interface OnlineSide<T> {

		T run(GraphImporter importer, GraphDatabaseService graph);

	}

	// The import as the embedded service runs it: checked over Bolt, written with the
	// embedded writer, into one database for the class, emptied before each use.
	private <T> T withOnlineImporter(OnlineSide<T> side) {
		try (Session session = online.driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume();
		}
		GraphImporter importer = new GraphImporter(online.driver,
				new DefaultListableBeanFactory().getBeanProvider(EmbeddedDatabase.class), new ImportJobs(), 5000,
				"auto");
		GraphDatabaseService graph = online.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		importer.writeInto(graph);
		return side.run(importer, graph);
	}

	private static OnlineDatabase online;

	@BeforeAll
	static void startOnlineDatabase(@TempDir Path store) {
		online = new OnlineDatabase(store);
	}

	@AfterAll
	static void stopOnlineDatabase() {
		online.close();
	}

	private static final class OnlineDatabase implements AutoCloseable {

		final DatabaseManagementService dbms;

		final Driver driver;

		OnlineDatabase(Path store) {
			this.dbms = new DatabaseManagementServiceBuilder(store).setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.build();
			GraphDatabaseAPI system = (GraphDatabaseAPI) this.dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
			int port = system.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			this.driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
			// The constraints the service's schema gives every id space, without which
			// each merge scans its label.
			for (NodeLabel label : NodeLabel.values()) {
				if (label.isIdSpace()) {
					this.driver
						.executableQuery("CREATE CONSTRAINT IF NOT EXISTS FOR (n:`%s`) REQUIRE n.id IS UNIQUE"
							.formatted(label.name()))
						.execute();
				}
			}
		}

		@Override
		public void close() {
			this.driver.close();
			this.dbms.shutdown();
		}

	}

	// --- the comparison
	// --------------------------------------------------------------------

	/**
	 * Every node and relationship as text, keyed by ids: {@code node ID} for a node,
	 * {@code rel START TYPE END} for a relationship. The first status changes an import
	 * records have random ids and may carry the time of the import: they are keyed by
	 * their challenge or demand, and their times left out.
	 */
	private static Map<String, String> contents(GraphDatabaseService graph) {
		Map<String, String> contents = new TreeMap<>();
		try (Transaction tx = graph.beginTx()) {
			Function<Node, String> id = (node) -> {
				String own = (String) node.getProperty("id");
				if (!own.startsWith("sc_import_")) {
					return own;
				}
				Relationship owner = node.getSingleRelationship(
						org.neo4j.graphdb.RelationshipType.withName("HAS_STATUS_CHANGE"),
						org.neo4j.graphdb.Direction.INCOMING);
				return "sc_import of " + owner.getStartNode().getProperty("id");
			};
			try (var nodes = tx.getAllNodes().iterator()) {
				nodes.forEachRemaining((node) -> {
					TreeSet<String> labels = new TreeSet<>();
					node.getLabels().forEach((label) -> labels.add(label.name()));
					boolean recorded = ((String) node.getProperty("id")).startsWith("sc_import_");
					String previous = contents.put("node " + id.apply(node),
							labels + " " + properties(node, recorded ? List.of("id", "at") : List.of()));
					assertThat(previous).as("node %s twice", id.apply(node)).isNull();
				});
			}
			try (var rels = tx.getAllRelationships().iterator()) {
				rels.forEachRemaining((rel) -> {
					String key = "rel %s %s %s".formatted(id.apply(rel.getStartNode()), rel.getType().name(),
							id.apply(rel.getEndNode()));
					String previous = contents.put(key, properties(rel, List.of()));
					assertThat(previous).as("%s twice", key).isNull();
				});
			}
			assertThat(tx.findNodes(Label.label("SchemaMigration")).hasNext()).isFalse();
		}
		return contents;
	}

	private static String properties(Entity entity, List<String> leftOut) {
		Map<String, String> props = new TreeMap<>();
		entity.getAllProperties().forEach((key, value) -> {
			if (!leftOut.contains(key)) {
				props.put(key, value.getClass().getSimpleName() + ":" + ((value instanceof Object[] array)
						? Arrays.asList(array).toString() : String.valueOf(value)));
			}
		});
		return props.toString();
	}

}
