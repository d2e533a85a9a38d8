package io.chaingraph.graph;

import java.util.List;
import java.util.Map;

import graphql.schema.idl.EnumValuesProvider;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires what the generated schema types by the model: each of {@link ModelEnums}' enums
 * maps its values to the stored strings, so that fetchers keep returning what Neo4j holds
 * and filters, inputs and arguments reach Java as what it holds; and the
 * {@code Organization} interface resolves, as {@code Node} does, by the node's primary
 * label.
 */
@Component
class ModelTypesWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		ModelEnums.enums()
			.forEach((name, values) -> wiring.type(TypeRuntimeWiring.newTypeWiring(name).enumValues(provider(values))));
		wiring.type(TypeRuntimeWiring.newTypeWiring("Organization").typeResolver((env) -> {
			Map<String, Object> node = env.getObject();
			return env.getSchema().getObjectType(GraphReadsWiring.primaryLabel(node).name());
		}));
	}

	private static EnumValuesProvider provider(List<String> values) {
		return (name) -> values.stream()
			.filter((value) -> ModelEnums.valueName(value).equals(name))
			.findFirst()
			.orElse(null);
	}

}
