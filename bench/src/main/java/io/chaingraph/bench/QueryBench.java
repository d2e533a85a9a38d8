package io.chaingraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;

/**
 * Measures every named query on a running service, as GraphQL over HTTP and as raw
 * Cypher in the embedded database's own transactions in this process, after a warm-up,
 * at each concurrency.
 */
final class QueryBench {

	/**
	 * One named query's figures.
	 *
	 * @param name the query
	 * @param graphqlAnswer signature of the GraphQL answer
	 * @param rawAnswer signature of the raw-Cypher answer
	 * @param sameAnswer whether they agree
	 * @param graphql figures per concurrency, over HTTP
	 * @param raw figures per concurrency, raw Cypher
	 * @param ratioP50 GraphQL's median latency over raw Cypher's, per concurrency
	 * @param serverP50 the median of what the service said (Server-Timing) it spent executing
	 * each of the same requests, per concurrency; NaN when it did not say
	 */
	record QueryResult(String name, String graphqlAnswer, String rawAnswer, boolean sameAnswer,
			Map<Integer, Stats> graphql, Map<Integer, Stats> raw, Map<Integer, Double> ratioP50,
			Map<Integer, Double> serverP50) {

	}

	/**
	 * The figures of a run over one loaded graph.
	 *
	 * @param arguments what the queries were asked about
	 * @param queries per named query
	 * @param queryList the queries themselves, for a later constant-arrival run
	 */
	record Measured(Workload.Arguments arguments, List<QueryResult> queries, List<NamedQuery> queryList) {

	}

	private QueryBench() {
	}

	static Measured measure(ApplicationContext service, int port, BenchOptions options) throws Exception {
		GraphQlClient client = new GraphQlClient(port);
		RawCypher raw = new RawCypher(service);
		Workload.Arguments arguments = Workload.pick(raw, service);
		System.out.println("  arguments: " + arguments);
		List<NamedQuery> queries = Workload.queries(arguments, raw, service);
		List<QueryResult> results = new ArrayList<>();
		for (NamedQuery query : queries) {
			// The constant-arrival run still gets every query: its mix names them all.
			if (options.queries().isEmpty() || options.queries().contains(query.name())) {
				results.add(measure(query, client, options));
			}
		}
		return new Measured(arguments, results, queries);
	}

	private static QueryResult measure(NamedQuery query, GraphQlClient client, BenchOptions options)
			throws Exception {
		String body = query.body();
		String graphqlAnswer = answer(() -> query.answer().apply(client.post(body)));
		String rawAnswer = answer(query.raw()::call);
		warmUp(() -> client.post(body), options);
		warmUp(query.raw()::call, options);
		Map<Integer, Stats> graphql = new LinkedHashMap<>();
		Map<Integer, Stats> raw = new LinkedHashMap<>();
		Map<Integer, Double> server = new LinkedHashMap<>();
		for (int concurrency : options.concurrency()) {
			List<Double> executed = java.util.Collections.synchronizedList(new ArrayList<>());
			graphql.put(concurrency, ClosedLoop.run(() -> {
				client.post(body);
				executed.add(client.lastServerMillis());
			}, options.requests(), concurrency, options.pointBudget()));
			server.put(concurrency, median(executed));
			raw.put(concurrency, ClosedLoop.run(query.raw()::call, options.requests(), concurrency, options.pointBudget()));
			Stats over = graphql.get(concurrency);
			Stats under = raw.get(concurrency);
			System.out.printf("  %-18s c=%-2d graphql p50 %7.2f ms p99 %7.2f ms %7.1f req/s (server p50 %7.2f ms)"
					+ " | raw p50 %7.2f ms %7.1f req/s | errors %d/%d | n %d/%d%n", query.name(), concurrency, over.p50(),
					over.p99(), over.throughput(), server.get(concurrency), under.p50(), under.throughput(), over.errors(),
					under.errors(), over.requests(), under.requests());
		}
		Map<Integer, Double> ratios = new LinkedHashMap<>();
		graphql.forEach((concurrency, over) -> {
			double under = raw.get(concurrency).p50();
			ratios.put(concurrency, (under > 0) ? over.p50() / under : 0);
		});
		return new QueryResult(query.name(), graphqlAnswer, rawAnswer, graphqlAnswer.equals(rawAnswer), graphql, raw,
				ratios, server);
	}

	private static double median(List<Double> values) {
		double[] sorted;
		synchronized (values) {
			sorted = values.stream().mapToDouble(Double::doubleValue).filter((value) -> !Double.isNaN(value)).sorted().toArray();
		}
		return (sorted.length == 0) ? Double.NaN : sorted[(sorted.length - 1) / 2];
	}

	// Failures here show again in the measured requests; a query too slow to warm up in the
	// point's budget is measured cold.
	private static void warmUp(ClosedLoop.Call call, BenchOptions options) {
		long deadline = System.nanoTime() + options.pointBudget().toNanos();
		for (int i = 0; i < options.warmup() && System.nanoTime() < deadline; i++) {
			try {
				call.run();
			}
			catch (Exception ex) {
				// counted when measured
			}
		}
	}

	@FunctionalInterface
	private interface Answer {

		String get() throws Exception;

	}

	// A failed first answer is reported, not thrown: the other queries still run.
	private static String answer(Answer answer) {
		try {
			return answer.get();
		}
		catch (Exception ex) {
			return "ERROR " + ex.getMessage();
		}
	}

	static @Nullable QueryResult find(List<QueryResult> results, String name) {
		return results.stream().filter((result) -> result.name().equals(name)).findFirst().orElse(null);
	}

}
