package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type, field, argument, input field and enum value of the schema has a doc string,
 * and every relationship type of the model can be followed both ways.
 */
@ChainGraphTest
class SchemaDocumentationTests {

	@Autowired
	GraphQlSource source;

	@Test
	void everyTypeFieldArgumentAndValueIsDocumented() {
		GraphQLSchema schema = this.source.schema();
		List<String> undocumented = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__")
					|| List.of("String", "Int", "Float", "Boolean", "ID", "Long").contains(type.getName())) {
				continue;
			}
			if (type.getDescription() == null || type.getDescription().isBlank()) {
				undocumented.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					if (field.getDescription() == null) {
						undocumented.add(type.getName() + "." + field.getName());
					}
					for (GraphQLArgument argument : field.getArguments()) {
						if (argument.getDescription() == null) {
							undocumented.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
						}
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.stream()
					.filter((field) -> field.getDescription() == null)
					.forEach((field) -> undocumented.add(type.getName() + "." + field.getName()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.stream()
					.filter((value) -> value.getDescription() == null)
					.forEach((value) -> undocumented.add(type.getName() + "." + value.getName()));
			}
		}
		assertThat(undocumented).isEmpty();
	}

	@Test
	void everyRelationshipTypeCanBeFollowedBothWays() {
		GraphQLSchema schema = this.source.schema();
		List<String> directions = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof graphql.schema.GraphQLObjectType object) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					var directive = field.getAppliedDirective("relationship");
					if (directive != null) {
						directions.add(directive.getArgument("type").getValue() + " "
								+ directive.getArgument("direction").getValue());
					}
				}
			}
		}
		for (RelType type : RelType.values()) {
			assertThat(directions).contains(type.name() + " OUT", type.name() + " IN");
		}
	}

}
