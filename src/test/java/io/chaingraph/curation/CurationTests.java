package io.chaingraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordinators create, update and delete nodes and relationships; bad input is refused
 * with the reason and writes nothing; every change is in the audit trail; concurrent
 * writes neither duplicate nor lose anything.
 */
@ChainGraphTest
class CurationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	HttpGraphQlTester coordinator;

	@org.junit.jupiter.api.AfterEach
	void removeCuratedNodes() {
		new io.chaingraph.GraphAssertions(this.driver)
			.run("MATCH (n:Enterprise) WHERE n.id STARTS WITH 'cur_' DETACH DELETE n");
	}

	@BeforeEach
	void signIn() {
		this.coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
	}

	@Test
	void createUpdateAndDeleteANodeAreAuditedWithTheirValuesBeforeAndAfter() {
		Map<String, Object> input = Map.of("id", "cur_ent_1", "name", "策展测试企业", "ownership", "PRIVATE");
		create(input).path("createEnterprise.changed").entity(Boolean.class).isEqualTo(true);
		create(input).path("createEnterprise.changed").entity(Boolean.class).isEqualTo(false);
		this.coordinator.documentName("curateEnterprise")
			.operationName("updateEnterprise")
			.variable("id", "cur_ent_1")
			.variable("input", java.util.Collections.singletonMap("ownership", null))
			.execute()
			.path("updateEnterprise.enterprise.ownership")
			.valueIsNull()
			.path("updateEnterprise.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
		this.coordinator.documentName("curateEnterprise")
			.operationName("createRelationship")
			.variable("input", Map.of("type", "OPERATES_IN", "from", "cur_ent_1", "to", "seg_led_2"))
			.execute()
			.path("createRelationship.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
		this.coordinator.documentName("curateEnterprise")
			.operationName("deleteEnterprise")
			.variable("id", "cur_ent_1")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("has 1 relationship(s)")
					&& error.getExtensions().get("classification").equals("BAD_REQUEST"));
		this.coordinator.documentName("curateEnterprise")
			.operationName("deleteEnterprise")
			.variable("id", "cur_ent_1")
			.variable("detach", true)
			.execute()
			.path("deleteEnterprise.relationshipsDeleted")
			.entity(Integer.class)
			.isEqualTo(1);
		HttpGraphQlTester.Response changes = this.coordinator.documentName("curateEnterprise")
			.operationName("changes")
			.variable("entity", "cur_ent_1")
			.execute();
		changes.path("changes[*].operation")
			.entityList(String.class)
			.containsExactly("deleteEnterprise", "createRelationship", "updateEnterprise", "createEnterprise");
		changes.path("changes[*].actor").entityList(String.class).contains("test [COORDINATOR]|null|null");
		changes.path("changes[2].properties[0].key").entity(String.class).isEqualTo("ownership");
		changes.path("changes[2].properties[0].before").entity(String.class).isEqualTo("\"PRIVATE\"");
		changes.path("changes[2].properties[0].after").valueIsNull();
		assertThat(count("MATCH (n:Enterprise {id: 'cur_ent_1'}) RETURN count(n) AS n")).isZero();
	}

	@Test
	void badInputIsRefusedWithTheReasonAndWritesNothing() {
		long entries = count("MATCH (a:AuditEntry) RETURN count(a) AS n");
		refused(Map.of("id", "Bad Id!", "name", "x"),
				"Property 'id' of Enterprise must be 1 to 128 letters, digits, '_', '.', ':' or '-', starting with a letter or digit; got 'Bad Id!'");
		// A value outside the set is refused by the schema's enum before curation runs.
		refused(Map.of("id", "cur_bad_1", "name", "x", "ownership", "STATE"), "EnterpriseOwnership");
		create(Map.of("id", "cur_bad_2", "name", "原名"));
		refused(Map.of("id", "cur_bad_2", "name", "别名"), "exists with other values for [name]");
		this.coordinator.documentName("curateEnterprise")
			.operationName("createUniversity")
			.variable("input", Map.of("id", "org_chrdi602", "name", "同名"))
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("ids are unique across the graph"));
		this.coordinator.documentName("curateEnterprise")
			.operationName("createRelationship")
			.variable("input", Map.of("type", "OPERATES_IN", "from", "cur_bad_2", "to", "chain_led"))
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("No node with id 'chain_led' that OPERATES_IN may end at")
					&& error.getExtensions().get("classification").equals("NOT_FOUND"));
		this.coordinator.documentName("curateEnterprise")
			.operationName("createRelationship")
			.variable("input",
					Map.of("type", "EXPERT_IN", "from", "person_jiang_fengyi", "to", "tech_led_mini", "properties",
							List.of(Map.of("key", "level", "value", "high"))))
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("Property 'level' of EXPERT_IN must be an integer"));
		assertThat(count("MATCH (n:Enterprise) WHERE n.id IN ['cur_bad_1'] RETURN count(n) AS n")).isZero();
		assertThat(
				count("MATCH (:Expert {id: 'person_jiang_fengyi'})-[r:EXPERT_IN]->(:Technology {id: 'tech_led_mini'}) "
						+ "RETURN count(r) AS n"))
			.isZero();
		// Only the one good create was recorded.
		assertThat(count("MATCH (a:AuditEntry) RETURN count(a) AS n")).isEqualTo(entries + 1);
	}

	@Test
	void relationshipPropertiesAreCheckedSetAndRemoved() {
		Map<String, Object> ends = Map.of("type", "EXPERT_IN", "from", "person_jiang_fengyi", "to", "tech_led_mini");
		this.coordinator.documentName("curateEnterprise")
			.operationName("createRelationship")
			.variable("input", with(ends, List.of(Map.of("key", "level", "value", "3"))))
			.execute()
			.path("createRelationship.properties[0].value")
			.entity(String.class)
			.isEqualTo("3");
		this.coordinator.documentName("curateEnterprise")
			.operationName("updateRelationship")
			.variable("input", with(ends, List.of(Map.of("key", "level", "value", "4"))))
			.execute()
			.path("updateRelationship.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(
				count("MATCH (:Expert {id: 'person_jiang_fengyi'})-[r:EXPERT_IN]->(:Technology {id: 'tech_led_mini'}) "
						+ "RETURN r.level AS n"))
			.isEqualTo(4);
		this.coordinator.documentName("curateEnterprise")
			.operationName("deleteRelationship")
			.variables(ends)
			.execute()
			.path("deleteRelationship.relationshipsDeleted")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void thirtyTwoConcurrentIdenticalCreatesMakeOneNodeAndOneAuditEntry() throws Exception {
		Map<String, Object> input = Map.of("id", "cur_race_1", "name", "并发企业", "nameEn", "Race Co");
		List<Callable<Boolean>> creates = new ArrayList<>();
		for (int i = 0; i < 32; i++) {
			creates.add(() -> create(input).path("createEnterprise.enterprise.id")
				.entity(String.class)
				.isEqualTo("cur_race_1")
				.path("createEnterprise.changed")
				.entity(Boolean.class)
				.get());
		}
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			long created = 0;
			for (Future<Boolean> result : pool.invokeAll(creates)) {
				created += result.get() ? 1 : 0;
			}
			assertThat(created).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("MATCH (n:Enterprise {id: 'cur_race_1'}) RETURN count(n) AS n")).isEqualTo(1);
		assertThat(count("MATCH (a:AuditEntry {operation: 'createEnterprise'}) WHERE 'cur_race_1' IN a.ids "
				+ "RETURN count(a) AS n"))
			.isEqualTo(1);
	}

	@Test
	void concurrentReadsAndWritesLoseNoWrite() throws Exception {
		create(Map.of("id", "cur_mixed_target", "name", "并发更新目标"));
		String updates = """
				MATCH (a:AuditEntry {operation: 'updateEnterprise'}) WHERE 'cur_mixed_target' IN a.ids
				RETURN count(a) AS n""";
		long updatesBefore = count(updates);
		List<Callable<Object>> work = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			String id = "cur_mixed_" + i;
			work.add(() -> create(Map.of("id", id, "name", "混合 " + id)));
			work.add(() -> this.coordinator.documentName("curateEnterprise")
				.operationName("updateEnterprise")
				.variable("id", "cur_mixed_target")
				.variable("input", Map.of("aliases", List.of("alias " + id)))
				.execute()
				.path("updateEnterprise.enterprise.id")
				.entity(String.class)
				.get());
			work.add(() -> this.graphQl.document("{ enterprises(first: 50) { edges { node { id } } } }")
				.execute()
				.path("enterprises.edges")
				.entityList(Object.class)
				.get());
		}
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			for (Future<Object> result : pool.invokeAll(work)) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("MATCH (n:Enterprise) WHERE n.id STARTS WITH 'cur_mixed_' RETURN count(n) AS n"))
			.isEqualTo(25);
		// Every update changed the aliases to a value of its own, so each one is in the
		// trail.
		assertThat(count(updates)).isEqualTo(updatesBefore + 24);
	}

	private static Map<String, Object> with(Map<String, Object> ends, List<Map<String, Object>> properties) {
		Map<String, Object> input = new java.util.HashMap<>(ends);
		input.put("properties", properties);
		return input;
	}

	private HttpGraphQlTester.Response create(Map<String, Object> input) {
		return this.coordinator.documentName("curateEnterprise")
			.operationName("createEnterprise")
			.variable("input", input)
			.execute();
	}

	private void refused(Map<String, Object> input, String reason) {
		create(input).errors()
			.expect((error) -> error.getMessage().contains(reason)
					&& error.getExtensions().get("classification").equals("BAD_REQUEST"));
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
	}

}
