package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import graphql.TrivialDataFetcher;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.schema.idl.TypeUtil;
import graphql.schema.idl.WiringFactory;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * Wires the fields the schema marks with {@code @byId}, {@code @page} and
 * {@code @relationship} to the generic reads, and resolves the {@code Node} interface by
 * a node's label. The schema files are the single description of these fields: adding one
 * there is all it takes.
 * <p>
 * The fetchers are registered in the runtime wiring, not set by a directive wiring, and
 * describe what they return (nodes are maps), so that the schema inspection sees every
 * field of a node as mapped: a node's own fields, which no controller reads, are
 * registered as map entries after every other configurer has registered its fields, and
 * so are those of the connections and edges built around them.
 */
@Component
class GraphReadsWiring implements RuntimeWiringConfigurer {

	static final String LOADER = "relationships";

	/** A node as the generic reads return it. */
	static final ResolvableType NODE = ResolvableType.forClassWithGenerics(Map.class, String.class, Object.class);

	/** A page of nodes, a map of edges, page info and total. */
	private static final ResolvableType PAGE = ResolvableType.forClass(PageConnection.class);

	private final NodePages pages;

	private @Nullable TypeDefinitionRegistry registry;

	GraphReadsWiring(NodePages pages, RelatedNodes related, BatchLoaderRegistry loaders) {
		this.pages = pages;
		loaders.<RelatedNodes.Key, Map<String, Object>>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> related.load(keys)));
	}

	@Override
	public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver((env) -> {
			Map<String, Object> node = env.getObject();
			return env.getSchema().getObjectType(primaryLabel(node).name());
		}));
		for (ObjectTypeDefinition type : objectTypes()) {
			TypeRuntimeWiring.Builder fields = TypeRuntimeWiring.newTypeWiring(type.getName());
			for (FieldDefinition field : type.getFieldDefinitions()) {
				DataFetcher<?> fetcher = fetcher(type.getName(), field);
				if (fetcher != null) {
					fields.dataFetcher(field.getName(), fetcher);
				}
			}
			wiring.type(fields);
		}
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring, List<WiringFactory> factories) {
		TypeDefinitionRegistry registry = this.registry;
		if (registry == null) {
			return;
		}
		Map<String, Map<String, DataFetcher>> registered = wiring.build().getDataFetchers();
		for (ObjectTypeDefinition type : objectTypes()) {
			if (!isMapBacked(type)) {
				continue;
			}
			Map<String, DataFetcher> taken = registered.getOrDefault(type.getName(), Map.of());
			TypeRuntimeWiring.Builder fields = TypeRuntimeWiring.newTypeWiring(type.getName());
			List<FieldDefinition> definitions = new ArrayList<>(type.getFieldDefinitions());
			registry.objectTypeExtensions()
				.getOrDefault(type.getName(), List.of())
				.forEach((extension) -> definitions.addAll(extension.getFieldDefinitions()));
			for (FieldDefinition field : definitions) {
				if (!taken.containsKey(field.getName())) {
					fields.dataFetcher(field.getName(), new MapEntry(field));
				}
			}
			wiring.type(fields);
		}
	}

	private List<ObjectTypeDefinition> objectTypes() {
		List<ObjectTypeDefinition> types = new ArrayList<>();
		if (this.registry != null) {
			types.addAll(this.registry.getTypes(ObjectTypeDefinition.class));
			this.registry.objectTypeExtensions().values().forEach(types::addAll);
		}
		return types;
	}

	/**
	 * A node, one of the connections and edges the generic reads build, or their page
	 * info: the types whose values are maps.
	 */
	private boolean isMapBacked(ObjectTypeDefinition type) {
		if (type instanceof ObjectTypeExtensionDefinition) {
			return false;
		}
		String name = type.getName();
		if (name.endsWith("Connection") || name.endsWith("Edge") || name.equals("PageInfo")) {
			return true;
		}
		return ((ImplementingTypeDefinition<?>) type).getImplements()
			.stream()
			.anyMatch((implemented) -> implemented instanceof TypeName typeName && typeName.getName().equals("Node"));
	}

	private @Nullable DataFetcher<?> fetcher(String parent, FieldDefinition field) {
		String returned = TypeUtil.unwrapAll(field.getType()).getName();
		if (!field.getDirectives("byId").isEmpty()) {
			NodeLabel label = NodeLabel.valueOf(returned);
			return new GenericRead(NODE, false, (env) -> this.pages.byId(label, env.getArgument("id")));
		}
		if (!field.getDirectives("page").isEmpty()) {
			NodeLabel label = NodeLabel.valueOf(returned.substring(0, returned.length() - "Connection".length()));
			return new GenericRead(PAGE, false, (env) -> this.pages.page(label, env.getArgument("where"),
					env.getArgument("orderBy"), page(env), env.getSelectionSet().contains("totalCount")));
		}
		List<Directive> relationship = field.getDirectives("relationship");
		if (relationship.isEmpty()) {
			return null;
		}
		NodeLabel parentLabel = NodeLabel.valueOf(parent);
		RelType type = RelType.valueOf(name(relationship.get(0).getArgument("type").getValue()));
		boolean outgoing = name(relationship.get(0).getArgument("direction").getValue()).equals("OUT");
		return new GenericRead(PAGE, true, (env) -> {
			Map<String, Object> node = env.getSource();
			// Checked here, so that a bad argument fails this field only, not the whole
			// batch.
			PageRequest page = page(env);
			DataLoader<RelatedNodes.Key, Map<String, Object>> loader = env.getDataLoader(LOADER);
			return loader.load(new RelatedNodes.Key(parentLabel, type, outgoing, page, (String) node.get("id")));
		});
	}

	private static String name(Value<?> value) {
		return (value instanceof EnumValue enumValue) ? enumValue.getName() : ((StringValue) value).getValue();
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

	/**
	 * A generic read, described for the schema inspection: it returns nodes, and takes
	 * its arguments from the environment, as the schema declares them.
	 */
	private record GenericRead(ResolvableType returnType, boolean usesDataLoader,
			DataFetcher<?> read) implements SelfDescribingDataFetcher<Object> {

		@Override
		public @Nullable Object get(DataFetchingEnvironment env) throws Exception {
			return this.read.get(env);
		}

		@Override
		public String getDescription() {
			return "generic read";
		}

		@Override
		public ResolvableType getReturnType() {
			return this.returnType;
		}

	}

	/**
	 * An entry of a node's, a connection's or an edge's map: what graphql-java's property
	 * fetcher does, and as light and trivial, so that reading it costs what it cost
	 * before it was registered. It describes a map, or a list of maps, for the
	 * inspection.
	 */
	static final class MapEntry
			implements SelfDescribingDataFetcher<Object>, LightDataFetcher<Object>, TrivialDataFetcher<Object> {

		private static final ResolvableType NODES = ResolvableType.forClassWithGenerics(List.class, NODE);

		private final PropertyDataFetcher<Object> property;

		private final ResolvableType returnType;

		MapEntry(FieldDefinition field) {
			this.property = PropertyDataFetcher.fetching(field.getName());
			this.returnType = isList(field.getType()) ? NODES : NODE;
		}

		@Override
		public @Nullable Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env)
				throws Exception {
			return this.property.get(field, source, env);
		}

		@Override
		public @Nullable Object get(DataFetchingEnvironment env) throws Exception {
			return this.property.get(env);
		}

		private static boolean isList(Type<?> type) {
			return (type instanceof NonNullType nonNull) ? isList(nonNull.getType()) : type instanceof ListType;
		}

		/** The map's key, for the one-pass reads, which read it as graphql-java would. */
		String key() {
			return this.property.getPropertyName();
		}

		@Override
		public String getDescription() {
			return "map entry " + this.property.getPropertyName();
		}

		@Override
		public ResolvableType getReturnType() {
			return this.returnType;
		}

	}

}
