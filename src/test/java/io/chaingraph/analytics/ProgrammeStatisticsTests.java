package io.chaingraph.analytics;

import java.util.Map;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code statistics} gives the article's figures on the seed, counted in the graph, with
 * the reported figures apart.
 */
@ChainGraphTest
class ProgrammeStatisticsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void programmeStatisticsAreTheArticleFigures() {
		this.graphQl.documentName("programmeStatistics")
			.execute()
			.path("statistics")
			.entity(Map.class)
			.satisfies((stats) -> assertThat(stats).containsEntry("pilotChains", 8)
				.containsEntry("keyChains", 12)
				.containsEntry("consortia", 6)
				.containsEntry("enterprises", 147)
				.containsEntry("institutes", 25)
				.containsEntry("universities", 27)
				.containsEntry("experts", 157)
				.containsEntry("academicians", 13))
			.path("statistics.demandsByStatus[*].status")
			.entityList(String.class)
			.containsExactly("ACCEPTED", "DISPATCHED", "RAISED", "RESOLVED")
			.path("statistics.reportedFigures[?(@.id == 'fig_new_orgs')].value")
			.entityList(Double.class)
			.containsExactly(253.0);
	}

	@Test
	void chainStatisticsCountOnlyThatChain() {
		this.graphQl.documentName("programmeStatistics")
			.variable("chain", "chain_led")
			.execute()
			.path("statistics")
			.entity(Map.class)
			.satisfies((stats) -> assertThat(stats).containsEntry("chains", 1)
				.containsEntry("pilotChains", 1)
				.containsEntry("consortia", 1)
				.containsEntry("experts", 27)
				.containsEntry("academicians", 3))
			.path("statistics.reportedFigures[*].id")
			.entityList(String.class)
			.contains("fig_led_capacity_rank", "fig_zhaochi_epi")
			.doesNotContain("fig_new_orgs");
	}

	@Test
	void unknownScopeIsNotFound() {
		this.graphQl.documentName("programmeStatistics")
			.variable("consortium", "no_such_consortium")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
	}

}
