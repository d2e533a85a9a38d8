package io.chaingraph.system.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import io.chaingraph.ChainGraphTest;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator reads in Prometheus and in the Grafana dashboard: request times by
 * operation name, data fetcher times by field coordinate, and every series the dashboard
 * queries.
 */
@ChainGraphTest
class GraphQlMetricsTests {

	private static final Path DASHBOARD = Path.of("tools/grafana/chain-graph.json");

	private static final Pattern METRIC = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\{");

	private static final Pattern GROUPED_BY = Pattern.compile("\\bby \\(([^)]*)\\)");

	@Autowired
	WebTestClient http;

	@Autowired
	ApiKeys keys;

	@Test
	void shouldTimeRequestsByOperationNameAndUnnamedOnesAsAnonymous() {
		post("query MetricsProbe { statistics { nodeCounts { label } } }");
		post("{ __typename }");

		List<String> requests = series(prometheus(), "graphql_request_seconds_count");
		assertThat(requests).anySatisfy((line) -> assertThat(line).contains("graphql_operation_name=\"MetricsProbe\""));
		assertThat(requests).anySatisfy((line) -> assertThat(line).contains("graphql_operation_name=\"anonymous\""));
	}

	@Test
	void shouldTimeDataFetchersByFieldCoordinate() {
		post("query MetricsProbe { statistics { nodeCounts { label } } }");

		assertThat(series(prometheus(), "graphql_datafetcher_seconds_count"))
			.anySatisfy((line) -> assertThat(line).contains("graphql_field_coordinate=\"Query.statistics\""));
	}

	@Test
	void shouldKnowTheExplorersOperationsByName() {
		assertThat(GraphQlMetrics.explorerOperations(new PathMatchingResourcePatternResolver()))
			.contains("ExpertsFor", "ChainMap", "PostChallenge")
			.allSatisfy((name) -> assertThat(name).matches("[A-Z]\\w+"));
	}

	@Test
	void shouldExposeEveryMetricAndLabelTheDashboardQueries() throws IOException {
		post("query MetricsProbe { statistics { nodeCounts { label } } }");
		post("{ __typename }");
		String metrics = prometheus();

		List<String> expressions = dashboardExpressions();
		assertThat(expressions).isNotEmpty();
		Set<String> names = new LinkedHashSet<>();
		Set<String> labels = new LinkedHashSet<>();
		for (String expression : expressions) {
			Matcher metric = METRIC.matcher(expression);
			boolean any = false;
			while (metric.find()) {
				names.add(metric.group(1));
				any = true;
			}
			assertThat(any).as("a metric name followed by a selector in %s", expression).isTrue();
			Matcher by = GROUPED_BY.matcher(expression);
			while (by.find()) {
				for (String label : by.group(1).split(",")) {
					if (!label.strip().equals("le")) {
						labels.add(label.strip());
					}
				}
			}
		}
		assertThat(names).contains("graphql_request_seconds_count", "graphql_datafetcher_seconds_sum");
		assertThat(names).allSatisfy((name) -> assertThat(series(metrics, name)).as("series of %s", name)
			.anySatisfy((line) -> assertThat(line).contains("application=\"chain-graph\"")));
		assertThat(labels).allSatisfy((label) -> assertThat(metrics).contains(label + "=\""));
	}

	private static List<String> dashboardExpressions() throws IOException {
		JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
		List<String> expressions = new ArrayList<>();
		for (JsonNode panel : dashboard.get("panels")) {
			for (JsonNode target : panel.get("targets")) {
				expressions.add(target.get("expr").asText());
			}
		}
		return expressions;
	}

	private static List<String> series(String metrics, String name) {
		return metrics.lines().filter((line) -> line.startsWith(name + "{")).toList();
	}

	private void post(String query) {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"" + query + "\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist();
	}

	private String prometheus() {
		return TestKeys.prometheus(this.http, this.keys);
	}

}
