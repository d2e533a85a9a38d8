package io.chaingraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What to run, from {@code bench.*} system properties (bench/README.md lists them).
 *
 * @param scales generator scales, each on a fresh database
 * @param requests measured requests per query, side and concurrency
 * @param warmup requests per query and side before measuring
 * @param concurrency closed-loop client threads
 * @param pointBudget the longest one query, side and concurrency may take; fewer
 * requests are counted when it runs out
 * @param arrival whether to run the constant-arrival test
 * @param arrivalScale the scale it runs at
 * @param arrivalRate requests per second
 * @param arrivalSeconds its length
 * @param quality whether to compute MAP and P@10 at each scale
 * @param seed generator seed
 * @param out where the report goes
 * @param serviceArgs extra Spring arguments for the service, such as {@code --foo=bar}
 * @param overheadScale the scale at which security and limits are measured on and off
 * ({@link Overhead}); 0 for none
 * @param overheadPairs measured pairs per query there
 * @param queries the named queries to measure, all when empty: {@code ask,expertsFor}
 * measures the reading of a question beside the operation it runs in minutes instead of
 * the whole run's hour
 */
record BenchOptions(List<Integer> scales, int requests, int warmup, List<Integer> concurrency, Duration pointBudget,
		boolean arrival,
		int arrivalScale, int arrivalRate, int arrivalSeconds, boolean quality, long seed, Path out,
		List<String> serviceArgs, int overheadScale, int overheadPairs, List<String> queries) {

	static BenchOptions fromSystemProperties() {
		return new BenchOptions(ints(property("bench.scales", "1,10,100")),
				Integer.parseInt(property("bench.requests", "100")), Integer.parseInt(property("bench.warmup", "2000")),
				ints(property("bench.concurrency", "1,4,16")),
				Duration.ofSeconds(Long.parseLong(property("bench.point.seconds", "60"))), Boolean.parseBoolean(property("bench.arrival", "true")),
				Integer.parseInt(property("bench.arrival.scale", "10")),
				Integer.parseInt(property("bench.arrival.rate", "200")),
				Integer.parseInt(property("bench.arrival.seconds", "60")),
				Boolean.parseBoolean(property("bench.quality", "true")), Long.parseLong(property("bench.seed", "1")),
				Path.of(property("bench.out", "bench/results")), list(property("bench.service.args", "")),
				Integer.parseInt(property("bench.overhead.scale", "1")),
				Integer.parseInt(property("bench.overhead.pairs", "500")), list(property("bench.queries", "")));
	}

	// Maven passes an unset property as empty text, which means the default too.
	private static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

	private static List<Integer> ints(String text) {
		return list(text).stream().map(Integer::parseInt).toList();
	}

	private static List<String> list(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

}
