package io.chaingraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.bench.QueryBench.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's smoke run, so that it cannot rot: every named query, a few times, over
 * HTTP and as raw Cypher, against the suite's running service and database (the seed, not
 * a generated scale: a second database would cost the suite its start-up time), then the
 * report files.
 */
@ChainGraphTest
class BenchmarkSmokeTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext service;

	@Test
	void everyNamedQueryAnswersAlikeOverHttpAndAsRawCypherAndTheReportIsWritten(@TempDir Path out) throws Exception {
		BenchOptions options = new BenchOptions(List.of(1), 3, 0, List.of(1), Duration.ofMinutes(1), false, 1, 1, 1,
				false, 1, out, List.of(), 0, 0, List.of());
		QueryBench.Measured measured = QueryBench.measure(this.service, this.port, options);

		assertThat(measured.queries()).extracting(QueryResult::name)
			.containsExactly("expertsFor", "ask", "expertsFor text", "teamsFor", "chainMap", "search",
					"nested 3 levels", "connection 4 hops", "statistics", "HTTP floor");
		for (QueryResult query : measured.queries()) {
			assertThat(query.graphqlAnswer()).as(query.name()).isNotBlank().doesNotStartWith("ERROR");
			assertThat(query.rawAnswer()).as(query.name()).isEqualTo(query.graphqlAnswer());
			assertThat(query.graphql().get(1).requests()).as(query.name()).isEqualTo(3);
			assertThat(query.graphql().get(1).errors()).as(query.name()).isZero();
			assertThat(query.raw().get(1).errors()).as(query.name()).isZero();
			assertThat(query.graphql().get(1).p50()).as(query.name()).isPositive();
			// What the service says it spent is part of what the client waited.
			assertThat(query.serverP50().get(1)).as(query.name())
				.isPositive()
				.isLessThanOrEqualTo(query.graphql().get(1).max());
		}
		assertThat(GraphQlClient.duration("graphql;dur=12.345")).isEqualTo(12.345);
		assertThat(GraphQlClient.duration("graphql")).isNaN();

		// Figures of the on-and-off comparison, made up to check what the report
		// makes of them: one query within 5 %, one over.
		Overhead.Result overhead = new Overhead.Result(1,
				List.of(new Overhead.QueryOverhead("expertsFor", 500, 10.2, 10.0, 1.02, 1.01),
						new Overhead.QueryOverhead("search", 500, 5.4, 5.0, 1.08, 1.07),
						new Overhead.QueryOverhead("chainMap", 500, 3.3, 3.0, 1.10, 1.04)));
		Report.write(Report.results(Map.of("data", "the test suite's seed"), List.of(new Report.ScaleResult(1, "seed",
				0, 0, 0, 0, 0, 0, 0, 0, null, measured.arguments(), measured.queries())), null, overhead), out);
		assertThat(Files.readString(out.resolve(Report.MARKDOWN_FILE))).contains("| expertsFor | 1 |")
			.contains("GraphQL execution in the service (Server-Timing) / raw in-process Cypher p50 <= 1.3")
			.contains("ask: reading the question p50 <= 20 ms beyond the operation it runs")
			.contains("| statistics | 1 |")
			.contains("| expertsFor | 500 | 10.20 | 10.00 | 1.020 | 1.010 |")
			.contains("| security filters and query limits cost <= 5 % of p50 for every query at scale 1 (paired)"
					+ " | search +7.0 % | NO |");
		assertThat(Overhead.median(new double[] { 3, 1, 2 })).isEqualTo(2);
		assertThat(Overhead.median(new double[] { 4, 1, 2, 3 })).isEqualTo(2.5);
		assertThat(Files.readString(out.resolve(Report.JSON_FILE))).contains("\"ratioP50\"");
		byte[] png = Files.readAllBytes(out.resolve(Report.CHART_FILE));
		assertThat(png).hasSizeGreaterThan(1000).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void onlyTheNamedQueriesAskedForAreMeasuredAndTheArrivalRunStillGetsThemAll(@TempDir Path out) throws Exception {
		BenchOptions options = new BenchOptions(List.of(1), 2, 0, List.of(1), Duration.ofMinutes(1), false, 1, 1, 1,
				false, 1, out, List.of(), 0, 0, List.of("ask", "expertsFor"));
		QueryBench.Measured measured = QueryBench.measure(this.service, this.port, options);

		assertThat(measured.queries()).extracting(QueryResult::name).containsExactly("expertsFor", "ask");
		assertThat(measured.queryList()).extracting(NamedQuery::name).contains("chainMap", "statistics");
	}

}
