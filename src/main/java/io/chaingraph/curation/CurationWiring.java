package io.chaingraph.curation;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.StatusFlow;
import io.chaingraph.graph.RelType;
import io.chaingraph.security.Viewer;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires {@code create<Label>}, {@code update<Label>} and {@code delete<Label>} for every
 * curated label, and the relationship mutations. The mutations of the generated schema
 * differ only in their label, so one loop serves them all.
 */
@Component
class CurationWiring implements RuntimeWiringConfigurer {

	private final NodeCuration nodes;

	private final RelationshipCuration relationships;

	CurationWiring(NodeCuration nodes, RelationshipCuration relationships) {
		this.nodes = nodes;
		this.relationships = relationships;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Mutation", (type) -> {
			for (NodeLabel label : NodeLabel.values()) {
				if (!NodeCuration.curates(label)) {
					continue;
				}
				String field = label.name().substring(0, 1).toLowerCase() + label.name().substring(1);
				// Challenges and demands are posted and raised by their workflows.
				if (StatusFlow.of(label).isEmpty()) {
					type.dataFetcher("create" + label.name(),
							(env) -> payload(field, this.nodes.create(label, env.getArgument("input"), actor(env))));
				}
				type.dataFetcher("update" + label.name(), (env) -> payload(field,
						this.nodes.update(label, env.getArgument("id"), env.getArgument("input"), actor(env))));
				type.dataFetcher("delete" + label.name(), (env) -> this.nodes.delete(label, env.getArgument("id"),
						Boolean.TRUE.equals(env.getArgument("detach")), actor(env)));
			}
			type.dataFetcher("createRelationship", (env) -> {
				Map<String, Object> input = env.getArgument("input");
				return this.relationships.create(RelType.valueOf((String) input.get("type")),
						(String) input.get("from"), (String) input.get("to"), properties(input), actor(env));
			});
			type.dataFetcher("updateRelationship", (env) -> {
				Map<String, Object> input = env.getArgument("input");
				return this.relationships.update(RelType.valueOf((String) input.get("type")),
						(String) input.get("from"), (String) input.get("to"), properties(input), actor(env));
			});
			type.dataFetcher("deleteRelationship",
					(env) -> this.relationships.delete(RelType.valueOf(env.getArgument("type")),
							env.getArgument("from"), env.getArgument("to"), actor(env)));
			return type;
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> properties(Map<String, Object> input) {
		Object properties = input.get("properties");
		return (properties != null) ? (List<Map<String, Object>>) properties : List.of();
	}

	private static Map<String, Object> payload(String field, NodeCuration.Result result) {
		return Map.of(field, result.node(), "changed", result.changed());
	}

	private static String actor(DataFetchingEnvironment env) {
		return Viewer.of(env.getGraphQlContext()).name();
	}

}
