package io.chaingraph.challenge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.Concurrently;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, finding 2: N conflicting challenge moves sent at once over HTTP. Exactly one
 * of them moves the challenge; every other gets a BAD_REQUEST naming the state the first
 * left it in; the history and the applications say what one move says. Each test runs
 * three times in a row and prints its successes.
 */
@ChainGraphTest
class ChallengeRacesTests {

	private static final int N = 20;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	GraphAssertions graph;

	List<String> experts;

	@BeforeEach
	void setUp() {
		this.graphQl = TestKeys.admin(this.graphQl, this.keys);
		this.graph = new GraphAssertions(this.driver);
		// Experts who know the target and are none of the poster's (cons_led's) people.
		this.experts = TestChallenges.expertsOutside(this.graph, "cons_led", "tech_led_micro", 4);
		assertThat(this.experts).hasSize(4);
	}

	@AfterEach
	void removeTestChallenges() {
		TestChallenges.remove(this.graph, "test_race_");
	}

	@RepeatedTest(3)
	void ofTwentyConcurrentClosesOfAShortlistingChallengeOneSucceeds() throws Exception {
		String c = shortlisted("OPEN_COMPETITION", 2);
		List<String> teams = teams(c);
		Queue<ResponseError> refusals = new ConcurrentLinkedQueue<>();
		int closed = Concurrently.successes(N, (i) -> succeeded(mutate("close", Map.of("challenge", c)), refusals));
		report("close", closed);

		assertThat(closed).isEqualTo(1);
		assertRefusedNaming(refusals, N - 1, "is CLOSED");
		assertThat(history(c)).containsExactly("OPEN", "SHORTLISTING", "CLOSED");
		assertThat(applicationStatuses(c)).containsOnlyKeys(teams).containsValues("SHORTLISTED");
		assertThat(members(c)).isEqualTo(2);
	}

	@RepeatedTest(3)
	void ofTwentyConcurrentAwardsToTwoTeamsOneSucceeds() throws Exception {
		String c = shortlisted("OPEN_COMPETITION", 2);
		List<String> teams = teams(c);
		Queue<ResponseError> refusals = new ConcurrentLinkedQueue<>();
		int awarded = Concurrently.successes(N,
				(i) -> succeeded(mutate("award", Map.of("challenge", c, "team", teams.get(i % 2))), refusals));
		report("award", awarded);

		assertThat(awarded).isEqualTo(1);
		assertRefusedNaming(refusals, N - 1, "is AWARDED");
		assertThat(history(c)).containsExactly("OPEN", "SHORTLISTING", "AWARDED");
		assertThat(applicationStatuses(c).values()).containsExactlyInAnyOrder("AWARDED", "DECLINED");
		assertThat(members(c)).isEqualTo(2);
	}

	@RepeatedTest(3)
	void ofTwentyConcurrentFundingsOfAHorseRaceOneSucceeds() throws Exception {
		String c = shortlisted("HORSE_RACE", 3);
		List<String> teams = teams(c);
		List<List<String>> pairs = List.of(List.of(teams.get(0), teams.get(1)), List.of(teams.get(1), teams.get(2)),
				List.of(teams.get(0), teams.get(2)));
		Queue<ResponseError> refusals = new ConcurrentLinkedQueue<>();
		int funded = Concurrently.successes(N,
				(i) -> succeeded(mutate("fund", Map.of("challenge", c, "teams", pairs.get(i % pairs.size()))),
						refusals));
		report("fund", funded);

		assertThat(funded).isEqualTo(1);
		assertRefusedNaming(refusals, N - 1, "is FUNDED");
		assertThat(history(c)).containsExactly("OPEN", "SHORTLISTING", "FUNDED");
		assertThat(applicationStatuses(c).values()).containsExactlyInAnyOrder("FUNDED", "FUNDED", "DECLINED");
		assertThat(members(c)).isEqualTo(3);
	}

	// The 50 mixed moves on a SHORTLISTING challenge gave 1 award and 10
	// closes. Exactly one move takes the challenge out of SHORTLISTING (an award or a
	// close); if it was an award, exactly one close follows it, as AWARDED → CLOSED is
	// a move of its own; shortlisting and funding an open competition never succeed.
	@RepeatedTest(3)
	void ofFiftyMixedMovesOnAShortlistingChallengeOneLeavesShortlisting() throws Exception {
		String c = shortlisted("OPEN_COMPETITION", 2);
		List<String> teams = teams(c);
		Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
		Queue<ResponseError> refusals = new ConcurrentLinkedQueue<>();
		int all = Concurrently.successes(50, (i) -> {
			String kind = List.of("award", "award", "close", "shortlist", "fund").get(i % 5);
			Map<String, Object> variables = switch (kind) {
				case "award" -> Map.of("challenge", c, "team", teams.get((i / 5) % 2));
				case "close" -> Map.of("challenge", c);
				default -> Map.of("challenge", c, "teams", teams);
			};
			boolean ok = succeeded(mutate(kind, variables), refusals);
			if (ok) {
				successes.computeIfAbsent(kind, (k) -> new AtomicInteger()).incrementAndGet();
			}
			return ok;
		});
		int awards = count(successes, "award");
		report("mixed 50 (award " + awards + ", close " + count(successes, "close") + ")", all);

		assertThat(awards).isBetween(0, 1);
		assertThat(count(successes, "close")).isEqualTo(1);
		assertThat(count(successes, "shortlist") + count(successes, "fund")).isZero();
		assertThat(all).isEqualTo(awards + 1);
		assertThat(refusals).hasSize(50 - all)
			.allSatisfy((error) -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"))
			.allSatisfy((error) -> assertThat(error.getMessage()).containsAnyOf("is SHORTLISTING", "is AWARDED",
					"is CLOSED", "an OPEN_COMPETITION"));
		List<String> expected = new ArrayList<>(List.of("OPEN", "SHORTLISTING"));
		if (awards == 1) {
			expected.add("AWARDED");
		}
		expected.add("CLOSED");
		assertThat(history(c)).containsExactlyElementsOf(expected);
		assertThat(applicationStatuses(c).values()).containsExactlyInAnyOrderElementsOf(
				(awards == 1) ? List.of("AWARDED", "DECLINED") : List.of("SHORTLISTED", "SHORTLISTED"));
		assertThat(members(c)).isEqualTo(2);
	}

	// A challenge with teams of one expert each, all shortlisted.
	private String shortlisted(String mode, int teams) {
		String id = "test_race_" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", "竞态测试");
		input.put("poster", "cons_led");
		input.put("technologies", List.of("tech_led_micro"));
		input.put("chain", "chain_led");
		input.put("budget", 1_000_000);
		input.put("deadline", "2099-12-31");
		input.put("mode", mode);
		input.put("maxPartners", 2);
		mutate("post", Map.of("input", input)).errors().verify();
		List<String> applied = new ArrayList<>();
		for (int i = 0; i < teams; i++) {
			applied.add(mutate("apply",
					Map.of("input", Map.of("challenge", id, "lead", this.experts.get(i), "partners", List.of())))
				.path("applyToChallenge.team.id")
				.entity(String.class)
				.get());
		}
		mutate("shortlist", Map.of("challenge", id, "teams", applied)).errors().verify();
		return id;
	}

	private List<String> teams(String challenge) {
		return this.graph.strings("""
				MATCH (t:Team)-[:APPLIED_TO]->(:Challenge {id: $c})
				WITH t ORDER BY t.id RETURN collect(t.id) AS values""", "c", challenge);
	}

	private GraphQlTester.Response mutate(String operation, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("challengeWorkflow").operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private static boolean succeeded(GraphQlTester.Response response, Queue<ResponseError> refusals) {
		List<ResponseError> errors = response.returnResponse().getErrors();
		refusals.addAll(errors);
		return errors.isEmpty();
	}

	private static void assertRefusedNaming(Queue<ResponseError> refusals, int expected, String state) {
		assertThat(refusals).hasSize(expected).allSatisfy((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains(state);
		});
	}

	private List<String> history(String challenge) {
		return this.graph.strings("""
				MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s)
				WITH s ORDER BY s.id RETURN collect(s.status) AS values""", "c", challenge);
	}

	private Map<String, String> applicationStatuses(String challenge) {
		Map<String, String> statuses = new HashMap<>();
		this.graph
			.rows("MATCH (t:Team)-[a:APPLIED_TO]->(:Challenge {id: $c}) RETURN t.id AS team, a.status AS status", "c",
					challenge)
			.forEach((row) -> statuses.put(row.get("team").asString(), row.get("status").asString()));
		return statuses;
	}

	private long members(String challenge) {
		return this.graph.count(
				"MATCH (m)-[r:MEMBER_OF_TEAM]->(:Team)-[:APPLIED_TO]->(:Challenge {id: $c}) RETURN count(r) AS n", "c",
				challenge);
	}

	private static int count(Map<String, AtomicInteger> successes, String kind) {
		AtomicInteger n = successes.get(kind);
		return (n != null) ? n.get() : 0;
	}

	private static void report(String move, int successes) {
		System.out.printf("RACE %s: %d of N succeeded%n", move, successes);
	}

}
