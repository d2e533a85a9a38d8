package io.chaingraph.graph;

import io.chaingraph.ChainGraphTest;
import graphql.schema.GraphQLNamedType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of the schema is mapped to what answers it, every argument's nullness
 * agrees with the code's, and no type is skipped for want of class information: the
 * report Spring writes at start is empty. A controller returning a map, or a primitive
 * parameter for an argument that may be null, fails this test.
 */
@ChainGraphTest
class SchemaInspectionTests {

	@Autowired
	SchemaInspection inspection;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theSchemaInspectionReportIsEmpty() {
		SchemaReport report = this.inspection.report();
		assertThat(report).isNotNull();
		assertThat(report.unmappedFields()).as("unmapped fields").isEmpty();
		assertThat(report.unmappedRegistrations()).as("unmapped registrations").isEmpty();
		assertThat(report.unmappedArguments()).as("unmapped arguments").isEmpty();
		assertThat(report.fieldNullnessErrors()).as("field nullness errors").isEmpty();
		assertThat(report.argumentNullnessErrors()).as("argument nullness errors").isEmpty();
		assertThat(report.skippedTypes()).as("skipped types")
			.extracting(
					(skipped) -> ((GraphQLNamedType) skipped.type()).getName() + " at " + skipped.fieldCoordinates())
			.isEmpty();
		assertThat(SchemaInspection.isEmpty(report)).isTrue();
	}

	// The seven argument-nullness errors: a default the controller took as a primitive,
	// while
	// the schema let a client send null. The schema now says what the code assumed.
	@Test
	void anArgumentWithADefaultTakesItWhenOmittedAndRefusesAnExplicitNull() {
		this.graphQl.document("{ search(text: \"\u94dc\") { type } }").execute().errors().verify();
		this.graphQl.document("{ search(text: \"\u94dc\", first: null) { type } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getMessage())
					.isEqualTo("Validation error (WrongType@[search]) : argument 'first' must not be null");
			}));
	}

}
