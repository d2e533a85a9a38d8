package io.chaingraph.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.system.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.kernel.impl.transaction.stats.DatabaseTransactionStats;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@ChainGraphTest
class StatisticsControllerTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	GraphReads reads;

	@Autowired
	EmbeddedDatabase database;

	// Each statement is one read transaction of the database, and nothing else is: a
	// Spring transaction around the repository opened a driver transaction over Bolt as
	// well, for every request. The fewest of three requests, since a background job of
	// the service may begin a transaction of its own meanwhile.
	@Test
	void eachFigureIsOneStatementInOneDatabaseTransaction() {
		DatabaseTransactionStats transactions = ((GraphDatabaseAPI) this.database.graph()).getDependencyResolver()
			.resolveDependency(DatabaseTransactionStats.class);
		long fewest = Long.MAX_VALUE;
		long statements = 0;
		for (int i = 0; i < 3; i++) {
			long begun = transactions.getNumberOfStartedTransactions();
			long before = this.reads.statements();
			this.graphQl.document("{ statistics { experts nodeCounts { label count } } }")
				.execute()
				.path("statistics.experts")
				.hasValue();
			statements = this.reads.statements() - before;
			fewest = Math.min(fewest, transactions.getNumberOfStartedTransactions() - begun);
		}
		assertThat(fewest).as("database transactions for two figures").isEqualTo(2);
		assertThat(statements).as("statements for two figures").isEqualTo(2);
	}

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
