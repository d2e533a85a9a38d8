package io.chaingraph.path;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.system.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ChainGraphTest
@SuppressWarnings("unchecked")
class ConnectionControllerTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void connectionReturnsShortestPathsThatExistInTheGraph() {
		List<Map<String, Object>> paths = this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.execute()
			.path("connection")
			.entityList(Map.class)
			.get()
			.stream()
			.map((path) -> (Map<String, Object>) path)
			.toList();
		assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		assertThat(paths.get(0).get("length")).isEqualTo(2);
		// Both ends are found by the global id label in the search itself.
		long before = this.reads.statements();
		this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.execute()
			.path("connection")
			.entityList(Map.class)
			.hasSize(paths.size());
		assertThat(this.reads.statements() - before).isEqualTo(1);
		GraphAssertions graph = new GraphAssertions(this.driver);
		for (Map<String, Object> path : paths) {
			List<Map<String, String>> rels = (List<Map<String, String>>) path.get("relationships");
			assertThat(rels).extracting((rel) -> rel.get("type")).doesNotContain("SOURCED_FROM");
			for (Map<String, String> rel : rels) {
				assertThat(graph.count("MATCH ({id: $from})-[r:$($type)]->({id: $to}) RETURN count(r) AS n", "from",
						rel.get("from"), "to", rel.get("to"), "type", rel.get("type")))
					.as("%s exists", rel)
					.isPositive();
			}
		}
	}

	@Test
	void connectionArgumentsAreChecked() {
		this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.variable("maxHops", 7)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("'maxHops'")));
		this.graphQl.documentName("connection")
			.variable("from", "nobody")
			.variable("to", "ent_zhaochi")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
		this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.variable("via", List.of("ADVISES", "MEMBER_OF"))
			.execute()
			.path("connection[*].relationships[*].type")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).containsOnly("ADVISES", "MEMBER_OF"));
	}

	// The relationships are read property by property: each type's qualifying property
	// must reach its field, and the others must stay null.
	@Test
	void aRelationshipOnAPathCarriesTheLevelRoleOrSeverityOfItsType() {
		assertThat(relationships("person_jiang_fengyi", "tech_led_si_substrate", "EXPERT_IN"))
			.containsExactly(relationship("EXPERT_IN", "person_jiang_fengyi", "tech_led_si_substrate", 5, null, null));
		assertThat(relationships("tech_led_si_substrate", "seg_led_2", "BOTTLENECK_OF"))
			.containsExactly(relationship("BOTTLENECK_OF", "tech_led_si_substrate", "seg_led_2", null, null, 4));
		assertThat(relationships("person_jiang_fengyi", "cons_led", "ADVISES"))
			.containsExactly(relationship("ADVISES", "person_jiang_fengyi", "cons_led", null, "CHAIR", null));
		assertThat(relationships("ent_zhaochi", "cons_led", "MEMBER_OF"))
			.containsExactly(relationship("MEMBER_OF", "ent_zhaochi", "cons_led", null, "MEMBER", null));
	}

	private List<Map<String, Object>> relationships(String from, String to, String type) {
		return this.graphQl.documentName("connectionProperties")
			.variable("from", from)
			.variable("to", to)
			.variable("maxHops", 1)
			.variable("via", List.of(type))
			.variable("first", 1)
			.execute()
			.path("connection[0].relationships")
			.entityList(Map.class)
			.get()
			.stream()
			.map((rel) -> (Map<String, Object>) rel)
			.toList();
	}

	private static Map<String, Object> relationship(String type, String from, String to, Integer level, String role,
			Integer severity) {
		Map<String, Object> rel = new LinkedHashMap<>();
		rel.put("type", type);
		rel.put("from", from);
		rel.put("to", to);
		rel.put("level", level);
		rel.put("role", role);
		rel.put("severity", severity);
		return rel;
	}

	@Autowired
	GraphReads reads;

	@Autowired
	List<DataFetcherExceptionResolver> resolvers;

	// A search stopped at its budget used to be a BAD_REQUEST telling the user to ask for
	// less, although a cold plan or a busy machine was as likely the cause.
	@Test
	void aConnectionSearchStoppedAtItsBudgetIsATimeoutNamingTheBudget() {
		Neo4jException stopped = catchThrowableOfType(Neo4jException.class,
				() -> this.reads.read("UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n",
						Map.of(), Duration.ofMillis(300)));
		DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField("connection").build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.rootPath().segment("connection"))
				.build())
			.build();

		List<GraphQLError> errors = DataFetcherExceptionResolver.createExceptionHandler(this.resolvers)
			.handleException(graphql.execution.DataFetcherExceptionHandlerParameters.newExceptionParameters()
				.dataFetchingEnvironment(env)
				.exception(ConnectionController.overBudget(stopped, Duration.ofSeconds(2)))
				.build())
			.join()
			.getErrors();

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorKind.TIMEOUT);
			assertThat(error.getMessage())
				.contains("time limit of 2000 ms", "chaingraph.connection.time-budget", "try again")
				.doesNotContain("read-timeout");
		});
	}

}
