package io.chaingraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Start as the README's quick start meets it: {@code java -jar} on the service jar, timed
 * from the process's start to its first successful GraphQL answer, on an empty store
 * (schema files and the seed applied on the way) and then again on that store (a
 * restart). Each figure is the median of {@code bench.start.rounds} rounds, a new store
 * per round; the machine's load is recorded with it, since on a shared machine it decides
 * the figure more than anything the service does.
 *
 * @see Benchmark
 */
final class JarStart {

	/**
	 * The figures.
	 *
	 * @param jar the jar started
	 * @param javaOptions JVM options given before {@code -jar}
	 * @param emptySeconds each round's start on an empty store, in seconds
	 * @param restartSeconds each round's start on the store the round's first start made
	 * @param emptyMedian median of {@code emptySeconds}
	 * @param restartMedian median of {@code restartSeconds}
	 * @param loadBefore the one-minute load average before the first round
	 * @param loadAfter the same after the last round
	 */
	record Result(String jar, List<String> javaOptions, List<Double> emptySeconds, List<Double> restartSeconds,
			double emptyMedian, double restartMedian, double loadBefore, double loadAfter) {

	}

	private JarStart() {
	}

	/**
	 * Measures, or null when {@code bench.jar} names no file (the jar is built by
	 * {@code package}, which {@code -Pbench verify} runs first).
	 */
	static @Nullable Result measure(Path work) throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty("bench.jar", "target/chain-graph-0.1.0-SNAPSHOT.jar"));
		if (!Files.isRegularFile(jar)) {
			System.out.println("  start: no jar at " + jar.toAbsolutePath() + ", skipped");
			return null;
		}
		int rounds = Integer.getInteger("bench.start.rounds", 3);
		List<String> javaOptions = Arrays.stream(System.getProperty("bench.start.java-options", "").split("\\s+"))
			.filter((option) -> !option.isBlank())
			.toList();
		double loadBefore = Benchmark.loadAverage();
		List<Double> empty = new ArrayList<>();
		List<Double> restart = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			Path store = work.resolve("start-" + round);
			empty.add(seconds(jar, javaOptions, store));
			restart.add(seconds(jar, javaOptions, store));
			System.out.printf("  start round %d: empty store %.1f s, restart %.1f s (load %.1f)%n", round,
					empty.get(empty.size() - 1), restart.get(restart.size() - 1), Benchmark.loadAverage());
			Benchmark.delete(store);
		}
		return new Result(jar.toString(), javaOptions, empty, restart, median(empty), median(restart), loadBefore,
				Benchmark.loadAverage());
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static double seconds(Path jar, List<String> javaOptions, Path store)
			throws IOException, InterruptedException {
		int port = ColdStart.freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(javaOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--chaingraph.database.uri=", "--chaingraph.database.embedded.store-dir=" + store.toAbsolutePath(),
				"--chaingraph.database.embedded.bolt-port=0", "--chaingraph.seed.on-empty-start=true"));
		return ColdStart.secondsToFirstAnswer(command, port, Duration.ofMinutes(3));
	}

}
