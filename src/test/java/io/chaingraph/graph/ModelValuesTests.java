package io.chaingraph.graph;

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
 * Issue 14, finding 1: ranges and value sets were not enforced. Each value the issue
 * reproduces is refused, by curation and by import, with the model's message, and nothing
 * is written; the ranking's expertise component stays within 0..1.
 */
@ChainGraphTest
class ModelValuesTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	GraphAssertions graph;

	HttpGraphQlTester coordinator;

	String prefix;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
		this.coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
		this.prefix = "mv_" + UUID.randomUUID().toString().substring(0, 8) + "_";
	}

	@AfterEach
	void removeTestNodes() {
		this.graph.run("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", "prefix", this.prefix);
	}

	@Test // issue 14, finding 1
	void curationRefusesLevelsAndSeveritiesOutsideOneToFive() {
		String expert = this.prefix + "expert";
		String technology = this.prefix + "tech";
		execute("createExpert", Map.of("input", Map.of("id", expert, "name", "合成专家"))).path("createExpert.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
		execute("createTechnology", Map.of("input", Map.of("id", technology, "name", "合成技术")))
			.path("createTechnology.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
		for (String level : List.of("99", "1000", "-7", "0", "6")) {
			refused(relationship("EXPERT_IN", expert, technology, "level", level),
					"Property 'level' of EXPERT_IN must be between 1 and 5; got " + level);
		}
		refused(relationship("BOTTLENECK_OF", technology, "chain_led", "severity", "1000"),
				"Property 'severity' of BOTTLENECK_OF must be between 1 and 5; got 1000");
		assertThat(this.graph.count("MATCH ({id: $id})-[r]-() RETURN count(r) AS n", "id", technology)).isZero();
		// The bounds themselves are levels.
		execute("createRelationship", relationship("EXPERT_IN", expert, technology, "level", "5"))
			.path("createRelationship.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test // issue 14, finding 1
	void curationRefusesARoleOutsideItsSetAndABlankName() {
		String enterprise = this.prefix + "ent";
		refused("createEnterprise", Map.of("input", Map.of("id", enterprise, "name", "")),
				"Property 'name' of Enterprise must not be blank");
		refused("createEnterprise", Map.of("input", Map.of("id", enterprise, "name", "  ")),
				"Property 'name' of Enterprise must not be blank");
		assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", enterprise)).isZero();
		execute("createEnterprise", Map.of("input", Map.of("id", enterprise, "name", "合成企业")))
			.path("createEnterprise.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
		refused(relationship("MEMBER_OF", enterprise, "cons_led", "role", "BOSS"),
				"Property 'role' of MEMBER_OF must be one of [LEAD, MEMBER]; got 'BOSS'");
		assertThat(this.graph.count("MATCH ({id: $id})-[r]-() RETURN count(r) AS n", "id", enterprise)).isZero();
	}

	@Test // issue 14, finding 1
	void importRefusesValuesOutsideTheirSetsAndRangesWritingNothing() {
		String p = this.prefix;
		GraphQlTester.Response response = execute("importGraph", Map.of("files", List.of(
				file("nodes/Chain.csv", "id:ID(Chain),name,confidence\n%schain,合成链,HIGH\n".formatted(p)),
				file("nodes/Enterprise.csv", "id:ID(Enterprise),name,ownership\n%sent,合成企业,STATE\n".formatted(p)),
				file("nodes/Technology.csv", "id:ID(Technology),name,kind\n%stech,合成技术,BOGUS\n".formatted(p)),
				file("nodes/Demand.csv",
						"id:ID(Demand),name,kind,status\n%sdemand,合成需求,TECHNOLOGY,STOLEN\n".formatted(p)),
				file("nodes/Expert.csv", "id:ID(Expert),name\n%sexpert,合成专家\n".formatted(p)),
				file("relationships/EXPERT_IN.csv",
						":START_ID(Expert),:END_ID(Technology),:TYPE,level:int\n%1$sexpert,tech_led_yellow,EXPERT_IN,500\n%1$sexpert,tech_led_mini,EXPERT_IN,9\n"
							.formatted(p)))));
		response.path("importGraph.job.status").entity(String.class).isEqualTo("REJECTED");
		List<Map<String, Object>> errors = errors(response);
		assertThat(errors).contains(
				error("nodes/Chain.csv", 2,
						"Property 'confidence' of Chain must be one of [high, low, medium]; got 'HIGH'"),
				error("nodes/Enterprise.csv", 2,
						"Property 'ownership' of Enterprise must be one of [FOREIGN, PRIVATE, SOE]; got 'STATE'"),
				error("nodes/Technology.csv", 2,
						"Property 'kind' of Technology must be one of [CHOKEPOINT, DOMAIN, FRONTIER, HISTORICAL, KEY_COMMON, RESOLVED_BOTTLENECK]; got 'BOGUS'"),
				error("relationships/EXPERT_IN.csv", 2,
						"Property 'level' of EXPERT_IN must be between 1 and 5; got 500"),
				error("relationships/EXPERT_IN.csv", 3,
						"Property 'level' of EXPERT_IN must be between 1 and 5; got 9"));
		// Whatever else is said of a demand's status, STOLEN is refused on its line.
		assertThat(errors).anySatisfy((error) -> {
			assertThat(error).containsEntry("file", "nodes/Demand.csv").containsEntry("line", 2);
			assertThat((String) error.get("reason")).contains("'status' of Demand");
		});
		assertThat(this.graph.count("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n", "prefix", p))
			.isZero();
	}

	@Test // issue 14, finding 1
	void theExpertiseComponentStaysWithinZeroAndOne() {
		String expert = this.prefix + "expert";
		execute("createExpert", Map.of("input", Map.of("id", expert, "name", "合成专家")));
		refused(relationship("EXPERT_IN", expert, "tech_led_si_substrate", "level", "1000"),
				"Property 'level' of EXPERT_IN must be between 1 and 5; got 1000");
		execute("createRelationship", relationship("EXPERT_IN", expert, "tech_led_si_substrate", "level", "5"))
			.path("createRelationship.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
		List<Double> scores = execute("expertsFor", Map.of("technology", "tech_led_si_substrate"))
			.path("expertsFor.matches[*].components[*].score")
			.entityList(Double.class)
			.get();
		assertThat(scores).isNotEmpty().allSatisfy((score) -> assertThat(score).isBetween(0.0, 1.0));
		List<Double> expertise = execute("expertsFor", Map.of("technology", "tech_led_si_substrate"))
			.path("expertsFor.matches[?(@.expert.id == '%s')].components[?(@.name == 'EXPERTISE')].score"
				.formatted(expert))
			.entityList(Double.class)
			.get();
		assertThat(expertise).containsExactly(1.0);
	}

	private static Map<String, Object> relationship(String type, String from, String to, String key, String value) {
		return Map.of("input", Map.of("type", type, "from", from, "to", to, "properties",
				List.of(Map.of("key", key, "value", value))));
	}

	private static Map<String, Object> file(String name, String content) {
		return Map.of("name", name, "content", content);
	}

	private static Map<String, Object> error(String file, int line, String reason) {
		return Map.of("file", file, "line", line, "reason", reason);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(GraphQlTester.Response response) {
		return (List<Map<String, Object>>) (List<?>) response.path("importGraph.job.errors")
			.entityList(Map.class)
			.get();
	}

	private GraphQlTester.Response execute(String operation, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.coordinator.documentName("modelValues").operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private void refused(Map<String, Object> variables, String message) {
		refused("createRelationship", variables, message);
	}

	private void refused(String operation, Map<String, Object> variables, String message) {
		execute(operation, variables).errors().satisfy((errors) -> assertThat(errors).hasSize(1).allSatisfy((error) -> {
			assertThat(error.getMessage()).isEqualTo(message);
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
		}));
	}

}
