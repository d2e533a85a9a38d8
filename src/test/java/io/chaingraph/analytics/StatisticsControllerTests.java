package io.chaingraph.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.graph.NodeLabel;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@ChainGraphTest
class StatisticsControllerTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void shouldCountEveryLabelOfTheModelAsTheDatabaseDoes() {
		this.driver.executableQuery("CREATE (:City {id: 'stat-test-city', name: '测试市'})").execute();
		try {
			List<Map<String, Object>> counts = this.graphQl.documentName("statistics")
				.execute()
				.path("statistics.nodeCounts")
				.entityList(Object.class)
				.get()
				.stream()
				.map((row) -> (Map<String, Object>) row)
				.toList();

			assertThat(counts).extracting((row) -> row.get("label"))
				.containsExactlyElementsOf(Arrays.stream(NodeLabel.values()).map(Enum::name).toList());
			for (Map<String, Object> row : counts) {
				long expected = this.driver.executableQuery("MATCH (n:$($label)) RETURN count(n) AS n")
					.withParameters(Map.of("label", row.get("label")))
					.execute()
					.records()
					.get(0)
					.get("n")
					.asLong();
				assertThat(((Number) row.get("count")).longValue()).as("count of %s", row.get("label"))
					.isEqualTo(expected);
			}
			assertThat(counts).filteredOn((row) -> row.get("label").equals("City"))
				.extracting((row) -> ((Number) row.get("count")).longValue())
				.allMatch((count) -> count >= 1);
		}
		finally {
			this.driver.executableQuery("MATCH (c:City {id: 'stat-test-city'}) DELETE c").execute();
		}
	}

}
