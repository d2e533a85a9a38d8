package io.chaingraph.challenge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.Concurrently;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transition of both challenge modes, valid and invalid; an invalid move changes
 * nothing.
 */
@ChainGraphTest
class ChallengeWorkflowTests {

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

	GraphAssertions graph;

	List<String> microExperts;

	String copperOnlyExpert;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
		this.microExperts = this.graph.strings("""
				MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'})
				WITH x ORDER BY x.id LIMIT 6 RETURN collect(x.id) AS values""");
		this.copperOnlyExpert = this.graph
			.strings(
					"""
							MATCH (x:Expert)-[:ADVISES]->(:Consortium {id: 'cons_copper'})
							WHERE NOT EXISTS { (x)-[:AFFILIATED_WITH]->()<-[:AFFILIATED_WITH]-(:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'}) }
							WITH x ORDER BY x.id LIMIT 1 RETURN collect(x.id) AS values""")
			.get(0);
		assertThat(this.microExperts).hasSizeGreaterThanOrEqualTo(4);
	}

	@AfterEach
	void removeTestChallenges() {
		TestChallenges.remove(this.graph, "test_");
	}

	@Test
	void openCompetitionRunsFromPostingToClosingWithItsHistory() {
		post("test_oc", "OPEN_COMPETITION", "2099-12-31", 2);
		String a = apply("test_oc", this.microExperts.get(0), List.of(this.microExperts.get(1)));
		String b = apply("test_oc", this.microExperts.get(2), List.of());
		this.graphQl.document("query ($team: ID) { changes(entity: $team) { operation actor ids } }")
			.variable("team", a)
			.execute()
			.path("changes[0].operation")
			.entity(String.class)
			.isEqualTo("applyToChallenge")
			.path("changes[0].ids")
			.entityList(String.class)
			.containsExactly(a, "test_oc");

		mutate("shortlist", Map.of("challenge", "test_oc", "teams", List.of(a))).path("shortlistTeams.challenge.status")
			.entity(String.class)
			.isEqualTo("SHORTLISTING");
		mutate("award", Map.of("challenge", "test_oc", "team", a)).path("awardChallenge.challenge.status")
			.entity(String.class)
			.isEqualTo("AWARDED");
		mutate("close", Map.of("challenge", "test_oc")).path("closeChallenge.challenge.status")
			.entity(String.class)
			.isEqualTo("CLOSED");

		GraphQlTester.Response state = state("test_oc");
		state.path("challenge.history.edges[*].node.status")
			.entityList(String.class)
			.containsExactly("OPEN", "SHORTLISTING", "AWARDED", "CLOSED");
		state.path("challenge.history.edges[*].node.actor").entityList(String.class).contains("development");
		assertThat(applicationStatuses("test_oc")).containsEntry(a, "AWARDED").containsEntry(b, "DECLINED");
	}

	// Issue 16: ids are unique across the graph, so what the workflow creates carries the
	// label of the global constraint, and an id another label holds is refused.
	@Test
	void aPostedChallengeItsHistoryAndItsTeamsHoldGlobalIds() {
		post("test_global", "OPEN_COMPETITION", "2099-12-31", 2);
		String team = apply("test_global", this.microExperts.get(0), List.of());
		assertThat(this.graph.count("""
				MATCH (c:Challenge:Node {id: 'test_global'})-[:HAS_STATUS_CHANGE]->(s:StatusChange:Node)
				MATCH (t:Team:Node {id: $team})-[:APPLIED_TO]->(c)
				RETURN count(*) AS n""", "team", team)).isEqualTo(1);
		assertBadRequest("post", Map.of("input", postInput("cons_led", "OPEN_COMPETITION", "2099-12-31", 2)),
				"Id 'cons_led' is already taken by a Consortium; ids are unique across the graph");
		assertThat(this.graph.count("MATCH (n {id: 'cons_led'}) RETURN count(n) AS n")).isEqualTo(1);
	}

	@Test
	void horseRaceFundsTwoOrThreeTeamsThenPicksOne() {
		post("test_hr", "HORSE_RACE", "2099-12-31", 2);
		String a = apply("test_hr", this.microExperts.get(0), List.of());
		String b = apply("test_hr", this.microExperts.get(1), List.of());
		String c = apply("test_hr", this.microExperts.get(2), List.of());
		mutate("shortlist", Map.of("challenge", "test_hr", "teams", List.of(a, b, c))).errors().verify();

		assertBadRequest("award", Map.of("challenge", "test_hr", "team", a), "FUNDED");
		assertBadRequest("fund", Map.of("challenge", "test_hr", "teams", List.of(a)), "2 to 3 teams");
		assertBadRequest("fund", Map.of("challenge", "test_hr", "teams", List.of(a, a)), "twice");
		mutate("fund", Map.of("challenge", "test_hr", "teams", List.of(a, b))).path("fundTeams.challenge.status")
			.entity(String.class)
			.isEqualTo("FUNDED");
		assertBadRequest("award", Map.of("challenge", "test_hr", "team", c), "DECLINED");
		mutate("award", Map.of("challenge", "test_hr", "team", b)).errors().verify();

		assertThat(applicationStatuses("test_hr")).containsEntry(a, "DECLINED")
			.containsEntry(b, "AWARDED")
			.containsEntry(c, "DECLINED");
		state("test_hr").path("challenge.history.edges[*].node.status")
			.entityList(String.class)
			.containsExactly("OPEN", "SHORTLISTING", "FUNDED", "AWARDED");
	}

	@Test
	void invalidMovesAreBadRequestsAndChangeNothing() {
		post("test_bad", "OPEN_COMPETITION", "2099-12-31", 1);
		String a = apply("test_bad", this.microExperts.get(0), List.of());
		String before = snapshot("test_bad");

		assertBadRequest("award", Map.of("challenge", "test_bad", "team", a), "only when SHORTLISTING");
		assertBadRequest("fund", Map.of("challenge", "test_bad", "teams", List.of(a, a)), "only from [SHORTLISTING]");
		assertBadRequest(
				"apply", Map
					.of("input",
							Map.of("challenge", "test_bad", "lead", this.microExperts.get(1), "partners",
									List.of(this.microExperts.get(2), this.microExperts.get(3)))),
				"at most 1 partners");
		assertBadRequest("apply",
				Map.of("input", Map.of("challenge", "test_bad", "lead", this.copperOnlyExpert, "partners", List.of())),
				"does not cover the targeted technologies [tech_led_micro]");
		assertBadRequest("apply",
				Map.of("input", Map.of("challenge", "test_bad", "lead", "nobody", "partners", List.of())), "nobody");
		assertBadRequest("shortlist", Map.of("challenge", "test_bad", "teams", List.of("team_unknown")),
				"did not apply");
		assertThat(snapshot("test_bad")).isEqualTo(before);

		mutate("close", Map.of("challenge", "test_bad")).errors().verify();
		String closed = snapshot("test_bad");
		assertBadRequest("award", Map.of("challenge", "test_bad", "team", a), "CLOSED");
		assertBadRequest("close", Map.of("challenge", "test_bad"), "CLOSED");
		assertBadRequest("apply",
				Map.of("input",
						Map.of("challenge", "test_bad", "lead", this.microExperts.get(1), "partners", List.of())),
				"only while it is OPEN");
		assertThat(snapshot("test_bad")).isEqualTo(closed);
	}

	@Test
	void applyingAfterTheDeadlineIsRefused() {
		// A deadline must be after today when posted; the days pass instead.
		post("test_late", "OPEN_COMPETITION", "2099-12-31", 4);
		this.graph.run("MATCH (c:Challenge {id: 'test_late'}) SET c.deadline = date('2020-01-31')");
		assertBadRequest("apply",
				Map.of("input",
						Map.of("challenge", "test_late", "lead", this.microExperts.get(0), "partners", List.of())),
				"deadline");
		assertThat(
				this.graph.count("MATCH (:Team)-[a:APPLIED_TO]->(:Challenge {id: 'test_late'}) RETURN count(a) AS n"))
			.isZero();
	}

	@Test
	void postingTheSameIdTwiceChangesNothing() {
		post("test_twice", "OPEN_COMPETITION", "2099-12-31", 4);
		post("test_twice", "OPEN_COMPETITION", "2099-12-31", 4);
		assertThat(this.graph.count("MATCH (c:Challenge {id: 'test_twice'}) RETURN count(c) AS n")).isEqualTo(1);
		assertThat(this.graph.count("MATCH (:Challenge {id: 'test_twice'})-[r]-() RETURN count(r) AS n")).isEqualTo(4);
		// Refused by the schema's ChallengeMode before the workflow runs.
		assertBadRequest("post", Map.of("input", postInput("test_bad_mode", "LOTTERY", "2099-12-31", 4)),
				"'input.mode' is not a valid 'ChallengeMode': 'LOTTERY' is not one of OPEN_COMPETITION, HORSE_RACE");
		assertBadRequest("post", Map.of("input", postInput("test_bad_date", "HORSE_RACE", "31/12/2099", 4)),
				"'deadline'");
	}

	// Issue 14, finding 2: the lock set the status to the value read before it was
	// granted, so 10 concurrent closes all succeeded (history OPEN, CLOSED x 10).
	@Test
	void ofTwentyConcurrentClosesExactlyOneSucceeds() throws Exception {
		post("test_race_close", "OPEN_COMPETITION", "2031-06-30", 2);
		int closed = Concurrently.successes(20,
				(i) -> mutate("close", Map.of("challenge", "test_race_close")).returnResponse().getErrors().isEmpty());
		assertThat(closed).isEqualTo(1);
		assertThat(this.graph.strings("""
				MATCH (:Challenge {id: 'test_race_close'})-[:HAS_STATUS_CHANGE]->(s)
				WITH s ORDER BY s.id RETURN collect(s.status) AS values""")).containsExactly("OPEN", "CLOSED");
	}

	private void post(String id, String mode, String deadline, int maxPartners) {
		mutate("post", Map.of("input", postInput(id, mode, deadline, maxPartners)))
			.path("postChallenge.challenge.status")
			.entity(String.class)
			.isEqualTo("OPEN");
	}

	private Map<String, Object> postInput(String id, String mode, String deadline, int maxPartners) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", "测试揭榜");
		input.put("poster", "cons_led");
		input.put("technologies", List.of("tech_led_micro"));
		input.put("chain", "chain_led");
		input.put("budget", 1_000_000);
		input.put("deadline", deadline);
		input.put("mode", mode);
		input.put("maxPartners", maxPartners);
		return input;
	}

	private String apply(String challenge, String lead, List<String> partners) {
		return mutate("apply", Map.of("input", Map.of("challenge", challenge, "lead", lead, "partners", partners)))
			.path("applyToChallenge.team.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response mutate(String operation, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("challengeWorkflow").operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private GraphQlTester.Response state(String id) {
		return mutate("state", Map.of("id", id));
	}

	private void assertBadRequest(String operation, Map<String, Object> variables, String reason) {
		mutate(operation, variables).errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains(reason);
			}));
	}

	private Map<String, String> applicationStatuses(String challenge) {
		Map<String, String> statuses = new HashMap<>();
		this.graph
			.rows("MATCH (t:Team)-[a:APPLIED_TO]->(:Challenge {id: $c}) RETURN t.id AS team, a.status AS status", "c",
					challenge)
			.forEach((row) -> statuses.put(row.get("team").asString(), row.get("status").asString()));
		return statuses;
	}

	private String snapshot(String challenge) {
		String cypher = """
				MATCH (c:Challenge {id: $c})
				OPTIONAL MATCH (t:Team)-[a:APPLIED_TO]->(c)
				WITH c, t, a ORDER BY t.id
				WITH c, collect(t.id + ':' + a.status) AS applications
				OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s)
				WITH c, applications, count(s) AS changes
				OPTIONAL MATCH (m)-[:MEMBER_OF_TEAM]->(:Team)-[:APPLIED_TO]->(c)
				WITH c, applications, changes, count(m) AS members
				RETURN c.status + '|' + toString(changes) + '|' + reduce(x = '', a IN applications | x + a + ',')
				       + '|' + toString(members) AS s""";
		return this.graph.one(cypher, "c", challenge).get("s").asString();
	}

}
