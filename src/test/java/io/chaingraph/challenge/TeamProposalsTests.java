package io.chaingraph.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@ChainGraphTest
class TeamProposalsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@BeforeEach
	void signIn() {
		// Mutations need a key; the workflow and import rules are what these tests check.
		this.graphQl = TestKeys.admin(this.graphQl, this.keys);
	}

	@Autowired
	Driver driver;

	@Autowired
	ChallengeWorkflow workflow;

	@AfterEach
	void removeTestChallenges() {
		new GraphAssertions(this.driver).run("""
				MATCH (c:Challenge) WHERE c.id STARTS WITH 'test_tp_'
				OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE c, s""");
	}

	@Test
	void proposalsCoverEveryTargetKeepTheSizeRuleAndAvoidConflicts() {
		GraphAssertions graph = new GraphAssertions(this.driver);
		// Only OPEN challenges get proposals: copies, open until 2099, of the seeded
		// challenges with two targets each (the seeded ones are past OPEN).
		List<String> challenges = graph.strings("""
				MATCH (c:Challenge) WHERE COUNT { (c)-[:TARGETS]->() } >= 2
				WITH c ORDER BY c.id RETURN collect(c.id) AS values""")
			.stream()
			.map((seeded) -> copy(graph, seeded))
			.toList();
		assertThat(challenges).isNotEmpty();
		for (String challenge : challenges) {
			long maxPartners = graph.count("MATCH (c:Challenge {id: $c}) RETURN c.maxPartners AS n", "c", challenge);
			List<String> targets = graph
				.strings("MATCH (:Challenge {id: $c})-[:TARGETS]->(t) RETURN collect(t.id) AS values", "c", challenge);
			List<Map<String, Object>> proposals = this.graphQl.documentName("teamsFor")
				.variable("challenge", challenge)
				.variable("first", 3)
				.execute()
				.path("teamsFor")
				.entityList(Map.class)
				.get()
				.stream()
				.map((proposal) -> (Map<String, Object>) proposal)
				.toList();
			assertThat(proposals).as(challenge).isNotEmpty();
			for (Map<String, Object> proposal : proposals) {
				List<Map<String, Object>> members = (List<Map<String, Object>>) proposal.get("members");
				assertThat(members).hasSizeBetween(1, (int) (1 + maxPartners));
				assertThat(members.get(0).get("role")).isEqualTo("LEAD");
				List<String> ids = members.stream()
					.map((member) -> (String) ((Map<?, ?>) member.get("expert")).get("id"))
					.toList();
				List<Map<String, Object>> coverage = (List<Map<String, Object>>) proposal.get("coverage");
				assertThat(coverage).extracting((c) -> (Object) ((Map<?, ?>) c.get("technology")).get("id"))
					.containsExactlyInAnyOrderElementsOf(targets);
				for (Map<String, Object> covered : coverage) {
					assertThat((List<String>) covered.get("coveredBy")).isNotEmpty().isSubsetOf(ids);
				}
				assertThat(graph.count("""
						MATCH (poster)-[:POSTED]->(:Challenge {id: $c})
						MATCH (x:Expert)-[:AFFILIATED_WITH]->(poster) WHERE x.id IN $ids
						RETURN count(x) AS n""", "c", challenge, "ids", ids)).isZero();
				for (Map<String, Object> tie : (List<Map<String, Object>>) proposal.get("ties")) {
					assertThat(ids).contains((String) tie.get("from"), (String) tie.get("to"));
				}
			}
			assertThat(proposals).extracting((proposal) -> ((Number) proposal.get("objective")).doubleValue())
				.isSortedAccordingTo((a, b) -> Double.compare(b, a));
			for (Map<String, Object> proposal : proposals) {
				assertThat((String) proposal.get("explanation")).as("every proposal says why")
					.startsWith((String) proposal.get("method"))
					.contains("Coverage", "Communication cost " + proposal.get("communicationCost"), "Objective");
			}
		}
	}

	@Test // GH-15 finding 4: every proposal for a seeded challenge was one expert at cost
			// 0
	void proposalsForTheSeededChallengesAreNotAllLoneExpertsAtNoCost() {
		GraphAssertions graph = new GraphAssertions(this.driver);
		List<Map<String, Object>> all = new ArrayList<>();
		for (String seeded : graph.strings("""
				MATCH (c:Challenge) WHERE COUNT { (c)-[:TARGETS]->() } >= 2
				WITH c ORDER BY c.id RETURN collect(c.id) AS values""")) {
			all.addAll(proposals(copy(graph, seeded), 3));
		}
		assertThat(all).isNotEmpty();
		assertThat(all).as("some proposal has more than one member")
			.anySatisfy((proposal) -> assertThat((List<?>) proposal.get("members")).hasSizeGreaterThan(1));
		for (Map<String, Object> proposal : all) {
			if (((List<?>) proposal.get("members")).size() == 1) {
				assertThat((List<Map<String, Object>>) proposal.get("coverage"))
					.as("a lone expert covers every target at level %d or more", TeamSearch.SOLO_LEVEL)
					.allSatisfy((covered) -> assertThat(((Number) covered.get("bestLevel")).intValue())
						.isGreaterThanOrEqualTo(TeamSearch.SOLO_LEVEL));
			}
		}
	}

	private List<Map<String, Object>> proposals(String challenge, int first) {
		return this.graphQl.documentName("teamsFor")
			.variable("challenge", challenge)
			.variable("first", first)
			.execute()
			.path("teamsFor")
			.entityList(Map.class)
			.get()
			.stream()
			.map((proposal) -> (Map<String, Object>) proposal)
			.toList();
	}

	private String copy(GraphAssertions graph, String seeded) {
		org.neo4j.driver.Record c = graph.one("""
				MATCH (poster)-[:POSTED]->(c:Challenge {id: $c})-[:ON_CHAIN]->(chain)
				RETURN poster.id AS poster, chain.id AS chain, c.mode AS mode, c.maxPartners AS maxPartners,
				       COLLECT { MATCH (c)-[:TARGETS]->(t) RETURN t.id ORDER BY t.id } AS targets""", "c", seeded);
		String id = "test_tp_" + seeded;
		this.workflow.post(new ChallengeWorkflow.Posting(id, "组队测试", null, null, c.get("poster").asString(),
				c.get("targets").asList(org.neo4j.driver.Value::asString), c.get("chain").asString(), 1000,
				"2099-12-31", c.get("mode").asString(), c.get("maxPartners").asInt(4), true), "test");
		return id;
	}

}
