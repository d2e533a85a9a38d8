package io.chaingraph.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workflow state belongs to the workflows (issue 14, finding 3): a coordinator cannot set
 * an application's status, delete or move a challenge's history, write the relationships
 * a workflow move decides on, make a challenge or demand without its first move, or
 * delete a node that takes part in a workflow. Each refusal is a BAD_REQUEST that names
 * what is workflow state, and changes nothing.
 */
@ChainGraphTest
class WorkflowStateCurationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	HttpGraphQlTester coordinator;

	HttpGraphQlTester admin;

	GraphAssertions graph;

	String suffix;

	@BeforeEach
	void signIn() {
		this.coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
		this.admin = TestKeys.admin(this.graphQl, this.keys);
		this.graph = new GraphAssertions(this.driver);
		this.suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	@AfterEach
	void removeTestNodes() {
		this.graph.run("""
				MATCH (c:Challenge) WHERE c.id STARTS WITH 'wfs_'
				OPTIONAL MATCH (t:Team)-[:APPLIED_TO]->(c)
				OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE c, t, s""");
		this.graph.run("MATCH (n:Enterprise) WHERE n.id STARTS WITH 'wfs_' DETACH DELETE n");
	}

	@Test
	void anApplicationsStatusIsNotCurated() {
		String challenge = post("wfs_app_" + this.suffix, "cons_led");
		String team = apply(challenge);

		for (String status : List.of("AWARDED", "BRIBED")) {
			assertBadRequest(relationship("updateRelationship", "APPLIED_TO", team, challenge, status),
					"APPLIED_TO is workflow state");
		}
		assertBadRequest(relationship("createRelationship", "APPLIED_TO", team, challenge, "AWARDED"),
				"APPLIED_TO is workflow state");
		assertBadRequest(deleteRelationship("APPLIED_TO", team, challenge), "APPLIED_TO is workflow state");

		assertThat(this.graph.strings(
				"MATCH (:Team {id: $t})-[a:APPLIED_TO]->(:Challenge {id: $c}) " + "RETURN collect(a.status) AS values",
				"t", team, "c", challenge))
			.containsExactly("APPLIED");
	}

	@Test
	void aHistoryIsNeitherDeletedNorMovedToAnotherChallenge() {
		String first = post("wfs_one_" + this.suffix, "cons_led");
		String second = post("wfs_two_" + this.suffix, "cons_led");
		String change = this.graph
			.strings("MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s) RETURN collect(s.id) AS values", "c", first)
			.get(0);

		assertBadRequest(deleteRelationship("HAS_STATUS_CHANGE", first, change), "HAS_STATUS_CHANGE is workflow state");
		assertBadRequest(relationship("createRelationship", "HAS_STATUS_CHANGE", second, change, null),
				"HAS_STATUS_CHANGE is workflow state");
		assertBadRequest(relationship("updateRelationship", "HAS_STATUS_CHANGE", first, change, null),
				"HAS_STATUS_CHANGE is workflow state");

		assertThat(this.graph.strings("MATCH (c:Challenge)-[:HAS_STATUS_CHANGE]->(:StatusChange {id: $s}) "
				+ "RETURN collect(c.id) AS values", "s", change))
			.containsExactly(first);
		assertThat(this.graph.count("MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s) RETURN count(s) AS n", "c",
				second))
			.isEqualTo(1);
	}

	@Test
	void theRelationshipsAWorkflowMoveDecidesOnAreNotCurated() {
		String demand = this.graph
			.strings("MATCH (d:Demand {status: 'RAISED'}) WITH d ORDER BY d.id LIMIT 1 "
					+ "RETURN collect(d.id) AS values")
			.get(0);
		String department = this.graph
			.strings("MATCH (x:Department) WITH x ORDER BY x.id LIMIT 1 RETURN collect(x.id) AS values")
			.get(0);
		assertBadRequest(relationship("createRelationship", "DISPATCHED_TO", demand, department, null),
				"DISPATCHED_TO is workflow state");
		assertBadRequest(relationship("createRelationship", "ACCEPTED", department, demand, null),
				"ACCEPTED is workflow state");
		assertBadRequest(relationship("createRelationship", "DISPATCHED", "party_led_chain", demand, null),
				"DISPATCHED is workflow state");
		assertBadRequest(relationship("createRelationship", "POSTED", "cons_copper",
				post("wfs_posted_" + this.suffix, "cons_led"), null), "POSTED is workflow state");
		assertThat(this.graph.count("""
				MATCH (d:Demand {id: $d})
				RETURN COUNT { (d)-[:DISPATCHED_TO]->() } + COUNT { ()-[:ACCEPTED]->(d) }
				     + COUNT { ()-[:DISPATCHED]->(d) } AS n""", "d", demand)).isZero();
	}

	@Test
	void aChallengeOrDemandStartsWithItsWorkflowsFirstMove() {
		// Curation has no create for them: one made there would have no status and no
		// history, and no move could take it on. The document does not validate.
		for (String label : List.of("Challenge", "Demand")) {
			this.coordinator
				.document("mutation ($input: Create%sInput!) { create%s(input: $input) { changed } }".formatted(label,
						label))
				.variable("input", Map.of("id", "wfs_curated_" + this.suffix, "name", "未经发布"))
				.execute()
				.errors()
				.expect((error) -> String.valueOf(error.getErrorType()).equals("BAD_REQUEST"))
				.verify();
		}
		assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", "wfs_curated_" + this.suffix))
			.isZero();
	}

	@Test
	void aNodeThatTakesPartInAWorkflowIsNotDeletedWithIt() {
		String poster = "wfs_poster_" + this.suffix;
		this.coordinator.documentName("curateEnterprise")
			.operationName("createEnterprise")
			.variable("input", Map.of("id", poster, "name", "发榜测试企业"))
			.execute()
			.errors()
			.verify();
		String challenge = post("wfs_by_" + this.suffix, poster);

		GraphQlTester.Response delete = this.coordinator.documentName("curateEnterprise")
			.operationName("deleteEnterprise")
			.variable("id", poster)
			.variable("detach", true)
			.execute();
		assertBadRequest(delete, "POSTED");
		assertThat(
				this.graph.count("MATCH (:Enterprise {id: $e})-[:POSTED]->(:Challenge {id: $c}) RETURN count(*) AS n",
						"e", poster, "c", challenge))
			.isEqualTo(1);
	}

	private String post(String id, String poster) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", "工作流状态测试");
		input.put("poster", poster);
		input.put("technologies", List.of("tech_led_micro"));
		input.put("chain", "chain_led");
		input.put("budget", 1_000_000);
		input.put("deadline", "2099-12-31");
		input.put("mode", "OPEN_COMPETITION");
		input.put("maxPartners", 2);
		input.put("requireCoverage", false);
		this.admin.documentName("challengeWorkflow")
			.operationName("post")
			.variable("input", input)
			.execute()
			.path("postChallenge.challenge.status")
			.entity(String.class)
			.isEqualTo("OPEN");
		return id;
	}

	private String apply(String challenge) {
		String lead = this.graph.strings("""
				MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'})
				WITH x ORDER BY x.id LIMIT 1 RETURN collect(x.id) AS values""").get(0);
		return this.admin.documentName("challengeWorkflow")
			.operationName("apply")
			.variable("input", Map.of("challenge", challenge, "lead", lead, "partners", List.of()))
			.execute()
			.path("applyToChallenge.team.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response relationship(String operation, String type, String from, String to, String status) {
		Map<String, Object> input = new HashMap<>();
		input.put("type", type);
		input.put("from", from);
		input.put("to", to);
		if (status != null) {
			input.put("properties", List.of(Map.of("key", "status", "value", status)));
		}
		return this.coordinator.documentName("curateEnterprise")
			.operationName(operation)
			.variable("input", input)
			.execute();
	}

	private GraphQlTester.Response deleteRelationship(String type, String from, String to) {
		return this.coordinator.documentName("curateEnterprise")
			.operationName("deleteRelationship")
			.variable("type", type)
			.variable("from", from)
			.variable("to", to)
			.execute();
	}

	private static void assertBadRequest(GraphQlTester.Response response, String reason) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains(reason);
		}));
	}

}
