package io.chaingraph.system.graphql;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each root field of a mutation reports itself: one that fails is null with an error
 * whose path names it, and the fields that succeeded keep their answers, the one-time
 * secret of an issued key included. Authorization is decided field by field, so a refused
 * field is such an error too.
 */
@ChainGraphTest
class RootFieldsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	@Autowired
	GraphQlSource source;

	@Test // issue 14, finding 4
	void issuedKeysAreAnsweredWhenAnotherFieldOfTheMutationFails() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		GraphQlTester.Traversable response = TestKeys.admin(this.graphQl, this.keys)
			.documentName("rootFields")
			.operationName("issueTwoAndOneBad")
			.variable("a", Map.of("name", "root a " + suffix, "roles", List.of("VIEWER")))
			.variable("b", Map.of("name", "root b " + suffix, "roles", List.of("VIEWER")))
			.execute()
			.errors()
			.expect((error) -> onlyAt(error, "bad", ErrorType.BAD_REQUEST))
			.verify();
		response.path("bad").valueIsNull();
		for (String alias : List.of("a", "b")) {
			String key = response.path(alias + ".key").entity(String.class).get();
			TestKeys.with(this.graphQl, key)
				.documentName("rootFields")
				.operationName("viewer")
				.execute()
				.path("viewer.name")
				.entity(String.class)
				.isEqualTo("root " + alias + " " + suffix);
		}
	}

	@Test // issue 14, finding 4
	void aRefusedFieldIsAnErrorOfItsOwnWhileTheFieldBeforeItIsAnswered() {
		GraphAssertions graph = new GraphAssertions(this.driver);
		String other = graph.strings("""
				MATCH (e:Enterprise) WHERE e.id <> 'ent_zhaochi'
				WITH e ORDER BY e.id LIMIT 1 RETURN collect(e.id) AS values""").get(0);
		String name = "root fields " + UUID.randomUUID();
		String key = TestKeys.key(this.keys, EnumSet.of(Role.ENTERPRISE), "ent_zhaochi", null);
		String raised = TestKeys.with(this.graphQl, key)
			.documentName("rootFields")
			.operationName("raiseOwnAndOther")
			.variable("own", Map.of("enterprise", "ent_zhaochi", "kind", "FINANCING", "name", name))
			.variable("other", Map.of("enterprise", other, "kind", "FINANCING", "name", name))
			.execute()
			.errors()
			.expect((error) -> onlyAt(error, "b", ErrorType.FORBIDDEN))
			.verify()
			.path("b")
			.valueIsNull()
			.path("a.demand.id")
			.entity(String.class)
			.get();
		assertThat(graph.strings("MATCH (d:Demand {name: $name}) RETURN collect(d.id) AS values", "name", name))
			.containsExactly(raised);
		graph.run("MATCH (d:Demand {name: $name}) OPTIONAL MATCH (d)-[:HAS_STATUS_CHANGE]->(s) DETACH DELETE d, s",
				"name", name);
	}

	@Test
	void everyMutationFieldIsNullableSoThatItsFailureStaysItsOwn() {
		List<String> nonNull = this.source.schema()
			.getMutationType()
			.getFieldDefinitions()
			.stream()
			.filter((field) -> field.getType() instanceof GraphQLNonNull)
			.map(GraphQLFieldDefinition::getName)
			.toList();
		assertThat(nonNull).isEmpty();
	}

	private static boolean onlyAt(ResponseError error, String alias, ErrorType type) {
		assertThat(error.getParsedPath()).containsExactly(alias);
		assertThat(error.getErrorType()).isEqualTo(type);
		return true;
	}

}
