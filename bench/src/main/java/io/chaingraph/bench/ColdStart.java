package io.chaingraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.chaingraph.ChainGraphApplication;

/**
 * Cold start as a user meets it: a new JVM starts the service on a loaded store, timed to
 * its first GraphQL answer. The benchmark's own JVM has every class loaded and compiled
 * by then, so an in-process start would flatter it.
 */
final class ColdStart {

	private ColdStart() {
	}

	static double seconds(Path store, BenchOptions options) throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + (Runtime.getRuntime().maxMemory() / 1048576) + "m", "-cp", System.getProperty("java.class.path"),
				ChainGraphApplication.class.getName()));
		command.addAll(Benchmark.serviceArgs(store, port, options));
		return secondsToFirstAnswer(command, port, Duration.ofMinutes(2));
	}

	/**
	 * Starts the service with {@code command}, without a server to connect to, and times
	 * it from the process's start to its first GraphQL answer on {@code port}; then stops
	 * it with SIGTERM, so that Neo4j closes the store before the next start opens it.
	 */
	static double secondsToFirstAnswer(List<String> command, int port, Duration limit)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().remove("NEO4J_URI");
		long started = System.nanoTime();
		Process process = builder.start();
		try {
			GraphQlClient client = new GraphQlClient(port);
			String body = GraphQlClient.body(Workload.FIRST_ANSWER, Map.of());
			long deadline = started + limit.toNanos();
			while (true) {
				try {
					client.post(body);
					return (System.nanoTime() - started) / 1e9;
				}
				catch (IOException ex) {
					if (!process.isAlive()) {
						throw new IllegalStateException("The service exited with " + process.exitValue());
					}
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("No answer within " + limit + " of start", ex);
					}
					Thread.sleep(20);
				}
			}
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
