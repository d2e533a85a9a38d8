package io.chaingraph.challenge;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, finding 3: conflicts of interest are checked when a team applies and when
 * teams are proposed, by the same computation expertsFor uses.
 */
@ChainGraphTest
class ChallengeConflictsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	GraphAssertions graph;

	@BeforeEach
	void setUp() {
		this.graphQl = TestKeys.admin(this.graphQl, this.keys);
		this.graph = new GraphAssertions(this.driver);
	}

	@AfterEach
	void removeTestData() {
		TestChallenges.remove(this.graph, "test_cf_");
		this.graph.run("MATCH (n) WHERE n.id STARTS WITH 'test_cf_' DETACH DELETE n");
	}

	@Test // GH-15 finding 3: nothing checked conflicts when a team applied
	void aTeamWithARecentCoauthorOfThePostersPeopleIsRefusedNamingTheMemberAndThePath() {
		Record employer = this.graph.one("""
				MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'})
				MATCH (x)-[:AFFILIATED_WITH]->(e:Enterprise)
				RETURN x.id AS expert, e.id AS enterprise ORDER BY e.id, x.id LIMIT 1""");
		String enterprise = employer.get("enterprise").asString();
		String colleague = employer.get("expert").asString();
		// A synthetic expert who wrote a paper this year with one of the poster's
		// experts.
		this.graph.run(
				"""
						CREATE (x:Expert {id: 'test_cf_coauthor', name: '合成冲突测试专家-合著', nameEn: 'Synthetic conflict test expert (co-author)', synthetic: true})
						CREATE (p:Publication {id: 'test_cf_pub', title: '合成冲突测试论文', titleEn: 'Synthetic conflict test paper', year: $year, kind: 'PAPER', synthetic: true})
						WITH x, p
						MATCH (t:Technology {id: 'tech_led_micro'}), (colleague:Expert {id: $colleague})
						CREATE (x)-[:EXPERT_IN {level: 5}]->(t)
						CREATE (x)-[:AUTHORED]->(p)<-[:AUTHORED]-(colleague)""",
				"year", Year.now().getValue(), "colleague", colleague);
		String c = post("OPEN_COMPETITION", enterprise);

		assertRefused("apply", application(c, "test_cf_coauthor", List.of()), "BAD_REQUEST",
				"Expert 'test_cf_coauthor' has a conflict of interest with challenge '%s' (COAUTHOR)".formatted(c),
				"test_cf_coauthor -AUTHORED-> test_cf_pub <-AUTHORED- %s -AFFILIATED_WITH-> %s -POSTED-> %s"
					.formatted(colleague, enterprise, c));
		assertThat(this.graph.count("MATCH (:Team)-[:APPLIED_TO]->(:Challenge {id: $c}) RETURN count(*) AS n", "c", c))
			.isZero();
		assertThat(proposed(c)).isNotEmpty().doesNotContain("test_cf_coauthor");
	}

	@Test // GH-15 finding 3: teamsFor proposed a member of a competing team of a horse
			// race
	void teamsForLeavesOutWhoeverIsInACompetingTeamOfAHorseRace() {
		List<String> free = TestChallenges.freeExperts(this.graph, 2);
		String race = post("HORSE_RACE", "cons_led");
		List<String> before = proposed(race);
		assertThat(before).isNotEmpty();
		String taken = before.get(0);
		mutate("apply", application(race, taken, List.of())).errors().verify();

		assertThat(proposed(race)).isNotEmpty().doesNotContain(taken);
		assertThat(free).isNotEmpty();
	}

	private List<String> proposed(String challenge) {
		return mutate("teamsFor", Map.of("challenge", challenge, "first", 10)).path("teamsFor[*].members[*].expert.id")
			.entityList(String.class)
			.get();
	}

	private String post(String mode, String poster) {
		String id = "test_cf_" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", "冲突测试");
		input.put("poster", poster);
		input.put("technologies", List.of("tech_led_micro"));
		input.put("chain", "chain_led");
		input.put("budget", 1_000_000);
		input.put("deadline", "2099-12-31");
		input.put("mode", mode);
		input.put("maxPartners", 3);
		mutate("post", Map.of("input", input)).errors().verify();
		return id;
	}

	private static Map<String, Object> application(String challenge, String lead, List<String> partners) {
		return Map.of("input", Map.of("challenge", challenge, "lead", lead, "partners", partners));
	}

	private GraphQlTester.Response mutate(String operation, Map<String, Object> variables) {
		String document = operation.equals("teamsFor") ? "teamsFor" : "challengeWorkflow";
		GraphQlTester.Request<?> request = this.graphQl.documentName(document).operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private void assertRefused(String operation, Map<String, Object> variables, String classification,
			String... reasons) {
		mutate(operation, variables).errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo(classification);
				assertThat(error.getMessage()).contains(reasons);
			}));
	}

}
