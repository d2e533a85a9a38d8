package io.chaingraph.system.error;

import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages graphql-java itself gives for a wrong enum value, completed with the
 * values the enum allows: a plain schema and graphql-java's own validation, no
 * application.
 */
class EnumValueErrorsTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
			type Query { post(input: PostInput!, mode: Mode, modes: [Mode!]): String }
			input PostInput { name: String, mode: Mode!, where: Where }
			input Where { mode: Mode, mode_in: [Mode!], and: [Where!], not: Where }
			enum Mode { OPEN_COMPETITION HORSE_RACE }
			"""), RuntimeWiring.newRuntimeWiring().build());

	@Test
	void aWrongLiteralNamesTheArgumentAndTheValuesAllowed() {
		String document = "{ post(input: {mode: SPRINT}) }";
		assertThat(explained(document, Map.of()))
			.isEqualTo("Validation error (WrongType@[post]) : argument 'input.mode' is not a valid 'Mode':"
					+ " 'SPRINT' is not one of OPEN_COMPETITION, HORSE_RACE");
	}

	@Test
	void aQuotedValueIsToldToLoseItsQuotes() {
		String document = "{ post(input: {mode: \"HORSE_RACE\"}) }";
		assertThat(explained(document, Map.of()))
			.isEqualTo("Validation error (WrongType@[post]) : argument 'input.mode' is not a valid 'Mode':"
					+ " an enum value is written without quotes, one of OPEN_COMPETITION, HORSE_RACE");
	}

	@Test
	void aWrongValueInAListArgumentIsExplainedToo() {
		assertThat(explained("{ post(input: {mode: HORSE_RACE}, modes: [HORSE_RACE, SPRINT]) }", Map.of()))
			.endsWith("is not a valid 'Mode': 'SPRINT' is not one of OPEN_COMPETITION, HORSE_RACE");
	}

	@Test
	void aWrongValueInAVariableNamesTheFieldsOfTheVariableItCanBe() {
		String document = "query ($input: PostInput!) { post(input: $input) }";
		assertThat(explained(document, Map.of("input", Map.of("mode", "SPRINT"))))
			.isEqualTo("Variable 'input' has an invalid value: 'input.mode' or 'input.where.mode' or"
					+ " 'input.where.mode_in' is not a valid 'Mode': 'SPRINT' is not one of OPEN_COMPETITION, HORSE_RACE");
		assertThat(explained("query ($m: Mode) { post(input: {mode: HORSE_RACE}, mode: $m) }", Map.of("m", "SPRINT")))
			.isEqualTo("Variable 'm' has an invalid value: 'm' is not a valid 'Mode': 'SPRINT' is not one of"
					+ " OPEN_COMPETITION, HORSE_RACE");
	}

	@Test
	void otherMessagesAreLeftAsTheyAre() {
		String message = "Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Query' is undefined";
		assertThat(EnumValueErrors.explain(message, SCHEMA, "{ nope }")).isEqualTo(message);
		assertThat(explained("query ($input: PostInput!) { post(input: $input) }",
				Map.of("input", Map.of("mode", "HORSE_RACE", "name", 3))))
			.doesNotContain("one of");
	}

	private static String explained(String document, Map<String, Object> variables) {
		GraphQLError error = GraphQL.newGraphQL(SCHEMA)
			.build()
			.execute(ExecutionInput.newExecutionInput(document).variables(variables).build())
			.getErrors()
			.get(0);
		assertThat(error.getErrorType()).hasToString("ValidationError");
		return EnumValueErrors.explain(ErrorClassifications.withoutSyntaxTree(error.getMessage()), SCHEMA, document);
	}

}
