package io.chaingraph.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.chaingraph.cli.Invocation;
import io.chaingraph.cli.Verbs;
import io.chaingraph.system.database.EmbeddedDatabase;
import io.chaingraph.system.database.SeedStore;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The importing package's command-line verbs ({@link io.chaingraph.cli.CommandLine}):
 *
 * <pre>
 * java -jar chain-graph.jar import DIR                  import the CSV files under DIR
 * java -jar chain-graph.jar import --empty-store DIR    write a new embedded store from them, in bulk
 * java -jar chain-graph.jar export DIR [--chain ID]     export the graph, or one chain's neighbourhood
 * java -jar chain-graph.jar seed                        load the seed dataset
 * java -jar chain-graph.jar seed-store FILE             write the seeded database a first start unpacks
 * java -jar chain-graph.jar generate --scale N [--seed S] [--out DIR]
 * </pre>
 *
 * They use the same settings as the server ({@code NEO4J_URI} or the embedded store).
 * {@code import --empty-store} checks the files as {@code import} does, then writes them
 * with Neo4j's batch importer into the embedded store directory
 * ({@code CHAINGRAPH_STORE_DIR}), which must be new or empty; the service's start on it
 * then applies the schema files, and the command ends once it has.
 */
public final class ImportingVerbs implements Verbs {

	private static final String EMPTY_STORE = "--empty-store";

	@Override
	public List<Verb> verbs() {
		return List.of(
				new Verb("import", "import DIR | import --empty-store DIR",
						(call) -> call.has(EMPTY_STORE) ? bulkLoad(call)
								: call.withContext((context) -> report(
										context.getBean(GraphImporter.class).run(call.path(1)), call.out()))),
				new Verb("export", "export DIR [--chain ID]", (call) -> call.withContext((context) -> {
					int files = context.getBean(GraphExporter.class).export(call.path(1), call.option("--chain"));
					call.out().printf("Exported %d file(s) to %s%n", files, call.path(1));
					return 0;
				})),
				new Verb("seed", "seed",
						(call) -> call
							.withContext((context) -> report(context.getBean(SeedLoader.class).load(), call.out()))),
				new Verb("seed-store", "seed-store FILE",
						(call) -> seedStore(call.application(), call.args(), call.out())),
				new Verb("generate", "generate --scale N [--seed S] [--out DIR]", ImportingVerbs::generate));
	}

	/**
	 * Seeds a new embedded store in a temporary directory, shuts it down and writes its
	 * database to the file a first start unpacks ({@link SeedStore}). Always embedded:
	 * the archive is store files, which only an embedded database can be started on.
	 */
	private static int seedStore(Class<?> application, String[] args, PrintStream out) throws IOException {
		if (args.length < 2 || args[1].startsWith("--")) {
			throw new IllegalArgumentException("seed-store needs a file");
		}
		Path archive = Path.of(args[1]).toAbsolutePath();
		Path store = Files.createTempDirectory("chaingraph-seed-store-");
		try {
			String fingerprint;
			LocalDate seededOn = LocalDate.now(ZoneOffset.UTC);
			List<String> settings = new java.util.ArrayList<>(List.of("--chaingraph.database.uri=",
					"--chaingraph.database.embedded.store-dir=" + store,
					"--chaingraph.database.embedded.ephemeral=false",
					"--chaingraph.database.embedded.bolt-enabled=false", "--chaingraph.seed.on-empty-start=false",
					"--chaingraph.security.dev-key=false", "--spring.main.banner-mode=off"));
			// Other settings pass through (logging, the schema location); the store's own
			// are the command's.
			java.util.Arrays.stream(args)
				.skip(2)
				.filter((arg) -> arg.startsWith("--") && arg.contains("=") && !arg.startsWith("--chaingraph.database.")
						&& !arg.startsWith("--chaingraph.seed."))
				.forEach(settings::add);
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
				.web(WebApplicationType.NONE)
				.run(settings.toArray(String[]::new))) {
				ImportJob job = context.getBean(SeedLoader.class).load(seededOn);
				if (report(job, out) != 0) {
					return 1;
				}
				SeedLoader.markWorkflowDatesPending(context.getBean(EmbeddedDatabase.class), seededOn);
				fingerprint = SeedStore.fingerprint(context, context.getEnvironment());
			}
			// Closed: Neo4j has shut down and checkpointed, so the files are complete.
			SeedStore.write(store, archive, fingerprint, seededOn);
			out.printf("Wrote the seeded database to %s (%d KB), for first starts on an empty store%n", archive,
					Files.size(archive) / 1024);
			return 0;
		}
		finally {
			FileSystemUtils.deleteRecursively(store);
		}
	}

	/**
	 * Checks the files, writes them into a new embedded store with the batch importer,
	 * then starts the service on it once: its start applies the schema files, and the
	 * workflow changes the import records are written in it.
	 */
	private static int bulkLoad(Invocation call) throws IOException {
		String[] args = call.args();
		PrintStream out = call.out();
		String dir = call.option(EMPTY_STORE);
		if (dir == null || dir.startsWith("--")) {
			throw new IllegalArgumentException("import --empty-store needs a directory of CSV files");
		}
		String uri = call.setting("chaingraph.database.uri", "NEO4J_URI", "");
		if (!uri.isBlank()) {
			throw new IllegalArgumentException("import --empty-store writes the files of an embedded store, and "
					+ "NEO4J_URI names a server; load a server with its own neo4j-admin database import, or import DIR");
		}
		Path store = Path.of(call.setting("chaingraph.database.embedded.store-dir", "CHAINGRAPH_STORE_DIR", "./data"));
		// The import's bounds of a field and a record, so that both check the files
		// alike.
		int maxField = Integer.parseInt(call.setting("chaingraph.import.max-field-length",
				"CHAINGRAPH_IMPORT_MAX_FIELD_LENGTH", String.valueOf(CsvReader.MAX_FIELD_LENGTH)));
		int maxRecord = Integer.parseInt(call.setting("chaingraph.import.max-record-length",
				"CHAINGRAPH_IMPORT_MAX_RECORD_LENGTH", String.valueOf(CsvReader.MAX_RECORD_LENGTH)));
		BulkLoader.Loaded loaded = BulkLoader.load(store, dir, ImportFile.inDirectory(Path.of(dir)), maxField,
				maxRecord, out);
		if (loaded.job().status() != ImportJob.Status.WRITING) {
			return report(loaded.job(), out);
		}
		out.printf(
				"Loaded %d nodes and %d relationships into %s in %.1f s (%.0f relationships/s); "
						+ "starting the service on it to apply the schema%n",
				loaded.job().nodes(), loaded.relationships(), store.toAbsolutePath().normalize(),
				loaded.loadNanos() / 1e9, loaded.relationshipsPerSecond());
		List<String> settings = new java.util.ArrayList<>(java.util.Arrays.stream(args)
			.filter((arg) -> !arg.startsWith("--chaingraph.database.uri=")
					&& !arg.startsWith("--chaingraph.database.embedded.store-dir=")
					&& !arg.startsWith("--chaingraph.database.embedded.ephemeral="))
			.toList());
		settings.addAll(List.of("--chaingraph.database.uri=", "--chaingraph.database.embedded.store-dir=" + store,
				"--chaingraph.database.embedded.ephemeral=false"));
		return call.withContext(settings.toArray(String[]::new), (context) -> {
			loaded.finish(context.getBean(EmbeddedDatabase.class).graph());
			return report(loaded.job(), out);
		});
	}

	private static int generate(Invocation call) throws IOException {
		PrintStream out = call.out();
		String scale = call.option("--scale");
		if (scale == null) {
			throw new IllegalArgumentException("generate needs --scale N");
		}
		String seed = call.option("--seed");
		String dir = call.option("--out");
		Path target = Path.of((dir != null) ? dir : "generated/scale-" + scale);
		ProgrammeGenerator.Summary summary = new ProgrammeGenerator(Integer.parseInt(scale),
				(seed != null) ? Long.parseLong(seed) : 1L)
			.write(target);
		out.printf("Generated scale %s in %s: %d nodes, %d relationships%n", scale, target, summary.nodes(),
				summary.relationships());
		return 0;
	}

	private static int report(ImportJob job, PrintStream out) {
		out.println(job);
		job.errors().forEach((error) -> out.println("  " + error));
		if (job.errorCount() > job.errors().size()) {
			out.printf("  ... and %d more%n", job.errorCount() - job.errors().size());
		}
		if (job.failure() != null) {
			out.println("  " + job.failure());
		}
		return (job.status() == ImportJob.Status.DONE) ? 0 : 1;
	}

}
