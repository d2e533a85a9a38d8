package io.chaingraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids are unique across the graph and are the global ids of Query.node and Query.nodes:
 * every model node carries the bookkeeping label Node, which no answer shows, and the
 * nodes outside the model (API keys, audit entries) are not nodes of the API.
 */
@ChainGraphTest
class GlobalIdsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	@Autowired
	GraphReads reads;

	GraphAssertions graph;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
	}

	@Test
	void nodeFindsANodeOfAnyLabelByItsIdAndServesItsTypesFields() {
		node("chain_led").path("node.__typename").entity(String.class).isEqualTo("Chain");
		node("chain_led").path("node.pilot").hasValue();
		node("org_chrdi602").path("node.__typename").entity(String.class).isEqualTo("Institute");
		node("org_chrdi602").path("node.city").entity(String.class).isEqualTo("Jingdezhen");
		node("org_chrdi602").path("node.labels")
			.entityList(String.class)
			.containsExactly(this.graphQl.documentName("globalIds")
				.operationName("byIdLabels")
				.variable("id", "org_chrdi602")
				.execute()
				.path("institute.labels")
				.entityList(String.class)
				.get()
				.toArray(String[]::new));
		node("tech_led_micro").path("node.__typename").entity(String.class).isEqualTo("Technology");
		node("tech_led_micro").path("node.kind").hasValue();
		node("person_jiang_fengyi").path("node.__typename").entity(String.class).isEqualTo("Expert");
		node("cons_led").path("node.__typename").entity(String.class).isEqualTo("Consortium");
		node("cons_led").path("node.id").entity(String.class).isEqualTo("cons_led");
	}

	@Test
	void nodeOfAnUnknownIdIsNullWithANotFoundError() {
		this.graphQl.documentName("globalIds")
			.operationName("node")
			.variable("id", "no_such_node_anywhere")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.NOT_FOUND
					&& error.getMessage().equals("No node with id 'no_such_node_anywhere'"))
			.verify()
			.path("node")
			.valueIsNull();
	}

	@Test
	void nodesAnswersInTheGivenOrderWithNullForEachUnknownId() {
		List<String> ids = List.of("tech_led_micro", "nobody_has_this", "chain_led", "org_chrdi602", "chain_led");
		var response = this.graphQl.documentName("globalIds").operationName("nodes").variable("ids", ids).execute();
		response.errors().verify();
		response.path("nodes").entityList(Object.class).hasSize(5);
		response.path("nodes[0].id").entity(String.class).isEqualTo("tech_led_micro");
		response.path("nodes[1]").valueIsNull();
		response.path("nodes[2].__typename").entity(String.class).isEqualTo("Chain");
		response.path("nodes[3].__typename").entity(String.class).isEqualTo("Institute");
		response.path("nodes[4].id").entity(String.class).isEqualTo("chain_led");
		this.graphQl.documentName("globalIds")
			.operationName("nodes")
			.variable("ids", List.of())
			.execute()
			.path("nodes")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void nodesTakesAtMostOneHundredIdsInOneStatement() {
		List<String> hundred = IntStream.range(0, 100)
			.mapToObj((i) -> (i == 42) ? "chain_led" : "absent_" + i)
			.toList();
		long before = this.reads.statements();
		var answer = this.graphQl.documentName("globalIds").operationName("nodes").variable("ids", hundred).execute();
		answer.errors().verify();
		answer.path("nodes").entityList(Object.class).hasSize(100);
		answer.path("nodes[42].id").entity(String.class).isEqualTo("chain_led");
		assertThat(this.reads.statements() - before).isEqualTo(1);
		List<String> more = new ArrayList<>(hundred);
		more.add("one_too_many");
		this.graphQl.documentName("globalIds")
			.operationName("nodes")
			.variable("ids", more)
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().contains("100")
					&& error.getMessage().contains("101"))
			.verify();
	}

	@Test
	void keysAndAuditEntriesAreNotNodesOfTheApi() {
		TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
		String key = this.graph.strings("MATCH (k:ApiKey) RETURN collect(k.id)[0..1] AS values").get(0);
		assertThat(this.graph
			.count("MATCH (n:Node) WHERE n:ApiKey OR n:AuditEntry OR n:SchemaMigration " + "RETURN count(n) AS n"))
			.isZero();
		this.graphQl.documentName("globalIds")
			.operationName("node")
			.variable("id", key)
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.NOT_FOUND)
			.verify()
			.path("node")
			.valueIsNull();
	}

	@Test
	void everyNodeTheSeedImportsCarriesTheLabelAndNoAnswerShowsIt() throws IOException {
		List<String> ids = new ArrayList<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:seed/nodes/*.csv")) {
			try (InputStream in = file.getInputStream()) {
				new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.skip(1)
					.map((line) -> line.substring(0, line.indexOf(',')))
					.forEach(ids::add);
			}
		}
		assertThat(ids).hasSizeGreaterThan(100);
		assertThat(this.graph.count("MATCH (n) WHERE n.id IN $ids AND NOT n:Node RETURN count(n) AS n", "ids", ids))
			.isZero();
		assertThat(this.graph.count("MATCH (n:Node) WHERE n.id IN $ids RETURN count(n) AS n", "ids", ids))
			.isGreaterThan(100);
		this.graphQl.documentName("globalIds")
			.operationName("byIdLabels")
			.variable("id", "org_chrdi602")
			.execute()
			.path("institute.labels")
			.entityList(String.class)
			.contains("Institute", "Organization")
			.hasSize(2);
		// Pages of related nodes are read through the embedded database's own API, apart
		// from GraphReads.node.
		assertThat(this.graphQl.documentName("globalIds")
			.operationName("relatedLabels")
			.variable("id", "cons_copper")
			.execute()
			.path("consortium.members.edges[*].node.labels")
			.entityList(Object.class)
			.get()).isNotEmpty().allSatisfy((labels) -> assertThat(labels.toString()).doesNotContain("Node"));
	}

	@Test
	void aStatusChangesActorIsHiddenThroughNodeAsThroughItsTypedField() {
		String change = this.graph.strings("MATCH (s:StatusChange) RETURN collect(s.id)[0..1] AS values").get(0);
		var anonymous = this.graphQl.documentName("globalIds")
			.operationName("statusChangeActor")
			.variable("id", change)
			.execute();
		anonymous.path("statusChange.actor").valueIsNull();
		anonymous.path("node.status").hasValue();
		anonymous.path("node.actor").valueIsNull();
		anonymous.path("nodes[0].actor").valueIsNull();
		var curator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR)
			.documentName("globalIds")
			.operationName("statusChangeActor")
			.variable("id", change)
			.execute();
		String actor = curator.path("statusChange.actor").entity(String.class).get();
		curator.path("node.actor").entity(String.class).isEqualTo(actor);
		curator.path("nodes[0].actor").entity(String.class).isEqualTo(actor);
	}

	// A schema file is applied once: the labels V0008 gives a store are the id spaces
	// of its day, and a label added to the model later must be labelled by a file of its
	// own.
	@Test
	void theMigrationLabelsEveryIdSpaceOfTheModel() throws IOException {
		String file;
		try (InputStream in = GlobalIdsTests.class.getResourceAsStream("/cypher/schema/V0008__global_ids.cypher")) {
			file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher match = Pattern.compile("MATCH \\(n:([A-Za-z|]+)\\)\\s+WHERE NOT n:Node").matcher(file);
		assertThat(match.find()).isTrue();
		assertThat(match.group(1).split("\\|")).containsExactlyInAnyOrder(Arrays.stream(NodeLabel.values())
			.filter(NodeLabel::isIdSpace)
			.map(NodeLabel::name)
			.toArray(String[]::new));
	}

	private GraphQlTester.Response node(String id) {
		return this.graphQl.documentName("globalIds").operationName("node").variable("id", id).execute();
	}

}
