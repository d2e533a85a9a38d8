package io.chaingraph.challenge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posting a challenge id again: with the same values it answers the challenge as it is,
 * with any other value it is refused naming what differs; N concurrent posts of one id
 * post it once and answer the others the same way.
 */
@ChainGraphTest
class ChallengeRepostTests {

	private static final String PREFIX = "test_repost_";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	HttpGraphQlTester organizer;

	GraphAssertions graph;

	@BeforeEach
	void signIn() {
		this.organizer = TestKeys.as(this.graphQl, this.keys, Role.ORGANIZER);
		this.graph = new GraphAssertions(this.driver);
	}

	@AfterEach
	void removeTestChallenges() {
		this.graph.run("""
				MATCH (c:Challenge) WHERE c.id STARTS WITH $prefix
				OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE c, s""", "prefix", PREFIX);
	}

	@Test // issue 14, finding 7
	void aRepostWithTheSameValuesAnswersTheChallengeUnchanged() {
		String id = newId();
		post(input(id)).errors().verify().path("postChallenge.challenge.id").entity(String.class).isEqualTo(id);
		post(input(id)).errors().verify().path("postChallenge.challenge.status").entity(String.class).isEqualTo("OPEN");
		assertPostedOnce(id, 1_000_000);
	}

	@Test // issue 14, finding 7
	void aRepostWithAnyOtherValueIsRefusedNamingWhatDiffers() {
		String id = newId();
		post(input(id)).errors().verify();
		Map<String, Object> other = new HashMap<>();
		other.put("budget", 2_000_000);
		other.put("deadline", "2098-06-30");
		other.put("technologies", List.of("tech_led_micro", "tech_led_mini"));
		other.put("poster", "cons_copper");
		other.put("chain", "chain_pv");
		other.put("mode", "HORSE_RACE");
		other.put("maxPartners", 3);
		other.put("requireCoverage", false);
		other.put("name", "别的题目");
		other.put("nameEn", "Another title");
		other.put("description", "别的说明");
		for (Map.Entry<String, Object> change : other.entrySet()) {
			Map<String, Object> input = input(id);
			input.put(change.getKey(), change.getValue());
			post(input).errors()
				.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
						&& error.getMessage().contains("[" + change.getKey() + "]"))
				.verify();
		}
		Map<String, Object> several = input(id);
		several.put("budget", 5);
		several.put("mode", "HORSE_RACE");
		post(several).errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().contains("[budget, mode]"))
			.verify();
		assertPostedOnce(id, 1_000_000);
	}

	@Test // issue 14, finding 5
	void thirtyTwoConcurrentIdenticalPostsPostOnce() throws Exception {
		String id = newId();
		List<GraphQlResponse> responses = Collections.synchronizedList(new ArrayList<>());
		Concurrently.successes(32, (i) -> responses.add(post(input(id)).returnResponse()));
		for (GraphQlResponse response : responses) {
			assertThat(response.getErrors()).isEmpty();
			assertThat(response.field("postChallenge.challenge.id").<String>getValue()).isEqualTo(id);
		}
		assertPostedOnce(id, 1_000_000);
	}

	@Test // issue 14, finding 5
	void concurrentPostsWithTwoBudgetsPostOnceAndRefuseTheOtherBudget() throws Exception {
		String id = newId();
		GraphQlResponse[] responses = new GraphQlResponse[20];
		Concurrently.successes(20, (i) -> {
			Map<String, Object> input = input(id);
			input.put("budget", 1_000_000 + (i % 2));
			responses[i] = post(input).returnResponse();
			return true;
		});
		long budget = this.graph.count("MATCH (c:Challenge {id: $id}) RETURN c.budget AS n", "id", id);
		for (int i = 0; i < responses.length; i++) {
			List<ResponseError> errors = responses[i].getErrors();
			if (1_000_000 + (i % 2) == budget) {
				assertThat(errors).as("request " + i).isEmpty();
			}
			else {
				assertThat(errors).as("request " + i).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("[budget]");
				});
			}
		}
		assertPostedOnce(id, budget);
	}

	private void assertPostedOnce(String id, long budget) {
		assertThat(this.graph.count("MATCH (c:Challenge {id: $id}) RETURN count(c) AS n", "id", id)).isEqualTo(1);
		assertThat(this.graph.count("MATCH (c:Challenge {id: $id}) RETURN c.budget AS n", "id", id)).isEqualTo(budget);
		assertThat(this.graph.strings("""
				MATCH (:Challenge {id: $id})-[:HAS_STATUS_CHANGE]->(s)
				WITH s ORDER BY s.id RETURN collect(s.status) AS values""", "id", id)).containsExactly("OPEN");
		assertThat(this.graph.count("MATCH (c:Challenge {id: $id})--(n) WHERE NOT n:StatusChange RETURN count(n) AS n",
				"id", id))
			.as("one POSTED, one ON_CHAIN, one TARGETS")
			.isEqualTo(3);
	}

	private HttpGraphQlTester.Response post(Map<String, Object> input) {
		return this.organizer.documentName("challengeWorkflow")
			.operationName("post")
			.variable("input", input)
			.execute();
	}

	private static String newId() {
		return PREFIX + UUID.randomUUID().toString().substring(0, 8);
	}

	private static Map<String, Object> input(String id) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", "重复发榜");
		input.put("poster", "cons_led");
		input.put("technologies", List.of("tech_led_micro"));
		input.put("chain", "chain_led");
		input.put("budget", 1_000_000);
		input.put("deadline", "2099-12-31");
		input.put("mode", "OPEN_COMPETITION");
		input.put("maxPartners", 2);
		return input;
	}

}
