package io.chaingraph.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.Concurrently;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.StatusFlow;
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
 * N concurrent creates of one id: one creates, and each of the others gets what the same
 * create sent afterwards gets: the same values answer unchanged, other values a
 * BAD_REQUEST naming the properties that differ; never an internal error.
 */
@ChainGraphTest
class ConcurrentCreatesTests {

	private static final int N = 20;

	private static final String PREFIX = "race_create_";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	HttpGraphQlTester coordinator;

	GraphAssertions graph;

	@BeforeEach
	void signIn() {
		this.coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
		this.graph = new GraphAssertions(this.driver);
	}

	@AfterEach
	void removeCreatedNodes() {
		this.graph.run("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", "prefix", PREFIX);
	}

	/** What one request of a race was answered. */
	enum Outcome {

		CREATED, UNCHANGED, REFUSED_NAMING_DIFFERENCE, OTHER

	}

	@Test // issue 14, finding 5
	void concurrentCreatesOfEveryLabelMakeOneNodeAndAnswerTheOthersAsARepeat() throws Exception {
		for (NodeLabel label : NodeLabel.values()) {
			// Challenges and demands are posted and raised, not created by curation.
			if (!NodeCuration.curates(label) || StatusFlow.of(label).isPresent()) {
				continue;
			}
			String id = PREFIX + label.name().toLowerCase() + "_" + UUID.randomUUID().toString().substring(0, 8);
			String document = "mutation($input: Create%sInput!) { create%s(input: $input) { changed } }"
				.formatted(label.name(), label.name());
			Outcome[] outcomes = new Outcome[N];
			Concurrently.successes(N, (i) -> {
				// Two values of the name: the half that lost with the other value is
				// refused.
				GraphQlResponse response = this.coordinator.document(document)
					.variable("input", Map.of("id", id, "name", "名 " + (i % 2)))
					.execute()
					.returnResponse();
				outcomes[i] = outcome(response, "create" + label.name(), "name");
				return true;
			});
			assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", id)).as(label.name())
				.isEqualTo(1);
			String winner = this.graph.strings("MATCH (n {id: $id}) RETURN collect(n.name) AS values", "id", id).get(0);
			int winning = winner.endsWith("0") ? 0 : 1;
			for (int i = 0; i < N; i++) {
				if (i % 2 == winning) {
					assertThat(outcomes[i]).as(label.name() + " " + i).isIn(Outcome.CREATED, Outcome.UNCHANGED);
				}
				else {
					assertThat(outcomes[i]).as(label.name() + " " + i).isEqualTo(Outcome.REFUSED_NAMING_DIFFERENCE);
				}
			}
			assertThat(Collections.frequency(Arrays.asList(outcomes), Outcome.CREATED)).as(label.name()).isEqualTo(1);
			assertThat(this.graph.count(
					"MATCH (a:AuditEntry {operation: $operation}) WHERE $id IN a.ids RETURN count(a) AS n", "operation",
					"create" + label.name(), "id", id))
				.isEqualTo(1);
		}
	}

	@Test // issue 14, finding 5
	void aUniversityAndAnInstituteRacingForOneIdMakeOneAndTheOtherIsTheSequentialRefusal() throws Exception {
		String id = PREFIX + "org_" + UUID.randomUUID().toString().substring(0, 8);
		List<GraphQlResponse> responses = Collections.synchronizedList(new ArrayList<>());
		Concurrently.successes(N, (i) -> {
			String label = (i % 2 == 0) ? "University" : "Institute";
			responses.add(this.coordinator
				.document("mutation($input: Create%sInput!) { create%s(input: $input) { changed } }".formatted(label,
						label))
				.variable("input", Map.of("id", id, "name", "同名机构"))
				.execute()
				.returnResponse());
			return true;
		});
		List<String> labels = this.graph.strings("MATCH (n:Organization {id: $id}) RETURN labels(n) AS values", "id",
				id);
		assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", id)).isEqualTo(1);
		String winner = labels.contains("University") ? "University" : "Institute";
		int created = 0;
		int unchanged = 0;
		int refused = 0;
		for (GraphQlResponse response : responses) {
			Map<String, Object> data = response.getData();
			if (response.getErrors().isEmpty()) {
				assertThat(data).containsKey("create" + winner);
				boolean changed = response.field("create" + winner + ".changed").getValue();
				created += changed ? 1 : 0;
				unchanged += changed ? 0 : 1;
				continue;
			}
			ResponseError error = response.getErrors().get(0);
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains("ids are unique across the graph");
			refused++;
		}
		assertThat(created).isEqualTo(1);
		assertThat(unchanged).isEqualTo(N / 2 - 1);
		assertThat(refused).isEqualTo(N / 2);
	}

	// Issue 16: ids are unique across the graph. One create for each label curation
	// creates, all of one id at once: one creates, every other is refused naming the id
	// and the winner's label, as a sequential create of that id is.
	@Test
	void concurrentCreatesOfOneIdUnderEveryLabelMakeOneNodeAndRefuseTheOthersNamingItsLabel() throws Exception {
		List<NodeLabel> labels = Arrays.stream(NodeLabel.values())
			.filter((label) -> NodeCuration.curates(label) && StatusFlow.of(label).isEmpty())
			.toList();
		String id = PREFIX + "global_" + UUID.randomUUID().toString().substring(0, 8);
		GraphQlResponse[] responses = new GraphQlResponse[labels.size()];
		int created = Concurrently.successes(labels.size(), (i) -> {
			responses[i] = create(labels.get(i), id, "同号 " + i);
			return responses[i].getErrors().isEmpty();
		});

		assertThat(created).isEqualTo(1);
		assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", id)).isEqualTo(1);
		String winner = this.graph.strings(
				"MATCH (n:Node {id: $id}) RETURN [l IN labels(n) WHERE NOT l IN ['Node', 'Organization']] AS values",
				"id", id)
			.get(0);
		for (int i = 0; i < labels.size(); i++) {
			if (labels.get(i).name().equals(winner)) {
				assertThat(responses[i].getErrors()).as(winner).isEmpty();
				continue;
			}
			assertThat(responses[i].getErrors()).as(labels.get(i).name()).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("Id '" + id + "' is already taken by a")
					.contains(" " + winner + ";")
					.contains("ids are unique across the graph");
			});
		}
		assertThat(this.graph.count("MATCH (a:AuditEntry) WHERE $id IN a.ids RETURN count(a) AS n", "id", id))
			.isEqualTo(1);
	}

	@Test // issue 16
	void createOfAnIdAnotherLabelHoldsIsRefusedNamingItAndWritesNothing() {
		String id = PREFIX + "held_" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(create(NodeLabel.Enterprise, id, "企业").getErrors()).isEmpty();
		for (NodeLabel label : List.of(NodeLabel.Chain, NodeLabel.University, NodeLabel.Expert)) {
			GraphQlResponse response = create(label, id, "企业");
			assertThat(response.getErrors()).as(label.name()).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo(
						"Id '%s' is already taken by an Enterprise; ids are unique across the graph, so %s cannot have it"
							.formatted(id, GlobalIds.article(label.name())));
			});
		}
		assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", id)).isEqualTo(1);
		assertThat(this.graph.count("MATCH (a:AuditEntry) WHERE $id IN a.ids RETURN count(a) AS n", "id", id))
			.isEqualTo(1);
	}

	private GraphQlResponse create(NodeLabel label, String id, String name) {
		return this.coordinator
			.document("mutation($input: Create%sInput!) { create%s(input: $input) { changed } }".formatted(label.name(),
					label.name()))
			.variable("input", Map.of("id", id, "name", name))
			.execute()
			.returnResponse();
	}

	@Test // issue 14, finding 5
	void concurrentIdenticalRelationshipCreatesMakeOneRelationship() throws Exception {
		String from = PREFIX + "supplier_" + UUID.randomUUID().toString().substring(0, 8);
		String to = PREFIX + "customer_" + UUID.randomUUID().toString().substring(0, 8);
		for (String id : List.of(from, to)) {
			this.coordinator.documentName("curateEnterprise")
				.operationName("createEnterprise")
				.variable("input", Map.of("id", id, "name", "供应测试"))
				.execute()
				.path("createEnterprise.changed")
				.entity(Boolean.class)
				.isEqualTo(true);
		}
		Outcome[] outcomes = new Outcome[N];
		Concurrently.successes(N, (i) -> {
			GraphQlResponse response = this.coordinator.documentName("curateEnterprise")
				.operationName("createRelationship")
				.variable("input",
						Map.of("type", "SUPPLIES", "from", from, "to", to, "properties",
								List.of(Map.of("key", "product", "value", "芯片 " + (i % 2)))))
				.execute()
				.returnResponse();
			outcomes[i] = outcome(response, "createRelationship", "product");
			return true;
		});
		assertThat(this.graph.count("MATCH ({id: $from})-[r:SUPPLIES]->({id: $to}) RETURN count(r) AS n", "from", from,
				"to", to))
			.isEqualTo(1);
		String product = this.graph
			.strings("MATCH ({id: $from})-[r:SUPPLIES]->() RETURN collect(r.product) AS values", "from", from)
			.get(0);
		int winning = product.endsWith("0") ? 0 : 1;
		for (int i = 0; i < N; i++) {
			assertThat(outcomes[i]).as("request " + i)
				.isIn((i % 2 == winning) ? List.of(Outcome.CREATED, Outcome.UNCHANGED)
						: List.of(Outcome.REFUSED_NAMING_DIFFERENCE));
		}
		assertThat(Collections.frequency(Arrays.asList(outcomes), Outcome.CREATED)).isEqualTo(1);
		assertThat(this.graph.count(
				"MATCH (a:AuditEntry {operation: 'createRelationship'}) WHERE $from IN a.ids RETURN count(a) AS n",
				"from", from))
			.isEqualTo(1);
	}

	private static Outcome outcome(GraphQlResponse response, String field, String differing) {
		if (response.getErrors().isEmpty()) {
			Boolean changed = response.field(field + ".changed").getValue();
			return Boolean.TRUE.equals(changed) ? Outcome.CREATED : Outcome.UNCHANGED;
		}
		ResponseError error = response.getErrors().get(0);
		return (response.getErrors().size() == 1 && error.getErrorType() == ErrorType.BAD_REQUEST
				&& error.getMessage().contains("[" + differing + "]")) ? Outcome.REFUSED_NAMING_DIFFERENCE
						: Outcome.OTHER;
	}

}
