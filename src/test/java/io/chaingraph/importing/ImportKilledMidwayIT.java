package io.chaingraph.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.chaingraph.ChainGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed with SIGKILL halfway through its writes, then run again on the same
 * store, gives the same graph as one clean import: batches merge on ids, and Neo4j
 * recovers the store of a killed process. Each step is the command a user runs, in a JVM
 * of its own, so the kill is a real one.
 */
class ImportKilledMidwayIT {

	private static final Pattern PROGRESS = Pattern.compile("WRITING, (\\d+)/(\\d+) rows");

	@TempDir
	Path work;

	@Test
	void importKilledMidwayAndRunAgainShouldEqualCleanImport() throws Exception {
		// Scale 3 (about 16,000 rows) keeps a one-row-per-transaction import writing well
		// past its first progress line even on a fast, idle machine.
		Path files = this.work.resolve("scale-3");
		new ProgrammeGenerator(3, 7L).write(files);
		Path resumed = this.work.resolve("resumed");
		Path clean = this.work.resolve("clean");

		// One row per transaction, so that the import is still writing when its first
		// progress line (after 5 s) appears, and is killed between committed batches.
		// The clean import's store shares nothing with the other, so it runs meanwhile:
		// each
		// command is a JVM start, and the two sequences overlap their waits.
		java.util.concurrent.CompletableFuture<Integer> cleanImport = async(
				() -> run("import", files.toString(), store(clean)));
		Process killed = command("import", files.toString(), store(resumed), "--chaingraph.import.batch-size=1")
			.start();
		long[] progress = awaitProgress(killed, Duration.ofMinutes(3));
		killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(progress[0]).as("rows written before the kill").isPositive().isLessThan(progress[1]);
		System.out.printf("Import killed after %d of %d rows%n", progress[0], progress[1]);

		assertThat(run("import", files.toString(), store(resumed))).isZero();
		assertThat(cleanImport.get(10, TimeUnit.MINUTES)).isZero();
		java.util.concurrent.CompletableFuture<Integer> cleanExport = async(
				() -> run("export", this.work.resolve("export-clean").toString(), store(clean)));
		assertThat(run("export", this.work.resolve("export-resumed").toString(), store(resumed))).isZero();
		assertThat(cleanExport.get(10, TimeUnit.MINUTES)).isZero();

		Map<String, String> fromResumed = contents(this.work.resolve("export-resumed"));
		assertThat(fromResumed).isNotEmpty();
		assertThat(fromResumed).isEqualTo(contents(this.work.resolve("export-clean")));
	}

	@FunctionalInterface
	private interface Command {

		int run() throws Exception;

	}

	private static java.util.concurrent.CompletableFuture<Integer> async(Command command) {
		return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try {
				return command.run();
			}
			catch (Exception ex) {
				throw new java.util.concurrent.CompletionException(ex);
			}
		});
	}

	private static String store(Path dir) {
		return "--chaingraph.database.embedded.store-dir=" + dir;
	}

	private static ProcessBuilder command(String... args) {
		List<String> command = new ArrayList<>(
				// Five commands start one after another, each briefly: the first JIT tier
				// and
				// the serial collector start them sooner than the defaults do on two
				// cores.
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						ChainGraphApplication.class.getName()));
		command.addAll(List.of(args));
		command.addAll(List.of("--chaingraph.database.uri=", "--chaingraph.database.embedded.bolt-port=0"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("NEO4J_URI");
		return builder;
	}

	private int run(String... args) throws Exception {
		Path log = Files.createTempFile(this.work, "command", ".log");
		Process process = command(args).redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("Timed out: " + String.join(" ", args));
		}
		if (process.exitValue() != 0) {
			System.err.println(Files.readString(log));
		}
		return process.exitValue();
	}

	/**
	 * Reads the import's output until it reports rows written; returns {rows, total}.
	 */
	private static long[] awaitProgress(Process process, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		StringBuilder output = new StringBuilder();
		try (var lines = process.inputReader(StandardCharsets.UTF_8)) {
			for (String line = lines.readLine(); line != null
					&& System.nanoTime() < deadline; line = lines.readLine()) {
				output.append(line).append('\n');
				Matcher matcher = PROGRESS.matcher(line);
				if (matcher.find() && Long.parseLong(matcher.group(1)) > 0) {
					return new long[] { Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)) };
				}
			}
		}
		throw new IllegalStateException("The import reported no progress:\n" + output);
	}

	private static Map<String, String> contents(Path dir) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				contents.put(dir.relativize(path).toString(), Files.readString(path));
			}
		}
		return contents;
	}

}
