package io.chaingraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the security filters and the query limits cost. Two services run side by side in
 * this JVM on copies of one loaded store: one as deployed, one with
 * {@code chaingraph.security.enabled=false} and {@code chaingraph.limits.enabled=false}.
 * Every named query is sent to both in pairs, the order alternating (on then off, off
 * then on), so that the machine's other load, the collector and the JIT fall on both
 * alike. Two runs of the whole benchmark, one with the switches and one without, differed
 * by more than the cost being measured: a shared two-core machine drifts by tens of
 * percent over the minutes between them.
 */
final class Overhead {

	static final int WARMUP_PAIRS = 300;

	static final List<String> SWITCHED_OFF = List.of("--chaingraph.security.enabled=false",
			"--chaingraph.limits.enabled=false");

	/**
	 * One query's figures.
	 *
	 * @param name the named query
	 * @param pairs pairs measured (both sides answered without error)
	 * @param onP50 median latency with security and limits, ms
	 * @param offP50 median latency without them, ms
	 * @param ratio onP50 over offP50
	 * @param pairedRatio median over the pairs of on over off
	 */
	record QueryOverhead(String name, int pairs, double onP50, double offP50, double ratio, double pairedRatio) {

	}

	/**
	 * @param scale the scale measured
	 * @param queries per named query
	 */
	record Result(int scale, List<QueryOverhead> queries) {

		/**
		 * The largest median pair ratio: the statistic the target is held to, since each
		 * pair shares the machine's state of the moment and the ratio of two medians taken
		 * over minutes does not.
		 */
		double worstRatio() {
			return this.queries.stream().mapToDouble(QueryOverhead::pairedRatio).max().orElse(0);
		}

	}

	private Overhead() {
	}

	static Result measure(int scale, Path store, BenchOptions options) throws Exception {
		Path copy = store.resolveSibling(store.getFileName() + "-open");
		copyTree(store, copy);
		try (ConfigurableApplicationContext on = Benchmark.start(store, options);
				ConfigurableApplicationContext off = Benchmark.start(copy, options, SWITCHED_OFF)) {
			RawCypher raw = new RawCypher(on);
			GraphQlClient onClient = new GraphQlClient(Benchmark.port(on));
			GraphQlClient offClient = new GraphQlClient(Benchmark.port(off));
			List<NamedQuery> queries = Workload.queries(Workload.pick(raw, on), raw, on);
			List<QueryOverhead> results = new ArrayList<>();
			for (NamedQuery query : queries) {
				QueryOverhead result = pairs(query, onClient, offClient, options);
				System.out.printf("  overhead %-18s on p50 %7.2f ms | off p50 %7.2f ms | ratio %.3f | paired %.3f"
						+ " | pairs %d%n", result.name(), result.onP50(), result.offP50(), result.ratio(),
						result.pairedRatio(), result.pairs());
				results.add(result);
			}
			return new Result(scale, results);
		}
		finally {
			Benchmark.delete(copy);
		}
	}

	private static QueryOverhead pairs(NamedQuery query, GraphQlClient on, GraphQlClient off, BenchOptions options)
			throws InterruptedException {
		String body = query.body();
		long deadline = System.nanoTime() + options.pointBudget().toNanos();
		// Both services run the classes the main measurement has just compiled; the
		// warm-up is for each service's own caches and plans.
		for (int i = 0; i < Math.min(options.warmup(), WARMUP_PAIRS) && System.nanoTime() < deadline; i++) {
			time(on, body);
			time(off, body);
		}
		int pairs = options.overheadPairs();
		long[] onNanos = new long[pairs];
		long[] offNanos = new long[pairs];
		double[] ratios = new double[pairs];
		int done = 0;
		deadline = System.nanoTime() + 2 * options.pointBudget().toNanos();
		for (int i = 0; i < pairs && System.nanoTime() < deadline; i++) {
			long a;
			long b;
			if (i % 2 == 0) {
				a = time(on, body);
				b = time(off, body);
			}
			else {
				b = time(off, body);
				a = time(on, body);
			}
			// A failed request is left out with its partner, as the pair no longer
			// compares like with like.
			if (a > 0 && b > 0) {
				onNanos[done] = a;
				offNanos[done] = b;
				ratios[done] = (double) a / b;
				done++;
			}
		}
		// The same nearest-rank p50 as every other latency of the report.
		double onP50 = Stats.of(Arrays.copyOf(onNanos, done), 0, 0).p50();
		double offP50 = Stats.of(Arrays.copyOf(offNanos, done), 0, 0).p50();
		return new QueryOverhead(query.name(), done, onP50, offP50, (offP50 > 0) ? onP50 / offP50 : 0,
				median(Arrays.copyOf(ratios, done)));
	}

	// Nanoseconds for one request, or -1 when it failed.
	private static long time(GraphQlClient client, String body) throws InterruptedException {
		long sent = System.nanoTime();
		try {
			client.post(body);
			return Math.max(1, System.nanoTime() - sent);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	static double median(double[] values) {
		if (values.length == 0) {
			return 0;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	// The store was closed cleanly by its service, so its files are a consistent copy.
	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

}
