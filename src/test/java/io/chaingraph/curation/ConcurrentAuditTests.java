package io.chaingraph.curation;

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
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, finding 9: the audit trail's "before" is read under the lock the write takes,
 * so twenty concurrent updates of one node or relationship leave twenty entries that
 * chain, each one's before the after of the one that ran before it, and concurrent
 * deletes leave one entry.
 */
@ChainGraphTest
class ConcurrentAuditTests {

	private static final int N = 20;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	HttpGraphQlTester coordinator;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void signIn() {
		this.coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
	}

	@AfterEach
	void removeTestNodes() {
		new GraphAssertions(this.driver).run("MATCH (n:Enterprise) WHERE n.id STARTS WITH 'cau_' DETACH DELETE n");
	}

	@Test
	void twentyConcurrentUpdatesOfOneNodeLeaveEntriesWhoseBeforeAndAfterChain() throws Exception {
		String id = enterprise("target");
		int successes = Concurrently.successes(N,
				(i) -> succeeded(call("updateEnterprise", Map.of("id", id, "input", Map.of("nameEn", "value " + i)))));
		assertThat(successes).isEqualTo(N);
		assertChained(entries(id, "updateEnterprise", "nameEn"), "\"initial\"");
	}

	@Test
	void twentyConcurrentUpdatesOfOneRelationshipLeaveEntriesWhoseBeforeAndAfterChain() throws Exception {
		String from = enterprise("supplier");
		String to = enterprise("customer");
		assertThat(succeeded(call("createRelationship", Map.of("input", supplies(from, to, "initial"))))).isTrue();
		int successes = Concurrently.successes(N,
				(i) -> succeeded(call("updateRelationship", Map.of("input", supplies(from, to, "product " + i)))));
		assertThat(successes).isEqualTo(N);
		assertChained(entries(from, "updateRelationship", "product"), "\"initial\"");
	}

	@Test
	void twentyConcurrentDeletesOfOneNodeLeaveOneEntry() throws Exception {
		String id = enterprise("deleted");
		List<String> refusals = Collections.synchronizedList(new ArrayList<>());
		int successes = Concurrently.successes(N, (i) -> outcome(refusals, call("deleteEnterprise", Map.of("id", id))));
		assertThat(successes).isEqualTo(1);
		assertThat(refusals).hasSize(N - 1)
			.allMatch((refusal) -> refusal.equals("NOT_FOUND: No Enterprise with id '%s'".formatted(id)));
		assertThat(operations(id)).containsOnlyOnce("deleteEnterprise");
	}

	@Test
	void twentyConcurrentDeletesOfOneRelationshipLeaveOneEntry() throws Exception {
		String from = enterprise("supplier");
		String to = enterprise("customer");
		assertThat(succeeded(call("createRelationship", Map.of("input", supplies(from, to, "initial"))))).isTrue();
		List<String> refusals = Collections.synchronizedList(new ArrayList<>());
		int successes = Concurrently.successes(N, (i) -> outcome(refusals,
				call("deleteRelationship", Map.of("type", "SUPPLIES", "from", from, "to", to))));
		assertThat(successes).isEqualTo(1);
		assertThat(refusals).hasSize(N - 1)
			.allMatch((refusal) -> refusal.equals("NOT_FOUND: No SUPPLIES from '%s' to '%s'".formatted(from, to)));
		assertThat(operations(from)).containsOnlyOnce("deleteRelationship");
	}

	// Starting from the value before the first update, each entry's after is the next
	// one's before: no two entries saw the same before, and none was skipped.
	private static void assertChained(List<List<String>> entries, String initial) {
		assertThat(entries).hasSize(N);
		Map<String, String> next = new HashMap<>();
		for (List<String> entry : entries) {
			assertThat(next.put(entry.get(0), entry.get(1))).as("another entry's before is also %s", entry.get(0))
				.isNull();
		}
		String value = initial;
		for (int i = 0; i < N; i++) {
			assertThat(next).as("an entry whose before is %s", value).containsKey(value);
			value = next.get(value);
		}
	}

	private List<List<String>> entries(String id, String operation, String key) {
		List<Map<String, Object>> changes = call("changes", Map.of("entity", id)).path("changes")
			.entityList(Map.class)
			.get()
			.stream()
			.map((change) -> (Map<String, Object>) change)
			.toList();
		List<List<String>> entries = new ArrayList<>();
		for (Map<String, Object> change : changes) {
			if (!operation.equals(change.get("operation"))) {
				continue;
			}
			for (Object property : (List<?>) change.get("properties")) {
				Map<?, ?> values = (Map<?, ?>) property;
				if (key.equals(values.get("key"))) {
					entries.add(List.of((String) values.get("before"), (String) values.get("after")));
				}
			}
		}
		return entries;
	}

	private List<String> operations(String id) {
		return call("changes", Map.of("entity", id)).path("changes[*].operation").entityList(String.class).get();
	}

	private String enterprise(String role) {
		String id = "cau_" + role + "_" + this.suffix;
		assertThat(succeeded(call("createEnterprise",
				Map.of("input", Map.of("id", id, "name", "审计并发 " + role, "nameEn", "initial")))))
			.isTrue();
		return id;
	}

	private static Map<String, Object> supplies(String from, String to, String product) {
		return Map.of("type", "SUPPLIES", "from", from, "to", to, "properties",
				List.of(Map.of("key", "product", "value", product)));
	}

	private GraphQlTester.Response call(String operation, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.coordinator.documentName("concurrentAudit").operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private static boolean succeeded(GraphQlTester.Response response) {
		return response.returnResponse().getErrors().isEmpty();
	}

	private static boolean outcome(List<String> refusals, GraphQlTester.Response response) {
		List<ResponseError> errors = response.returnResponse().getErrors();
		for (ResponseError error : errors) {
			refusals.add(error.getErrorType() + ": " + error.getMessage());
		}
		return errors.isEmpty();
	}

}
