package io.chaingraph.importing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chaingraph.ChainGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's files, bulk-loaded by the command a user runs, give a store the service
 * starts on and answers from, full-text search included; the same command refuses a store
 * that holds anything. Each step runs in a JVM of its own, as a user runs it.
 */
class BulkLoadCommandIT {

	private static final Pattern READY = Pattern.compile("GraphQL (http://\\S+)/graphql,");

	@TempDir
	Path work;

	@Test
	void generatedFilesBulkLoadedShouldGiveAStoreTheServiceStartsOnAndAnswersFrom() throws Exception {
		Path files = this.work.resolve("scale-1");
		new ProgrammeGenerator(1, 3L).write(files);
		Path taken = this.work.resolve("taken");
		Files.createDirectories(taken);
		Files.writeString(taken.resolve("notes.txt"), "someone's", StandardCharsets.UTF_8);
		Path store = this.work.resolve("store");

		Run refused = run("import", "--empty-store", files.toString(), store(taken));
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.output()).contains("The store " + taken + " is not empty");
		assertThat(taken.toFile().list()).containsExactly("notes.txt");

		Run loaded = run("import", "--empty-store", files.toString(), store(store));
		assertThat(loaded.exitCode()).as(loaded.output()).isZero();
		assertThat(loaded.output()).contains("Loaded ", "relationships/s", "Schema up to date", ": DONE, ");

		// A cold plan on a shared build machine may outlast the production read timeout.
		Process service = command("--server.port=0", store(store), "--chaingraph.limits.read-timeout=60s").start();
		try {
			String url = awaitReady(service, Duration.ofMinutes(3));
			String answer = post(url, """
					{ statistics { enterprises }
					  search(text: "合成企业-000001", first: 1) { node { id } } }""");
			assertThat(answer).doesNotContain("\"errors\"").contains("\"id\":\"g_enterprise_000001\"");
			assertThat(answer).containsPattern("\"enterprises\":[1-9]");
		}
		finally {
			service.destroy();
			if (!service.waitFor(60, TimeUnit.SECONDS)) {
				service.destroyForcibly();
			}
		}
	}

	private record Run(int exitCode, String output) {

	}

	private static String store(Path dir) {
		return "--chaingraph.database.embedded.store-dir=" + dir;
	}

	private static ProcessBuilder command(String... args) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-cp",
						System.getProperty("java.class.path"), ChainGraphApplication.class.getName()));
		command.addAll(List.of(args));
		command.addAll(List.of("--chaingraph.database.uri=", "--chaingraph.database.embedded.bolt-port=0"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("NEO4J_URI");
		builder.environment().remove("CHAINGRAPH_STORE_DIR");
		return builder;
	}

	private Run run(String... args) throws Exception {
		Path log = Files.createTempFile(this.work, "command", ".log");
		Process process = command(args).redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("Timed out: " + String.join(" ", args));
		}
		return new Run(process.exitValue(), Files.readString(log));
	}

	private static String awaitReady(Process process, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		StringBuilder output = new StringBuilder();
		var lines = process.inputReader(StandardCharsets.UTF_8);
		for (String line = lines.readLine(); line != null && System.nanoTime() < deadline; line = lines.readLine()) {
			output.append(line).append('\n');
			Matcher ready = READY.matcher(line);
			if (ready.find()) {
				// The rest of the output goes on being read, so the process never blocks
				// on a full pipe.
				Thread drain = new Thread(() -> lines.lines().forEach((rest) -> {
				}), "service-output");
				drain.setDaemon(true);
				drain.start();
				return ready.group(1);
			}
		}
		throw new IllegalStateException("The service did not become ready:\n" + output);
	}

	private static String post(String url, String query) throws IOException, InterruptedException {
		String body = "{\"query\":" + quote(query) + "}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
