package io.chaingraph.challenge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
			assertThat(proposals).extracting((proposal) -> ((Number) proposal.get("communicationCost")).intValue())
				.isSorted();
		}
	}

	@Test
	void greedyIsOnAverageWithinTenPercentOfExactOnSmallInstances() {
		Random random = new Random(42);
		double worst = 1;
		double sum = 0;
		int instances = 0;
		for (int i = 0; i < 300; i++) {
			TeamProposals.Problem problem = randomProblem(random, 8 + random.nextInt(8), 2 + random.nextInt(3));
			List<List<Integer>> exact = TeamProposals.exact(problem, 5, 1);
			List<List<Integer>> greedy = TeamProposals.greedy(problem, 5, 1);
			if (exact.isEmpty()) {
				continue;
			}
			assertThat(greedy).as("greedy finds a covering team when one exists").isNotEmpty();
			assertThat(problem.covers(greedy.get(0))).isTrue();
			assertThat(problem.cost(greedy.get(0))).as("exact is optimal")
				.isGreaterThanOrEqualTo(problem.cost(exact.get(0)));
			double ratio = (1.0 + problem.cost(greedy.get(0))) / (1.0 + problem.cost(exact.get(0)));
			instances++;
			worst = Math.max(worst, ratio);
			sum += ratio;
		}
		assertThat(instances).isGreaterThan(200);
		assertThat(sum / instances).as("mean cost ratio greedy / exact").isLessThanOrEqualTo(1.10);
		System.out.printf("greedy / exact cost over %d instances: mean %.3f, worst %.3f%n", instances, sum / instances,
				worst);
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

	private static TeamProposals.Problem randomProblem(Random random, int experts, int technologies) {
		List<String> ids = new ArrayList<>();
		List<BitSet> covers = new ArrayList<>();
		int[][] levels = new int[experts][technologies];
		for (int x = 0; x < experts; x++) {
			ids.add("x" + x);
			BitSet bits = new BitSet();
			for (int t = 0; t < technologies; t++) {
				if (random.nextInt(3) == 0) {
					bits.set(t);
					levels[x][t] = 1 + random.nextInt(5);
				}
			}
			covers.add(bits);
		}
		int[][] distance = new int[experts][experts];
		for (int a = 0; a < experts; a++) {
			for (int b = a + 1; b < experts; b++) {
				distance[a][b] = 1 + random.nextInt(3);
				distance[b][a] = distance[a][b];
			}
		}
		List<String> techIds = new ArrayList<>();
		for (int t = 0; t < technologies; t++) {
			techIds.add("t" + t);
		}
		return new TeamProposals.Problem(ids, techIds, covers, levels, distance);
	}

}
