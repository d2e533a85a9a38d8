package io.chaingraph.bench;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The peer's type definitions follow the service's schema and the model, whichever way
 * the service types its relationship fields; the side-by-side check compares answers
 * field by field once the relay wrappers are gone.
 */
class PeerTypeDefsTests {

	@Test
	void everyNodeTypeOfTheServiceBecomesAnAtNodeTypeWithItsStoredScalarsAndRelationshipsTypedByTheModel() {
		String typeDefs = PeerTypeDefs.of(PeerTypeDefs.serviceSchema());

		assertThat(typeDefs).contains("type Chain implements AnyNode @node {")
			.contains("type Enterprise implements AnyNode & Organization @node {")
			.contains("  leaders: [Enterprise!]! @relationship(type: \"LEADS\", direction: IN)")
			.contains("  experts: [Expert!]! @relationship(type: \"AFFILIATED_WITH\", direction: IN)")
			.contains("  expertise: [Technology!]! @relationship(type: \"EXPERT_IN\", direction: OUT)")
			.contains("  affiliations: [Organization!]! @relationship(type: \"AFFILIATED_WITH\", direction: OUT)")
			.contains("  id: ID!\n  name: String\n")
			.contains("  title: String\n")
			// computed by the service, not stored: the peer would answer null for it
			.doesNotContain("labels:")
			.doesNotContain("RelatedConnection")
			.doesNotContain("interface Node ");
	}

	@Test
	void theTargetComesFromTheModelSoATypedConnectionGivesTheSameField() {
		TypeDefinitionRegistry typed = new SchemaParser()
			.parse("""
					interface Node { id: ID! }
					type Chain implements Node {
					  id: ID!
					  name: String
					  leaders(first: Int, after: String, last: Int, before: String): EnterpriseConnection! @relationship(type: LEADS, direction: IN)
					  sources(first: Int): SourceConnection! @relationship(type: SOURCED_FROM, direction: OUT)
					}
					type Enterprise implements Node & Organization {
					  id: ID!
					  name: String
					  ownership: EnterpriseOwnership
					  posted(first: Int): ChallengeConnection! @relationship(type: POSTED, direction: OUT)
					}
					type Expert implements Node { id: ID! affiliations(first: Int): OrganizationConnection! @relationship(type: AFFILIATED_WITH, direction: OUT) }
					type University implements Node & Organization { id: ID! }
					type Institute implements Node & Organization { id: ID! }
					type Source implements Node { id: ID! records(first: Int): NodeConnection! @relationship(type: SOURCED_FROM, direction: IN) }
					enum EnterpriseOwnership { SOE PRIVATE FOREIGN }
					""");

		String typeDefs = PeerTypeDefs.of(typed);

		assertThat(typeDefs).contains("  leaders: [Enterprise!]! @relationship(type: \"LEADS\", direction: IN)")
			.contains("  affiliations: [Organization!]! @relationship(type: \"AFFILIATED_WITH\", direction: OUT)")
			.contains("  records: [AnyNode!]! @relationship(type: \"SOURCED_FROM\", direction: IN)")
			.contains("  sources: [Source!]! @relationship(type: \"SOURCED_FROM\", direction: OUT)")
			// the store holds the enum's values as text
			.contains("  ownership: String\n")
			// no Challenge type in this schema: the field has no target the peer knows
			.doesNotContain("posted");
		assertThat(PeerBench.ownershipType(typed)).isEqualTo("String");
		assertThat(PeerBench.ownershipType(new SchemaParser().parse("""
				input EnterpriseWhere { ownership: EnterpriseOwnership }
				enum EnterpriseOwnership { PRIVATE }
				"""))).isEqualTo("EnterpriseOwnership");
	}

	@Test
	void answersCompareFieldByFieldWithoutTheRelayWrappers() {
		JsonNode service = PeerBench.normalized(GraphQlClient.JSON.readTree(
				"""
						{"edges": [{"node": {"id": "c1", "name": "A", "leaders": {"edges": [{"node": {"id": "e1", "name": "E"}}]}}}]}
						"""));
		JsonNode peer = GraphQlClient.JSON.readTree("""
				[{"name": "A", "id": "c1", "leaders": [{"id": "e1", "name": "E"}]}]
				""");
		JsonNode other = GraphQlClient.JSON.readTree("""
				[{"name": "A", "id": "c1", "leaders": [{"id": "e1", "name": "F"}]}]
				""");

		assertThat(PeerBench.difference(service, peer, "")).isNull();
		assertThat(PeerBench.difference(service, other, "")).isEqualTo("[0].leaders[0].name (\"E\" and \"F\")");
		assertThat(PeerBench.describe(service)).isEqualTo("objects by level 1/1");
	}

}
