package io.chaingraph.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import io.chaingraph.system.BadRequestException;
import io.chaingraph.system.EmbeddedDatabase;
import io.chaingraph.system.NotFoundException;
import io.chaingraph.system.SeedStore;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The command-line verbs of the service jar, run instead of the server:
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
public final class Commands {

	private static final String EMPTY_STORE = "--empty-store";

	private static final Set<String> VERBS = Set.of("import", "export", "seed", "seed-store", "generate", "issue-key",
			"revoke-key");

	private Commands() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && VERBS.contains(args[0]);
	}

	/**
	 * Runs the verb; returns the process exit code.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		try {
			return switch (args[0]) {
				case "generate" -> generate(args, out);
				case "import" -> java.util.Arrays.asList(args).contains(EMPTY_STORE) ? bulkLoad(application, args, out)
						: withContext(application, args, (context) -> {
							ImportJob job = context.getBean(GraphImporter.class).run(path(args, 1));
							return report(job, out);
						});
				case "issue-key" -> withContext(application, args, (context) -> {
					String name = option(args, "--name");
					String roles = option(args, "--roles");
					if (name == null || roles == null) {
						throw new IllegalArgumentException("issue-key needs --name NAME --roles ROLE[,ROLE]");
					}
					java.util.EnumSet<Role> set = java.util.EnumSet.noneOf(Role.class);
					for (String role : roles.split(",")) {
						set.add(Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT)));
					}
					ApiKeys.Issued issued = context.getBean(ApiKeys.class)
						.issue(name, set, option(args, "--enterprise"), option(args, "--department"),
								option(args, "--expert"), "command line");
					out.printf("Issued key %s for %s %s; it is shown only now:%n%s%n", issued.id(), name, set,
							issued.key());
					return 0;
				});
				case "revoke-key" -> withContext(application, args, (context) -> {
					String id = option(args, "--id");
					if (id == null) {
						throw new IllegalArgumentException("revoke-key needs --id ID");
					}
					context.getBean(ApiKeys.class).revoke(id, "command line");
					out.printf("Revoked key %s%n", id);
					return 0;
				});
				case "seed-store" -> seedStore(application, args, out);
				case "seed" ->
					withContext(application, args, (context) -> report(context.getBean(SeedLoader.class).load(), out));
				default -> withContext(application, args, (context) -> {
					int files = context.getBean(GraphExporter.class).export(path(args, 1), option(args, "--chain"));
					out.printf("Exported %d file(s) to %s%n", files, path(args, 1));
					return 0;
				});
			};
		}
		catch (IllegalArgumentException | IOException | BadRequestException | NotFoundException ex) {
			out.println("error: " + ex.getMessage());
			out.println(
					"usage: import DIR | import --empty-store DIR | export DIR [--chain ID] | seed | seed-store FILE | generate --scale N [--seed S] [--out DIR] | "
							+ "issue-key --name NAME --roles ROLE[,ROLE] [--enterprise ID] [--department ID] [--expert ID] | revoke-key --id ID");
			return 2;
		}
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
	private static int bulkLoad(Class<?> application, String[] args, PrintStream out) throws IOException {
		String dir = option(args, EMPTY_STORE);
		if (dir == null || dir.startsWith("--")) {
			throw new IllegalArgumentException("import --empty-store needs a directory of CSV files");
		}
		String uri = setting(args, "chaingraph.database.uri", "NEO4J_URI", "");
		if (!uri.isBlank()) {
			throw new IllegalArgumentException("import --empty-store writes the files of an embedded store, and "
					+ "NEO4J_URI names a server; load a server with its own neo4j-admin database import, or import DIR");
		}
		Path store = Path.of(setting(args, "chaingraph.database.embedded.store-dir", "CHAINGRAPH_STORE_DIR", "./data"));
		// The import's bounds of a field and a record, so that both check the files
		// alike.
		int maxField = Integer.parseInt(setting(args, "chaingraph.import.max-field-length",
				"CHAINGRAPH_IMPORT_MAX_FIELD_LENGTH", String.valueOf(CsvReader.MAX_FIELD_LENGTH)));
		int maxRecord = Integer.parseInt(setting(args, "chaingraph.import.max-record-length",
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
		return withContext(application, settings.toArray(String[]::new), (context) -> {
			loaded.finish(context.getBean(EmbeddedDatabase.class).graph());
			return report(loaded.job(), out);
		});
	}

	// A setting as the service reads it: the command line first, then its environment
	// variable.
	private static String setting(String[] args, String name, String variable, String fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		String value = System.getenv(variable);
		return (value != null) ? value : fallback;
	}

	private static int generate(String[] args, PrintStream out) throws IOException {
		String scale = option(args, "--scale");
		if (scale == null) {
			throw new IllegalArgumentException("generate needs --scale N");
		}
		String seed = option(args, "--seed");
		String dir = option(args, "--out");
		Path target = Path.of((dir != null) ? dir : "generated/scale-" + scale);
		ProgrammeGenerator.Summary summary = new ProgrammeGenerator(Integer.parseInt(scale),
				(seed != null) ? Long.parseLong(seed) : 1L)
			.write(target);
		out.printf("Generated scale %s in %s: %d nodes, %d relationships%n", scale, target, summary.nodes(),
				summary.relationships());
		return 0;
	}

	@FunctionalInterface
	private interface Task {

		int run(ConfigurableApplicationContext context) throws IOException;

	}

	private static int withContext(Class<?> application, String[] args, Task task) throws IOException {
		// Settings such as --chaingraph.database.embedded.store-dir=... pass through to
		// Spring.
		List<String> springArgs = new java.util.ArrayList<>(List.of("--chaingraph.seed.on-empty-start=false",
				"--spring.main.banner-mode=off", "--chaingraph.security.dev-key=false"));
		java.util.Arrays.stream(args)
			.filter((arg) -> arg.startsWith("--") && arg.contains("="))
			.forEach(springArgs::add);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.run(springArgs.toArray(String[]::new))) {
			return task.run(context);
		}
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

	private static Path path(String[] args, int index) {
		if (args.length <= index || args[index].startsWith("--")) {
			throw new IllegalArgumentException(args[0] + " needs a directory");
		}
		return Path.of(args[index]);
	}

	private static @Nullable String option(String[] args, String name) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return null;
	}

}
