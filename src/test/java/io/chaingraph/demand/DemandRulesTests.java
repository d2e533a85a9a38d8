package io.chaingraph.demand;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, finding 8: only the committee of a demand's chain dispatches it, a technology
 * demand names its technologies, and an EXPERT key takes what was sent to its expert.
 */
@ChainGraphTest
class DemandRulesTests {

	private static final String JIANG = "person_jiang_fengyi";

	private static final String OTHER_EXPERT = "syn_expert_auto_001";

	private static final String OUTSIDER = "syn_expert_auto_003";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	HttpGraphQlTester admin;

	@BeforeEach
	void signIn() {
		this.admin = TestKeys.admin(this.graphQl, this.keys);
	}

	@AfterEach
	void removeTestData() {
		graph().run("""
				MATCH (d:Demand) WHERE d.id STARTS WITH 'demand_'
				OPTIONAL MATCH (d)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE d, s""");
		graph().run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'dr_' DETACH DELETE e");
	}

	@Test
	void onlyTheCommitteeOfTheDemandsChainDispatchesIt() {
		// 江西铜业 works in the copper chain's segments; the LED chain's committee is not
		// its.
		String demand = raise("ent_jcc", "FINANCING", List.of());
		bad(this.admin, "dispatch",
				Map.of("demand", demand, "committee", "party_led_chain", "department", "syn_dept_finance"),
				"Committee 'party_led_chain' guides [chain_led], but demand '%s' is on [chain_copper]"
					.formatted(demand));
		assertUntouched(demand);
		call(this.admin, "dispatch",
				Map.of("demand", demand, "committee", "party_copper_chain", "department", "syn_dept_finance"))
			.path("dispatchDemand.demand.status")
			.entity(String.class)
			.isEqualTo("DISPATCHED");
	}

	@Test
	void aDemandOfAnEnterpriseOnNoChainIsDispatchedByNoCommittee() {
		String enterprise = "dr_" + UUID.randomUUID();
		graph().run("CREATE (:Enterprise {id: $id, name: '无产业链企业'})", "id", enterprise);
		String demand = raise(enterprise, "LAND", List.of());
		bad(this.admin, "dispatch",
				Map.of("demand", demand, "committee", "party_led_chain", "department", "syn_dept_land"),
				"Demand '%s' is on no chain".formatted(demand));
		assertUntouched(demand);
	}

	@Test
	void aTechnologyDemandMustNameATechnology() {
		String name = "无技术的技术需求 " + UUID.randomUUID();
		bad(this.admin, "raise", Map.of("input",
				Map.of("enterprise", "ent_zhaochi", "kind", "TECHNOLOGY", "name", name, "technologies", List.of())),
				"A TECHNOLOGY demand names at least one technology in 'technologies'");
		assertThat(graph().count("MATCH (d:Demand {name: $name}) RETURN count(d) AS n", "name", name)).isZero();
	}

	@Test
	void anExpertKeyTakesAndResolvesOnlyWhatWasSentToItsExpert() {
		HttpGraphQlTester jiang = expertKey(JIANG);
		HttpGraphQlTester outsider = expertKey(OUTSIDER);
		jiang.documentName("demandRules")
			.operationName("viewer")
			.execute()
			.path("viewer.expert")
			.entity(String.class)
			.isEqualTo(JIANG)
			.path("viewer.roles")
			.entityList(String.class)
			.containsExactly("EXPERT");
		String demand = raise("ent_zhaochi", "TECHNOLOGY", List.of("tech_led_micro"));
		call(this.admin, "dispatch",
				Map.of("demand", demand, "committee", "party_led_chain", "experts", List.of(JIANG, OTHER_EXPERT)))
			.path("dispatchDemand.demand.status")
			.entity(String.class)
			.isEqualTo("DISPATCHED");
		bad(outsider, "accept", Map.of("demand", demand, "department", OUTSIDER),
				"Demand '%s' was not dispatched to '%s'".formatted(demand, OUTSIDER));
		refused(outsider, "accept", Map.of("demand", demand, "department", JIANG),
				"This key acts for expert '%s' only, not for '%s'".formatted(OUTSIDER, JIANG));
		rules(jiang, "accept", Map.of("demand", demand, "department", JIANG)).path("acceptDemand.demand.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED")
			.path("acceptDemand.demand.acceptedBy.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(JIANG);
		refused(outsider, "resolve", Map.of("demand", demand),
				"This key resolves only demands its expert '%s' accepted".formatted(OUTSIDER));
		refused(expertKey(OTHER_EXPERT), "resolve", Map.of("demand", demand),
				"This key resolves only demands its expert '%s' accepted".formatted(OTHER_EXPERT));
		rules(jiang, "resolve", Map.of("demand", demand)).path("resolveDemand.demand.status")
			.entity(String.class)
			.isEqualTo("RESOLVED");
	}

	@Test
	void aDepartmentKeyCannotTakeWhatWasSentToAnExpert() {
		HttpGraphQlTester land = TestKeys.with(this.graphQl, issue(Map.of("name", "dr land " + UUID.randomUUID(),
				"roles", List.of("DEPARTMENT"), "department", "syn_dept_land")));
		String demand = raise("ent_zhaochi", "TECHNOLOGY", List.of("tech_led_micro"));
		call(this.admin, "dispatch",
				Map.of("demand", demand, "committee", "party_led_chain", "experts", List.of(JIANG)))
			.path("dispatchDemand.demand.status")
			.entity(String.class)
			.isEqualTo("DISPATCHED");
		refused(land, "accept", Map.of("demand", demand, "department", JIANG),
				"This key acts for department 'syn_dept_land' only, not for '%s'".formatted(JIANG));
		assertThat(graph().count("MATCH ()-[r:ACCEPTED]->(:Demand {id: $id}) RETURN count(r) AS n", "id", demand))
			.isZero();
	}

	@Test
	void anExpertKeyIsBoundToOneExpertThatExists() {
		issueRefused(Map.of("name", "dr no expert", "roles", List.of("EXPERT")), "BAD_REQUEST",
				"An EXPERT key needs 'expert', and only an EXPERT key takes it");
		issueRefused(Map.of("name", "dr viewer with expert", "roles", List.of("VIEWER"), "expert", JIANG),
				"BAD_REQUEST", "An EXPERT key needs 'expert', and only an EXPERT key takes it");
		issueRefused(Map.of("name", "dr unknown expert", "roles", List.of("EXPERT"), "expert", "dr_nobody"),
				"NOT_FOUND", "No expert with id 'dr_nobody'");
	}

	private void assertUntouched(String demand) {
		assertThat(graph().one("MATCH (d:Demand {id: $id}) RETURN d.status AS s", "id", demand).get("s").asString())
			.isEqualTo("RAISED");
		assertThat(graph().count("MATCH ()-[r:DISPATCHED]->(:Demand {id: $id}) RETURN count(r) AS n", "id", demand))
			.isZero();
		assertThat(graph().count("MATCH (:Demand {id: $id})-[r:DISPATCHED_TO]->() RETURN count(r) AS n", "id", demand))
			.isZero();
	}

	private HttpGraphQlTester expertKey(String expert) {
		return TestKeys.with(this.graphQl, issue(Map.of("name", "dr expert " + expert + " " + UUID.randomUUID(),
				"roles", List.of("EXPERT"), "expert", expert)));
	}

	private String issue(Map<String, Object> input) {
		return this.admin.documentName("demandRules")
			.operationName("issueKey")
			.variable("input", input)
			.execute()
			.path("issueApiKey.key")
			.entity(String.class)
			.get();
	}

	private void issueRefused(Map<String, Object> input, String classification, String reason) {
		this.admin.documentName("demandRules")
			.operationName("issueKey")
			.variable("input", input)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo(classification);
				assertThat(error.getMessage()).isEqualTo(reason);
			}));
	}

	private String raise(String enterprise, String kind, List<String> technologies) {
		return call(this.admin, "raise",
				Map.of("input",
						Map.of("enterprise", enterprise, "kind", kind, "name", "规则测试需求", "technologies", technologies)))
			.path("raiseDemand.demand.id")
			.entity(String.class)
			.get();
	}

	private GraphAssertions graph() {
		return new GraphAssertions(this.driver);
	}

	private static GraphQlTester.Response call(HttpGraphQlTester tester, String operation,
			Map<String, Object> variables) {
		return execute(tester, "demandWorkflow", operation, variables);
	}

	private static GraphQlTester.Response rules(HttpGraphQlTester tester, String operation,
			Map<String, Object> variables) {
		return execute(tester, "demandRules", operation, variables);
	}

	private static GraphQlTester.Response execute(HttpGraphQlTester tester, String document, String operation,
			Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester.documentName(document).operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private static void bad(HttpGraphQlTester tester, String operation, Map<String, Object> variables, String reason) {
		expectError(call(tester, operation, variables), "BAD_REQUEST", reason);
	}

	private static void refused(HttpGraphQlTester tester, String operation, Map<String, Object> variables,
			String reason) {
		expectError(rules(tester, operation, variables), "FORBIDDEN", reason);
	}

	private static void expectError(GraphQlTester.Response response, String classification, String reason) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo(classification);
			assertThat(error.getMessage()).contains(reason);
		}));
	}

}
