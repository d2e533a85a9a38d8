package io.chaingraph.graph;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the fields the schema marks with {@code @byId}, {@code @page} and
 * {@code @relationship} to the generic reads, and resolves the {@code Node} interface by
 * a node's label. The schema files are the single description of these fields: adding one
 * there is all it takes.
 */
@Component
class GraphReadsWiring implements RuntimeWiringConfigurer {

	static final String LOADER = "relationships";

	private final NodePages pages;

	GraphReadsWiring(NodePages pages, RelatedNodes related, BatchLoaderRegistry loaders) {
		this.pages = pages;
		loaders.<RelatedNodes.Key, Map<String, Object>>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> related.load(keys)));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver((env) -> {
			Map<String, Object> node = env.getObject();
			return env.getSchema().getObjectType(primaryLabel(node).name());
		}));
		wiring.directiveWiring(new SchemaDirectiveWiring() {
			@Override
			public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env) {
				DataFetcher<?> fetcher = fetcher(env.getFieldsContainer(), env.getFieldDefinition());
				return (fetcher != null) ? env.setFieldDataFetcher(fetcher) : env.getElement();
			}
		});
	}

	private DataFetcher<?> fetcher(GraphQLFieldsContainer parent, GraphQLFieldDefinition field) {
		String returned = ((graphql.schema.GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
		if (field.hasAppliedDirective("byId")) {
			NodeLabel label = NodeLabel.valueOf(returned);
			return (env) -> this.pages.byId(label, env.getArgument("id"));
		}
		if (field.hasAppliedDirective("page")) {
			NodeLabel label = NodeLabel.valueOf(returned.substring(0, returned.length() - "Connection".length()));
			return (env) -> this.pages.page(label, env.getArgument("where"), env.getArgument("orderBy"), page(env),
					env.getSelectionSet().contains("totalCount"));
		}
		GraphQLAppliedDirective relationship = field.getAppliedDirective("relationship");
		if (relationship == null) {
			return null;
		}
		NodeLabel parentLabel = NodeLabel.valueOf(parent.getName());
		RelType type = RelType.valueOf(relationship.getArgument("type").getValue().toString());
		boolean outgoing = relationship.getArgument("direction").getValue().toString().equals("OUT");
		return (env) -> {
			Map<String, Object> node = env.getSource();
			// Checked here, so that a bad argument fails this field only, not the whole
			// batch.
			PageRequest page = page(env);
			DataLoader<RelatedNodes.Key, Map<String, Object>> loader = env.getDataLoader(LOADER);
			return loader.load(new RelatedNodes.Key(parentLabel, type, outgoing, page, (String) node.get("id")));
		};
	}

	private static PageRequest page(DataFetchingEnvironment env) {
		return PageRequest.of(env.getArgument("first"), env.getArgument("after"), env.getArgument("last"),
				env.getArgument("before"));
	}

	static NodeLabel primaryLabel(Map<String, Object> node) {
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) node.get("labels");
		for (NodeLabel label : NodeLabel.values()) {
			if (label.isIdSpace() && labels.contains(label.name())) {
				return label;
			}
		}
		throw new IllegalStateException("No label of the model on node " + node.get("id"));
	}

}
