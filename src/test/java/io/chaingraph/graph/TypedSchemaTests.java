package io.chaingraph.graph;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated schema is typed: a relationship field returns its target's connection, so
 * a related node's own fields are selected without a fragment; the properties of a
 * relationship are typed fields of its own edges; a closed value set is an enum, in
 * results and in filters, whose values Java sees as the stored strings; and enterprises,
 * universities and institutes are reached through the Organization interface.
 */
@ChainGraphTest
class TypedSchemaTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	GraphAssertions graph;

	String p;

	@BeforeEach
	void createNodes() {
		this.graph = new GraphAssertions(this.driver);
		this.p = "typed_" + UUID.randomUUID().toString().substring(0, 8) + "_";
		this.graph.run("""
				CREATE (c:Chain {id: $p + 'chain', name: $p + '合成链', synthetic: true})
				CREATE (e:Enterprise {id: $p + 'ent', name: $p + '合成企业', ownership: 'SOE', city: '南昌', synthetic: true})
				CREATE (u:University:Organization {id: $p + 'uni', name: $p + '合成大学', kind: '大学', city: '赣州',
				                                   synthetic: true})
				CREATE (x:Expert {id: $p + 'expert', name: $p + '合成专家', title: '教授', academician: 'CAE',
				                  confidence: 'medium', synthetic: true})
				CREATE (t:Technology {id: $p + 'tech', name: $p + '合成技术', kind: 'CHOKEPOINT', synthetic: true})
				CREATE (k:Consortium {id: $p + 'cons', name: $p + '合成联合体', synthetic: true})
				CREATE (s:Source {id: $p + 'src', name: $p + '合成来源', kind: 'spam-removed', synthetic: true})
				CREATE (open:Challenge {id: $p + 'open', name: $p + '合成榜单一', mode: 'HORSE_RACE', status: 'OPEN',
				                        synthetic: true})
				CREATE (closed:Challenge {id: $p + 'closed', name: $p + '合成榜单二', mode: 'OPEN_COMPETITION',
				                          status: 'CLOSED', synthetic: true})
				CREATE (e)-[:LEADS]->(c), (x)-[:AFFILIATED_WITH]->(e), (x)-[:EXPERT_IN {level: 4}]->(t)
				CREATE (e)-[:MEMBER_OF {role: 'LEAD'}]->(k), (u)-[:MEMBER_OF {role: 'MEMBER'}]->(k)""", "p", this.p);
	}

	@AfterEach
	void removeNodes() {
		this.graph.run("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", "p", this.p);
	}

	@Test
	void aRelatedNodesOwnFieldsNeedNoFragment() {
		assertThat(fieldType("Chain", "leaders")).isEqualTo("EnterpriseConnection");
		assertThat(fieldType("EnterpriseConnection", "edges")).isEqualTo("EnterpriseEdge");
		this.graphQl.documentName("typedSchema")
			.operationName("chainLeaders")
			.variable("id", this.p + "chain")
			.execute()
			.path("chain.leaders.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("chain.leaders.edges[0].node.ownership")
			.entity(String.class)
			.isEqualTo("SOE")
			.path("chain.leaders.edges[0].node.experts.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("教授");
	}

	@Test
	void aRelationshipsPropertiesAreFieldsOfItsOwnEdges() {
		assertThat(fieldType("Expert", "expertise")).isEqualTo("ExpertExpertiseConnection");
		assertThat(fieldType("ExpertExpertiseEdge", "level")).isEqualTo("Int");
		assertThat(fieldType("ExpertExpertiseEdge", "node")).isEqualTo("Technology");
		assertThat(fieldType("Technology", "experts")).isEqualTo("TechnologyExpertsConnection");
		// A relationship without properties has no edge fields beyond cursor and node.
		assertThat(fieldNames("EnterpriseEdge")).containsExactly("cursor", "node");
		this.graphQl.documentName("typedSchema")
			.operationName("expertise")
			.variable("id", this.p + "expert")
			.execute()
			.path("expert.academician")
			.entity(String.class)
			.isEqualTo("CAE")
			.path("expert.confidence")
			.entity(String.class)
			.isEqualTo("MEDIUM")
			.path("expert.expertise.edges[0].level")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("expert.expertise.edges[0].node.kind")
			.entity(String.class)
			.isEqualTo("CHOKEPOINT");
	}

	@Test
	void closedValueSetsAreEnumsInResultsAndFilters() {
		assertThat(fieldType("Challenge", "status")).isEqualTo("ChallengeStatus");
		assertThat(fieldType("Source", "kind")).isEqualTo("SourceKind");
		this.graphQl.documentName("typedSchema")
			.operationName("openChallenges")
			.variable("prefix", this.p)
			.execute()
			.path("challenges.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(this.p + "open")
			.path("challenges.edges[0].node.status")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("challenges.edges[0].node.mode")
			.entity(String.class)
			.isEqualTo("HORSE_RACE");
		// A stored value with a '-' is named with a '_'; the filter reaches Java as the
		// stored value.
		this.graphQl.documentName("typedSchema")
			.operationName("sourceKind")
			.variable("id", this.p + "src")
			.execute()
			.path("source.kind")
			.entity(String.class)
			.isEqualTo("SPAM_REMOVED");
		int both = count(List.of("OPEN", "CLOSED"));
		assertThat(both).isEqualTo(count(List.of("OPEN")) + count(List.of("CLOSED")));
		this.graphQl.documentName("typedSchema")
			.operationName("challengesIn")
			.variable("statuses", List.of("open"))
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("ChallengeStatus")
					&& "BAD_REQUEST".equals(error.getExtensions().get("classification")));
	}

	@Test
	void organisationsAreReachedThroughTheOrganizationInterface() {
		Map<String, Object> organization = type("Organization");
		assertThat(organization.get("kind")).isEqualTo("INTERFACE");
		assertThat(names(organization.get("possibleTypes"))).containsExactlyInAnyOrder("Enterprise", "University",
				"Institute");
		assertThat(names(type("Enterprise").get("interfaces"))).containsExactlyInAnyOrder("Node", "Organization");
		assertThat(fieldType("ConsortiumMembersEdge", "node")).isEqualTo("Organization");
		assertThat(fieldType("ConsortiumMembersEdge", "role")).isEqualTo("MemberOfRole");
		assertThat(fieldType("Organization", "consortia")).isEqualTo("OrganizationConsortiaConnection");
		assertThat(fieldType("University", "consortia")).isEqualTo("OrganizationConsortiaConnection");
		GraphQlTester.Response members = this.graphQl.documentName("typedSchema")
			.operationName("consortiumMembers")
			.variable("id", this.p + "cons")
			.execute();
		assertThat(strings(members, "consortium.members.edges[*].node.__typename"))
			.containsExactlyInAnyOrder("Enterprise", "University");
		assertThat(strings(members, "consortium.members.edges[*].role")).containsExactlyInAnyOrder("LEAD", "MEMBER");
		assertThat(strings(members, "consortium.members.edges[*].node.city")).containsExactlyInAnyOrder("南昌", "赣州");
		assertThat(strings(members, "consortium.members.edges[*].node.consortia.edges[*].node.id"))
			.containsOnly(this.p + "cons");
		members.path("consortium.members.edges[?(@.node.__typename == 'University')].node.kind")
			.entityList(String.class)
			.containsExactly("大学");
	}

	private static List<String> strings(GraphQlTester.Response response, String path) {
		return response.path(path).entityList(String.class).get();
	}

	private int count(List<String> statuses) {
		return this.graphQl.documentName("typedSchema")
			.operationName("challengesIn")
			.variable("statuses", statuses)
			.execute()
			.path("challenges.totalCount")
			.entity(Integer.class)
			.get();
	}

	private Map<String, Object> type(String name) {
		return this.graphQl.documentName("typedSchema")
			.operationName("fieldTypes")
			.variable("type", name)
			.execute()
			.path("__type")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	/** The named type a field returns, lists and non-null unwrapped. */
	@SuppressWarnings("unchecked")
	private String fieldType(String type, String field) {
		for (Map<String, Object> definition : (List<Map<String, Object>>) type(type).get("fields")) {
			if (definition.get("name").equals(field)) {
				Map<String, Object> returned = (Map<String, Object>) definition.get("type");
				while (returned.get("name") == null) {
					returned = (Map<String, Object>) returned.get("ofType");
				}
				return (String) returned.get("name");
			}
		}
		throw new AssertionError("%s has no field %s".formatted(type, field));
	}

	@SuppressWarnings("unchecked")
	private List<String> fieldNames(String type) {
		return names(type(type).get("fields"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(Object definitions) {
		return ((List<Map<String, Object>>) definitions).stream().map((d) -> (String) d.get("name")).toList();
	}

}
