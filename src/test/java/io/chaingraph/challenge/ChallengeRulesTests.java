package io.chaingraph.challenge;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.Concurrently;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, finding 7: the rules a challenge keeps, each of which the service used to let
 * pass.
 */
@ChainGraphTest
class ChallengeRulesTests {

	@Autowired
	HttpGraphQlTester graphQl;

	HttpGraphQlTester admin;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	@Autowired
	OverdueChallenges overdue;

	GraphAssertions graph;

	List<String> experts;

	@BeforeEach
	void setUp() {
		this.admin = TestKeys.admin(this.graphQl, this.keys);
		this.graph = new GraphAssertions(this.driver);
		this.experts = TestChallenges.expertsOutside(this.graph, "cons_led", "tech_led_micro", 4);
		assertThat(this.experts).hasSize(4);
	}

	@AfterEach
	void removeTestChallenges() {
		TestChallenges.remove(this.graph, "test_rule_");
	}

	@Test // GH-14 finding 7: a deadline of 2020-01-01 was accepted
	void aChallengeIsPostedOnlyWithADeadlineAfterToday() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (String deadline : List.of("2020-01-01", today.toString())) {
			String id = id();
			assertRefused(this.admin, "post", Map.of("input", input(id, "OPEN_COMPETITION", deadline)), "BAD_REQUEST",
					"Argument 'deadline' must be after today (%s); got '%s'".formatted(today, deadline));
			assertThat(this.graph.count("MATCH (c:Challenge {id: $id}) RETURN count(c) AS n", "id", id)).isZero();
		}
		post(id(), "OPEN_COMPETITION", today.plusDays(1).toString(), List.of("tech_led_micro"), "chain_led");
	}

	@Test // GH-14 finding 7: a tungsten technology was accepted on the LED chain
	void targetedTechnologiesLieOnTheChallengesChain() {
		String id = id();
		Map<String, Object> input = input(id, "OPEN_COMPETITION", "2099-12-31");
		input.put("technologies", List.of("tech_led_micro", "tech_w_carbide"));
		assertRefused(this.admin, "post", Map.of("input", input), "BAD_REQUEST",
				"Technology 'tech_w_carbide' is not on chain 'chain_led'");
		assertThat(this.graph.count("MATCH (c:Challenge {id: $id}) RETURN count(c) AS n", "id", id)).isZero();

		// Narrower than a bottleneck of the chain (PART_OF tech_led_si_substrate).
		post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_yellow"), "chain_led");
		// A bottleneck of a sub-chain is on the chain above it.
		post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "c1269_electronics");
		// The domain root is broader than the chain's bottlenecks, not on the chain.
		Map<String, Object> root = input(id(), "OPEN_COMPETITION", "2099-12-31");
		root.put("technologies", List.of("tech_led_root"));
		assertRefused(this.admin, "post", Map.of("input", root), "BAD_REQUEST",
				"Technology 'tech_led_root' is not on chain 'chain_led'");
	}

	@Test // GH-14 finding 7: the poster led a team on its own challenge
	void thePosterAndItsPeopleNeitherApplyNorAreProposed() {
		Record employer = this.graph.one("""
				MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'})
				MATCH (x)-[:AFFILIATED_WITH]->(e:Enterprise)
				RETURN x.id AS expert, e.id AS enterprise ORDER BY e.id, x.id LIMIT 1""");
		String enterprise = employer.get("enterprise").asString();
		String expert = employer.get("expert").asString();
		String c = id();
		Map<String, Object> input = input(c, "OPEN_COMPETITION", "2099-12-31");
		input.put("poster", enterprise);
		mutate(this.admin, "post", Map.of("input", input)).errors().verify();

		assertRefused(this.admin, "apply", application(c, expert, List.of()), "BAD_REQUEST",
				"'%s' is one of the poster's people".formatted(expert));
		assertRefused(this.admin, "apply", application(c, this.experts.get(0), List.of(enterprise)), "BAD_REQUEST",
				"'%s' posted challenge '%s'".formatted(enterprise, c));
		List<String> proposed = mutate(this.admin, "teamsFor", Map.of("challenge", c, "first", 10))
			.path("teamsFor[*].members[*].expert.id")
			.entityList(String.class)
			.get();
		List<String> people = this.graph.strings(
				"MATCH (x:Expert)-[:AFFILIATED_WITH]->(:Enterprise {id: $e}) RETURN collect(x.id) AS values", "e",
				enterprise);
		assertThat(proposed).isNotEmpty().doesNotContainAnyElementsOf(people);

		// A consortium's people: its lead members, their experts, and the chairs of
		// its committee. Its other members may apply.
		String led = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_yellow"), "chain_led");
		assertRefused(this.admin, "apply", application(led, "person_jiang_fengyi", List.of()), "BAD_REQUEST",
				"'person_jiang_fengyi' is one of the poster's people");
		assertRefused(this.admin, "apply", application(led, this.experts.get(0), List.of("org_nerc_si_led")),
				"BAD_REQUEST", "'org_nerc_si_led' is one of the poster's people");
		assertThat(this.graph.count(
				"MATCH (m)-[:MEMBER_OF_TEAM]->(:Team)-[:APPLIED_TO]->(c:Challenge) WHERE c.id IN [$a, $b] RETURN count(m) AS n",
				"a", c, "b", led))
			.isZero();
		assertThat(mutate(this.admin, "teamsFor", Map.of("challenge", led, "first", 10))
			.path("teamsFor[*].members[*].expert.id")
			.entityList(String.class)
			.get()).isNotEmpty().doesNotContain("person_jiang_fengyi");
	}

	@Test // GH-14 finding 7: the same team applied twice
	void aTeamAppliesOnce() {
		String c = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		String first = applied(c, this.experts.get(0), List.of(this.experts.get(1)));
		assertRefused(this.admin, "apply", application(c, this.experts.get(0), List.of(this.experts.get(1))),
				"BAD_REQUEST", "team '%s' with the same members already applied".formatted(first));
		// The same people with the roles swapped are the same team.
		assertRefused(this.admin, "apply", application(c, this.experts.get(1), List.of(this.experts.get(0))),
				"BAD_REQUEST", "already applied");
		applied(c, this.experts.get(0), List.of());
		assertThat(this.graph.count("MATCH (:Team)-[a:APPLIED_TO]->(:Challenge {id: $c}) RETURN count(a) AS n", "c", c))
			.isEqualTo(2);
	}

	@Test // GH-14 finding 7: one expert was in four competing teams
	void aPersonIsInOneCompetingTeamOfAHorseRace() throws Exception {
		String race = post(id(), "HORSE_RACE", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		String first = applied(race, this.experts.get(0), List.of());
		assertRefused(this.admin, "apply", application(race, this.experts.get(1), List.of(this.experts.get(0))),
				"BAD_REQUEST",
				"Expert '%s' is already in team '%s' of horse race '%s'".formatted(this.experts.get(0), first, race));
		// Twenty teams sharing one expert, at once: one gets in.
		String other = post(id(), "HORSE_RACE", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		int in = Concurrently.successes(20,
				(i) -> mutate(this.admin, "apply", application(other, this.experts.get(1),
						List.of(this.experts.get(2 + i % 2), "ent_zhaochi", "ent_lattice").subList(0, 1 + i % 3)))
					.returnResponse()
					.getErrors()
					.isEmpty());
		assertThat(in).isEqualTo(1);
		assertThat(this.graph.count("""
				MATCH (x:Expert)-[:MEMBER_OF_TEAM]->(:Team)-[:APPLIED_TO]->(:Challenge {id: $c})
				WITH x, count(*) AS teams WHERE teams > 1 RETURN count(x) AS n""", "c", other)).isZero();
		// An open competition has one winner, so one person may be in several teams.
		String open = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		applied(open, this.experts.get(0), List.of());
		applied(open, this.experts.get(1), List.of(this.experts.get(0)));
	}

	@Test // GH-14 finding 7: an ENTERPRISE key applied with another enterprise as lead
	void anEnterpriseKeyAppliesOnlyForTeamsItsEnterpriseLeads() {
		Record employer = this.graph.one("""
				MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'})
				MATCH (x)-[:AFFILIATED_WITH]->(e:Enterprise)
				WHERE NOT EXISTS { (e)-[:MEMBER_OF {role: 'LEAD'}]->(:Consortium {id: 'cons_led'}) }
				RETURN x.id AS expert, e.id AS enterprise ORDER BY e.id, x.id LIMIT 1""");
		String enterprise = employer.get("enterprise").asString();
		String expert = employer.get("expert").asString();
		String other = this.graph.strings("""
				MATCH (e:Enterprise) WHERE e.id <> $e WITH e ORDER BY e.id LIMIT 1 RETURN collect(e.id) AS values""",
				"e", enterprise)
			.get(0);
		String stranger = this.graph
			.strings(
					"""
							MATCH (x:Expert) WHERE x.id IN $experts AND NOT EXISTS { (x)-[:AFFILIATED_WITH]->(:Enterprise {id: $e}) }
							WITH x ORDER BY x.id LIMIT 1 RETURN collect(x.id) AS values""",
					"experts", this.experts, "e", enterprise)
			.get(0);
		HttpGraphQlTester key = TestKeys.with(this.graphQl,
				TestKeys.key(this.keys, EnumSet.of(Role.ENTERPRISE), enterprise, null));
		String c = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "chain_led");

		assertRefused(key, "apply", application(c, other, List.of(enterprise)), "FORBIDDEN",
				"applies only for teams that enterprise '%s' leads".formatted(enterprise));
		assertRefused(key, "apply", application(c, stranger, List.of()), "FORBIDDEN",
				"applies only for teams that enterprise '%s' leads".formatted(enterprise));
		assertThat(this.graph.count("MATCH (:Team)-[a:APPLIED_TO]->(:Challenge {id: $c}) RETURN count(a) AS n", "c", c))
			.isZero();
		// Led by the enterprise itself, or by one of its own experts.
		mutate(key, "apply", application(c, enterprise, List.of())).errors().verify();
		mutate(key, "apply", application(c, expert, List.of(other))).errors().verify();
	}

	@Test // GH-14 finding 7: seeded challenges stayed OPEN after their deadlines
	void aMoveOnAnOverdueChallengeFindsItClosedByTheSystem() throws Exception {
		String c = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		String team = applied(c, this.experts.get(0), List.of());
		String deadline = pastDeadline(c);

		Queue<ResponseError> refusals = new ConcurrentLinkedQueue<>();
		int moved = Concurrently.successes(20, (i) -> {
			List<ResponseError> errors = mutate(this.admin, (i % 2 == 0) ? "shortlist" : "close",
					(i % 2 == 0) ? Map.of("challenge", c, "teams", List.of(team)) : Map.of("challenge", c))
				.returnResponse()
				.getErrors();
			refusals.addAll(errors);
			return errors.isEmpty();
		});
		assertThat(moved).isZero();
		assertThat(refusals).hasSize(20)
			.allSatisfy((error) -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"))
			.allSatisfy((error) -> assertThat(error.getMessage()).contains("Challenge '%s' is CLOSED".formatted(c)))
			.anySatisfy((error) -> assertThat(error.getMessage())
				.contains("Challenge '%s' is CLOSED: its deadline %s passed while it was OPEN".formatted(c, deadline)));
		assertRefused(this.admin, "apply", application(c, this.experts.get(1), List.of()), "BAD_REQUEST",
				"Challenge '%s' is CLOSED".formatted(c));
		assertClosedBySystem(c, deadline);
		assertThat(this.graph
			.strings("MATCH (:Team)-[a:APPLIED_TO]->(:Challenge {id: $c}) RETURN collect(a.status) AS values", "c", c))
			.containsExactly("APPLIED");
	}

	@Test // GH-14 finding 7: seeded challenges stayed OPEN after their deadlines
	void theSweepClosesOverdueOpenChallengesOnce() {
		String late = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		String onTime = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		String shortlisting = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		String team = applied(shortlisting, this.experts.get(0), List.of());
		mutate(this.admin, "shortlist", Map.of("challenge", shortlisting, "teams", List.of(team))).errors().verify();
		String deadline = pastDeadline(late);
		pastDeadline(shortlisting);

		assertThat(this.overdue.sweep()).contains(late).doesNotContain(onTime, shortlisting);
		assertThat(this.overdue.sweep()).doesNotContain(late);
		assertClosedBySystem(late, deadline);
		assertThat(history(onTime)).containsExactly("OPEN");
		assertThat(history(shortlisting)).containsExactly("OPEN", "SHORTLISTING");
		assertThat(
				this.graph.count("MATCH (c:Challenge {status: 'OPEN'}) WHERE c.deadline < date() RETURN count(c) AS n"))
			.isZero();
	}

	@Test // GH-14 finding 7: closed challenges still got team proposals
	void onlyAChallengeOpenForApplicationsGetsProposals() {
		String c = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		mutate(this.admin, "teamsFor", Map.of("challenge", c, "first", 1)).errors().verify();
		String team = applied(c, this.experts.get(0), List.of());
		mutate(this.admin, "shortlist", Map.of("challenge", c, "teams", List.of(team))).errors().verify();
		mutate(this.admin, "award", Map.of("challenge", c, "team", team)).errors().verify();
		assertRefused(this.admin, "teamsFor", Map.of("challenge", c, "first", 3), "BAD_REQUEST",
				"Challenge '%s' is AWARDED; teams are proposed only for an OPEN challenge".formatted(c));
		mutate(this.admin, "close", Map.of("challenge", c)).errors().verify();
		assertRefused(this.admin, "teamsFor", Map.of("challenge", c, "first", 3), "BAD_REQUEST",
				"Challenge '%s' is CLOSED; teams are proposed only for an OPEN challenge".formatted(c));

		String late = post(id(), "OPEN_COMPETITION", "2099-12-31", List.of("tech_led_micro"), "chain_led");
		String deadline = pastDeadline(late);
		assertRefused(this.admin, "teamsFor", Map.of("challenge", late, "first", 3), "BAD_REQUEST",
				"Challenge '%s' is past its deadline %s".formatted(late, deadline));
	}

	private void assertClosedBySystem(String challenge, String deadline) {
		List<Record> history = this.graph.rows("""
				MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s)
				RETURN s.status AS status, s.actor AS actor, s.note AS note ORDER BY s.id""", "c", challenge);
		assertThat(history).extracting((row) -> row.get("status").asString()).containsExactly("OPEN", "CLOSED");
		assertThat(history.get(1).get("actor").asString()).isEqualTo(OverdueChallenges.ACTOR);
		assertThat(history.get(1).get("note").asString())
			.isEqualTo("deadline %s passed while OPEN".formatted(deadline));
		assertThat(this.graph.strings("MATCH (c:Challenge {id: $c}) RETURN [c.status] AS values", "c", challenge))
			.containsExactly("CLOSED");
	}

	// Challenges cannot be posted with a past deadline any more; the days pass instead.
	private String pastDeadline(String challenge) {
		LocalDate deadline = LocalDate.now(ZoneOffset.UTC).minusDays(3);
		this.graph.run("MATCH (c:Challenge {id: $c}) SET c.deadline = $d", "c", challenge, "d", deadline);
		return deadline.toString();
	}

	private String post(String id, String mode, String deadline, List<String> technologies, String chain) {
		Map<String, Object> input = input(id, mode, deadline);
		input.put("technologies", technologies);
		input.put("chain", chain);
		mutate(this.admin, "post", Map.of("input", input)).errors().verify();
		return id;
	}

	private String applied(String challenge, String lead, List<String> partners) {
		return mutate(this.admin, "apply", application(challenge, lead, partners)).path("applyToChallenge.team.id")
			.entity(String.class)
			.get();
	}

	private static Map<String, Object> application(String challenge, String lead, List<String> partners) {
		return Map.of("input", Map.of("challenge", challenge, "lead", lead, "partners", partners));
	}

	private static Map<String, Object> input(String id, String mode, String deadline) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", "规则测试");
		input.put("poster", "cons_led");
		input.put("technologies", List.of("tech_led_micro"));
		input.put("chain", "chain_led");
		input.put("budget", 1_000_000);
		input.put("deadline", deadline);
		input.put("mode", mode);
		input.put("maxPartners", 3);
		return input;
	}

	private static String id() {
		return "test_rule_" + UUID.randomUUID().toString().substring(0, 8);
	}

	private List<String> history(String challenge) {
		return this.graph.strings("""
				MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s)
				WITH s ORDER BY s.id RETURN collect(s.status) AS values""", "c", challenge);
	}

	private static GraphQlTester.Response mutate(HttpGraphQlTester tester, String operation,
			Map<String, Object> variables) {
		String document = operation.equals("teamsFor") ? "teamsFor" : "challengeWorkflow";
		GraphQlTester.Request<?> request = tester.documentName(document).operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private static void assertRefused(HttpGraphQlTester tester, String operation, Map<String, Object> variables,
			String classification, String reason) {
		mutate(tester, operation, variables).errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo(classification);
				assertThat(error.getMessage()).contains(reason);
			}));
	}

}
