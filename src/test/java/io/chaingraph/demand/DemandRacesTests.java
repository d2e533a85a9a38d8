package io.chaingraph.demand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.Concurrently;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, finding 2: twenty conflicting moves on one demand, released together. Exactly
 * one succeeds; every other is a BAD_REQUEST that names the state the winner left, or the
 * taker it was not sent to; the history and the relationships count one move each.
 */
@ChainGraphTest
class DemandRacesTests {

	private static final int N = 20;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	@BeforeEach
	void signIn() {
		this.graphQl = TestKeys.admin(this.graphQl, this.keys);
	}

	@AfterEach
	void removeTestDemands() {
		graph().run("""
				MATCH (d:Demand) WHERE d.id STARTS WITH 'demand_'
				OPTIONAL MATCH (d)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE d, s""");
	}

	@Test
	void ofTwentyDispatchesToTwoDepartmentsOneWins() throws Exception {
		String demand = raise("FINANCING", List.of());
		List<String> refusals = Collections.synchronizedList(new ArrayList<>());
		int successes = Concurrently.successes(N, (i) -> outcome(refusals, call("dispatch", Map.of("demand", demand,
				"committee", "party_led_chain", "department", (i % 2 == 0) ? "syn_dept_finance" : "syn_dept_land"))));
		assertThat(successes).as("successes of %d dispatches", N).isEqualTo(1);
		assertThat(refusals).hasSize(N - 1)
			.allMatch((refusal) -> refusal
				.equals("BAD_REQUEST: Demand '%s' is DISPATCHED; only a RAISED demand can be dispatched"
					.formatted(demand)));
		assertThat(count("MATCH (:Demand {id: $id})-[r:DISPATCHED_TO]->() RETURN count(r) AS n", demand)).isEqualTo(1);
		assertThat(count("MATCH ()-[r:DISPATCHED]->(:Demand {id: $id}) RETURN count(r) AS n", demand)).isEqualTo(1);
		assertThat(history(demand)).containsExactly("RAISED", "DISPATCHED");
	}

	@Test
	void ofTwentyAcceptsByOneDepartmentOneWins() throws Exception {
		String demand = dispatched("syn_dept_finance");
		List<String> refusals = Collections.synchronizedList(new ArrayList<>());
		int successes = Concurrently.successes(N,
				(i) -> outcome(refusals, call("accept", Map.of("demand", demand, "department", "syn_dept_finance"))));
		assertThat(successes).as("successes of %d accepts by one department", N).isEqualTo(1);
		assertThat(refusals).hasSize(N - 1)
			.allMatch((refusal) -> refusal
				.equals("BAD_REQUEST: Demand '%s' is ACCEPTED; only a DISPATCHED demand can be accepted"
					.formatted(demand)));
		assertThat(count("MATCH ()-[r:ACCEPTED]->(:Demand {id: $id}) RETURN count(r) AS n", demand)).isEqualTo(1);
		assertThat(history(demand)).containsExactly("RAISED", "DISPATCHED", "ACCEPTED");
	}

	@Test
	void ofTwentyAcceptsByTwoDepartmentsOnlyTheOneItWasSentToWinsOnce() throws Exception {
		String demand = dispatched("syn_dept_finance");
		List<String> refusals = Collections.synchronizedList(new ArrayList<>());
		int successes = Concurrently.successes(N, (i) -> outcome(refusals, call("accept",
				Map.of("demand", demand, "department", (i % 2 == 0) ? "syn_dept_finance" : "syn_dept_land"))));
		assertThat(successes).as("successes of %d accepts by two departments", N).isEqualTo(1);
		assertThat(refusals).hasSize(N - 1)
			.allMatch((refusal) -> refusal.equals(
					"BAD_REQUEST: Demand '%s' is ACCEPTED; only a DISPATCHED demand can be accepted".formatted(demand))
					|| refusal
						.equals("BAD_REQUEST: Demand '%s' was not dispatched to 'syn_dept_land'".formatted(demand)));
		assertThat(graph().strings("MATCH (x)-[:ACCEPTED]->(:Demand {id: $id}) RETURN collect(x.id) AS values", "id",
				demand))
			.containsExactly("syn_dept_finance");
		assertThat(history(demand)).containsExactly("RAISED", "DISPATCHED", "ACCEPTED");
	}

	@Test
	void ofTwentyAcceptsByTheThreeExpertsItWasSentToOneWins() throws Exception {
		String demand = raise("TECHNOLOGY", List.of("tech_led_micro"));
		List<String> experts = List.of("person_jiang_fengyi", "syn_expert_auto_001", "syn_expert_auto_002");
		assertThat(succeeded(
				call("dispatch", Map.of("demand", demand, "committee", "party_led_chain", "experts", experts))))
			.isTrue();
		List<String> refusals = Collections.synchronizedList(new ArrayList<>());
		int successes = Concurrently.successes(N, (i) -> outcome(refusals,
				call("accept", Map.of("demand", demand, "department", experts.get(i % experts.size())))));
		assertThat(successes).as("successes of %d accepts by three experts", N).isEqualTo(1);
		assertThat(refusals).hasSize(N - 1)
			.allMatch((refusal) -> refusal
				.equals("BAD_REQUEST: Demand '%s' is ACCEPTED; only a DISPATCHED demand can be accepted"
					.formatted(demand)));
		assertThat(count("MATCH ()-[r:ACCEPTED]->(:Demand {id: $id}) RETURN count(r) AS n", demand)).isEqualTo(1);
		assertThat(count("MATCH (:Demand {id: $id})-[r:DISPATCHED_TO]->() RETURN count(r) AS n", demand)).isEqualTo(3);
		assertThat(history(demand)).containsExactly("RAISED", "DISPATCHED", "ACCEPTED");
	}

	@Test
	void ofTwentyResolvesOneWins() throws Exception {
		String demand = dispatched("syn_dept_finance");
		assertThat(succeeded(call("accept", Map.of("demand", demand, "department", "syn_dept_finance")))).isTrue();
		List<String> refusals = Collections.synchronizedList(new ArrayList<>());
		int successes = Concurrently.successes(N,
				(i) -> outcome(refusals, call("resolve", Map.of("demand", demand, "note", "note " + i))));
		assertThat(successes).as("successes of %d resolves", N).isEqualTo(1);
		assertThat(refusals).hasSize(N - 1)
			.allMatch((refusal) -> refusal.equals(
					"BAD_REQUEST: Demand '%s' is RESOLVED; only an ACCEPTED demand can be resolved".formatted(demand)));
		assertThat(history(demand)).containsExactly("RAISED", "DISPATCHED", "ACCEPTED", "RESOLVED");
		assertThat(count("MATCH ()-[r:ACCEPTED]->(:Demand {id: $id}) RETURN count(r) AS n", demand)).isEqualTo(1);
		assertThat(count("MATCH (:Demand {id: $id})-[r:DISPATCHED_TO]->() RETURN count(r) AS n", demand)).isEqualTo(1);
	}

	private String dispatched(String department) {
		String demand = raise("FINANCING", List.of());
		assertThat(succeeded(
				call("dispatch", Map.of("demand", demand, "committee", "party_led_chain", "department", department))))
			.isTrue();
		return demand;
	}

	private List<String> history(String demand) {
		return graph().strings("""
				MATCH (:Demand {id: $id})-[:HAS_STATUS_CHANGE]->(s)
				WITH s ORDER BY s.id RETURN collect(s.status) AS values""", "id", demand);
	}

	private long count(String cypher, String demand) {
		return graph().count(cypher, "id", demand);
	}

	private GraphAssertions graph() {
		return new GraphAssertions(this.driver);
	}

	// A success, or the refusal's classification and message kept for the assertions.
	private static boolean outcome(List<String> refusals, GraphQlTester.Response response) {
		List<ResponseError> errors = response.returnResponse().getErrors();
		for (ResponseError error : errors) {
			refusals.add(error.getErrorType() + ": " + error.getMessage());
		}
		return errors.isEmpty();
	}

	private static boolean succeeded(GraphQlTester.Response response) {
		return response.returnResponse().getErrors().isEmpty();
	}

	private String raise(String kind, List<String> technologies) {
		return call("raise", Map.of("input",
				Map.of("enterprise", "ent_zhaochi", "kind", kind, "name", "并发测试需求", "technologies", technologies)))
			.path("raiseDemand.demand.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response call(String operation, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("demandWorkflow").operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

}
