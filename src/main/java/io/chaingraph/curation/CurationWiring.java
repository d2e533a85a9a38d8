package io.chaingraph.curation;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.StatusFlow;
import io.chaingraph.graph.RelType;
import io.chaingraph.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * Wires {@code create<Label>}, {@code update<Label>} and {@code delete<Label>} for every
 * curated label, and the relationship mutations. The mutations of the generated schema
 * differ only in their label, so one loop serves them all.
 * <p>
 * Each fetcher says what it returns and which arguments it reads ({@link Described}):
 * schema inspection sees only the fetchers of the runtime wiring, and of a plain lambda
 * it knows no class, so it skipped every payload type. A {@code Curated<Label>Payload} is
 * one record for every label ({@link NodeCuration.Result}), its node served under the
 * label's field by a fetcher registered here.
 */
@Component
class CurationWiring implements RuntimeWiringConfigurer {

	private static final ResolvableType INPUT = ResolvableType.forClassWithGenerics(Map.class, String.class,
			Object.class);

	private static final ResolvableType ID = ResolvableType.forClass(String.class);

	private static final ResolvableType RESULT = ResolvableType.forClass(NodeCuration.Result.class);

	private static final ResolvableType NODE = INPUT;

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
				// Challenges and demands are posted and raised by their workflows.
				if (StatusFlow.of(label).isEmpty()) {
					type.dataFetcher("create" + label.name(),
							new Described<>("create" + label.name(), RESULT, Map.of("input", INPUT),
									(env) -> this.nodes.create(label, env.getArgument("input"), actor(env))));
				}
				type.dataFetcher("update" + label.name(),
						new Described<>("update" + label.name(), RESULT, Map.of("id", ID, "input", INPUT),
								(env) -> this.nodes.update(label, env.getArgument("id"), env.getArgument("input"),
										actor(env))));
				type.dataFetcher("delete" + label.name(),
						new Described<>("delete" + label.name(), ResolvableType.forClass(DeletePayload.class),
								Map.of("id", ID, "detach", ResolvableType.forClass(Boolean.class)),
								(env) -> this.nodes.delete(label, env.getArgument("id"),
										Boolean.TRUE.equals(env.getArgument("detach")), actor(env))));
			}
			type.dataFetcher("createRelationship", new Described<>("createRelationship",
					ResolvableType.forClass(RelationshipPayload.class), Map.of("input", INPUT), (env) -> {
						Map<String, Object> input = env.getArgument("input");
						return this.relationships.create(RelType.valueOf((String) input.get("type")),
								(String) input.get("from"), (String) input.get("to"), properties(input), actor(env));
					}));
			type.dataFetcher("updateRelationship", new Described<>("updateRelationship",
					ResolvableType.forClass(RelationshipPayload.class), Map.of("input", INPUT), (env) -> {
						Map<String, Object> input = env.getArgument("input");
						return this.relationships.update(RelType.valueOf((String) input.get("type")),
								(String) input.get("from"), (String) input.get("to"), properties(input), actor(env));
					}));
			type.dataFetcher("deleteRelationship",
					new Described<>("deleteRelationship", ResolvableType.forClass(DeletePayload.class),
							Map.of("type", ID, "from", ID, "to", ID),
							(env) -> this.relationships.delete(RelType.valueOf(env.getArgument("type")),
									env.getArgument("from"), env.getArgument("to"), actor(env))));
			return type;
		});
		for (NodeLabel label : NodeLabel.values()) {
			if (NodeCuration.curates(label)) {
				String field = label.name().substring(0, 1).toLowerCase() + label.name().substring(1);
				wiring.type("Curated" + label.name() + "Payload", (type) -> type.dataFetcher(field,
						new Described<>(field, NODE, Map.of(), (env) -> env.<NodeCuration.Result>getSource().node())));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> properties(Map<String, Object> input) {
		Object properties = input.get("properties");
		return (properties != null) ? (List<Map<String, Object>>) properties : List.of();
	}

	private static String actor(DataFetchingEnvironment env) {
		return Viewer.of(env.getGraphQlContext()).name();
	}

	/**
	 * A mutation's or a payload field's fetcher with what schema inspection needs to know
	 * of it: the class it returns, whose components the inspector maps to the payload's
	 * fields, and the arguments it reads, which the inspector checks against the
	 * schema's.
	 */
	private static final class Described<T> implements SelfDescribingDataFetcher<T> {

		private final String field;

		private final ResolvableType returnType;

		private final Map<String, ResolvableType> arguments;

		private final DataFetcher<T> fetcher;

		Described(String field, ResolvableType returned, Map<String, ResolvableType> arguments,
				DataFetcher<T> fetcher) {
			this.field = field;
			this.returnType = returned;
			this.arguments = arguments;
			this.fetcher = fetcher;
		}

		@Override
		public @Nullable T get(DataFetchingEnvironment env) throws Exception {
			return this.fetcher.get(env);
		}

		@Override
		public String getDescription() {
			return CurationWiring.class.getSimpleName() + "#" + this.field;
		}

		@Override
		public ResolvableType getReturnType() {
			return this.returnType;
		}

		@Override
		public Map<String, ResolvableType> getArguments() {
			return this.arguments;
		}

		@Override
		public String toString() {
			return getDescription();
		}

	}

}
