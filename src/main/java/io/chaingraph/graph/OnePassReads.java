package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLContext;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import io.chaingraph.system.graphql.OperationInstrumentation;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Answers a query made only of the model's generic reads in one pass over the embedded
 * database's own API, in one read transaction: the typed by-id fields, the pages, Relay's
 * {@code node} and {@code nodes}, relationship fields, and the properties of what they
 * reach. graphql-java's execution of such a query costs more than its reads: for every
 * field of every node it builds parameters, a path, a data fetcher's environment and a
 * completion, and reaches every related node through a data loader, each node first made
 * into a map of all its properties. Here a related node is reached from its parent by the
 * relationship itself, only the selected properties are read, and the answer is the map
 * graphql-java would have made. With a server, the selection is one statement
 * ({@link OneStatement}), and its one row is read the same way.
 * <p>
 * The selection comes from graphql-java's normalized operation, so fragments, aliases,
 * variables and {@code @skip}/{@code @include} mean what they always mean; parsing,
 * validation and the operation limits have run before. Anything else goes to
 * graphql-java's own execution, which answers as it always has: another root field, a
 * field whose data fetcher is not a property read (such as a field the access policy
 * hides), and every error (a refused root field, a bad argument, a missing node, a null
 * where the schema promises a value, a timeout). Reads have no effects, so one that stops
 * midway costs only its time.
 */
@Component
class OnePassReads implements OperationInstrumentation {

	static final String DISABLED = GraphReads.FETCHERS_ONLY;

	private final GraphReads reads;

	private final @Nullable RootReadGuard guard;

	private final AtomicLong answered = new AtomicLong();

	private volatile @Nullable Fields fields;

	private volatile @Nullable Strategy strategy;

	OnePassReads(GraphReads reads, ObjectProvider<RootReadGuard> guard) {
		this.reads = reads;
		this.guard = guard.getIfAvailable();
	}

	/**
	 * How many queries this process answered in one pass.
	 */
	long answered() {
		return this.answered.get();
	}

	@Override
	public ExecutionContext instrumentExecutionContext(ExecutionContext context,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!context.isQueryOperation() || Boolean.TRUE.equals(context.getGraphQLContext().get(DISABLED))) {
			return context;
		}
		ExecutionStrategy original = context.getQueryStrategy();
		Strategy strategy = this.strategy;
		if (strategy == null || strategy.original != original) {
			strategy = new Strategy(original);
			this.strategy = strategy;
		}
		Strategy chosen = strategy;
		return context.transform((builder) -> builder.queryStrategy(chosen));
	}

	/**
	 * The query's answer, or null when graphql-java must execute it.
	 */
	@Nullable Map<String, Object> answer(ExecutionContext context) {
		try {
			Fields fields = fields(context.getGraphQLSchema());
			// A root field the pass cannot read is seen in the document itself, before
			// graphql-java normalizes the whole operation (expertsFor, statistics, ...).
			for (Selection<?> selection : context.getOperationDefinition().getSelectionSet().getSelections()) {
				if (selection instanceof Field field && fields.read("Query", field.getName()) == null) {
					return null;
				}
			}
			ExecutableNormalizedOperation operation = context.getNormalizedQueryTree().get();
			for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
				FieldRead read = fields.read("Query", root.getName());
				if (read == null || !answerable(fields, root)) {
					return null;
				}
				if (this.guard != null && !(read instanceof FieldRead.TypeName) && this.guard.refusal(root.getName(),
						root.getResolvedArguments(), context.getGraphQLContext()) != null) {
					return null;
				}
			}
			Map<String, Object> data;
			if (this.reads.embedded()) {
				data = embedded(context, fields, operation);
			}
			else {
				OneStatement statement = OneStatement.of(fields, operation);
				List<org.neo4j.driver.Record> rows = this.reads.read(statement.text(), statement.params());
				data = new Pass(context.getGraphQLSchema(), fields, statement.source(rows.get(0)),
						context.getGraphQLContext(), context.getLocale())
					.roots(operation.getTopLevelFields());
			}
			this.answered.incrementAndGet();
			return data;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private Map<String, Object> embedded(ExecutionContext context, Fields fields,
			ExecutableNormalizedOperation operation) {
		// The pages' statements are made first, so that the first run of one gets the
		// time its plan's compilation takes.
		Map<ExecutableNormalizedField, NodePages.Statements> pages = new HashMap<>();
		List<String> texts = new ArrayList<>();
		for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
			if (fields.read("Query", root.getName()) instanceof FieldRead.Page page) {
				NodePages.Statements statements = pageStatements(page.label(), root);
				pages.put(root, statements);
				texts.addAll(statements.texts(EmbeddedSource.counted(root)));
			}
		}
		return this.reads
			.inEmbeddedTransaction(texts,
					(tx) -> new Pass(context.getGraphQLSchema(), fields, new EmbeddedSource(tx, pages),
							context.getGraphQLContext(), context.getLocale())
						.roots(operation.getTopLevelFields()))
			.orElseThrow(() -> UNANSWERED);
	}

	/**
	 * The statements of a page root field, from its arguments.
	 */
	@SuppressWarnings("unchecked")
	static NodePages.Statements pageStatements(NodeLabel label, ExecutableNormalizedField field) {
		Map<String, Object> arguments = field.getResolvedArguments();
		return NodePages.statements(label, (Map<String, Object>) arguments.get("where"),
				(List<Map<String, Object>>) arguments.get("orderBy"), Source.page(arguments));
	}

	// Every field below, for every type it may be selected on, is a generic read.
	private static boolean answerable(Fields fields, ExecutableNormalizedField field) {
		if (!field.getDeferredExecutions().isEmpty()) {
			return false;
		}
		for (ExecutableNormalizedField child : field.getChildren()) {
			for (String type : child.getObjectTypeNames()) {
				if (fields.read(type, child.getName()) == null) {
					return false;
				}
			}
			if (!answerable(fields, child)) {
				return false;
			}
		}
		return true;
	}

	private Fields fields(GraphQLSchema schema) {
		Fields fields = this.fields;
		if (fields == null || fields.schema != schema) {
			fields = new Fields(schema);
			this.fields = fields;
		}
		return fields;
	}

	/**
	 * The query strategy of a request: one pass when it can answer, the original
	 * otherwise.
	 */
	private final class Strategy extends ExecutionStrategy {

		private final ExecutionStrategy original;

		Strategy(ExecutionStrategy original) {
			this.original = original;
		}

		@Override
		public CompletableFuture<ExecutionResult> execute(ExecutionContext context,
				ExecutionStrategyParameters parameters) {
			Map<String, Object> data = answer(context);
			if (data == null) {
				// Below the root, graphql-java executes fields with the context's
				// strategy,
				// whose exception handler is the one that classifies errors.
				ExecutionStrategy original = this.original;
				return original.execute(context.transform((builder) -> builder.queryStrategy(original)), parameters);
			}
			return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().data(data).build());
		}

	}

	/**
	 * What a field of the schema reads, when it is one of the generic reads.
	 */
	sealed interface FieldRead {

		/** A property of the source, by the name its data fetcher reads. */
		record Property(String name) implements FieldRead {
		}

		/** A relationship field of a node type. */
		record Related(RelType type, boolean outgoing) implements FieldRead {
		}

		/** A typed by-id root field. */
		record ById(NodeLabel label) implements FieldRead {
		}

		/** A page root field. */
		record Page(NodeLabel label) implements FieldRead {
		}

		/** Relay's node(id:). */
		record AnyNode() implements FieldRead {
		}

		/** Relay's nodes(ids:). */
		record AnyNodes() implements FieldRead {
		}

		/** {@code __typename}. */
		record TypeName() implements FieldRead {
		}

	}

	/**
	 * The generic reads of a schema's fields, found once per schema from its directives
	 * and its data fetchers.
	 */
	static final class Fields {

		private final GraphQLSchema schema;

		private final Map<FieldCoordinates, Optional<FieldRead>> reads = new java.util.concurrent.ConcurrentHashMap<>();

		Fields(GraphQLSchema schema) {
			this.schema = schema;
		}

		@Nullable FieldRead read(String type, String field) {
			if (field.equals("__typename")) {
				return new FieldRead.TypeName();
			}
			return this.reads.computeIfAbsent(FieldCoordinates.coordinates(type, field), this::find).orElse(null);
		}

		private Optional<FieldRead> find(FieldCoordinates coordinates) {
			if (!(this.schema.getType(coordinates.getTypeName()) instanceof GraphQLObjectType type)) {
				return Optional.empty();
			}
			GraphQLFieldDefinition field = type.getField(coordinates.getFieldName());
			if (field == null) {
				return Optional.empty();
			}
			String returned = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
			if (type.getName().equals("Query")) {
				if (field.hasAppliedDirective("byId")) {
					return Optional.of(new FieldRead.ById(NodeLabel.valueOf(returned)));
				}
				if (field.hasAppliedDirective("page")) {
					return Optional.of(new FieldRead.Page(
							NodeLabel.valueOf(returned.substring(0, returned.length() - "Connection".length()))));
				}
				if (returned.equals("Node") && field.getName().equals("node")) {
					return Optional.of(new FieldRead.AnyNode());
				}
				if (returned.equals("Node") && field.getName().equals("nodes")) {
					return Optional.of(new FieldRead.AnyNodes());
				}
				return Optional.empty();
			}
			var relationship = field.getAppliedDirective("relationship");
			if (relationship != null) {
				return Optional
					.of(new FieldRead.Related(RelType.valueOf(relationship.getArgument("type").getValue().toString()),
							relationship.getArgument("direction").getValue().toString().equals("OUT")));
			}
			DataFetcher<?> fetcher = this.schema.getCodeRegistry().getDataFetcher(coordinates, field);
			if (fetcher instanceof PropertyDataFetcher<?> property) {
				return Optional.of(new FieldRead.Property(property.getPropertyName()));
			}
			if (fetcher instanceof GraphReadsWiring.MapEntry entry) {
				return Optional.of(new FieldRead.Property(entry.key()));
			}
			if (fetcher instanceof SingletonPropertyDataFetcher<?>) {
				return Optional.of(new FieldRead.Property(field.getName()));
			}
			return Optional.empty();
		}

	}

	/**
	 * Thrown where the one pass cannot answer as graphql-java would: graphql-java then
	 * answers, error included.
	 */
	static final class Unanswered extends RuntimeException {

		private Unanswered() {
			super(null, null, false, false);
		}

	}

	static final Unanswered UNANSWERED = new Unanswered();

	/**
	 * A connection as read, before its selection is written.
	 */
	record Connection(List<Edge> edges, Map<String, Object> pageInfo, @Nullable Long totalCount) {

		/**
		 * The connection of a page read in the page's order, one more than its size
		 * (backwards from the end for {@code last}), as {@link NodePages} makes it.
		 */
		static Connection of(PageRequest page, List<Edge> read, @Nullable Long total) {
			boolean more = read.size() > page.size();
			List<Edge> edges = read;
			if (page.fromEnd()) {
				edges = new ArrayList<>(read.subList(0, Math.min(page.size(), read.size())));
				Collections.reverse(edges);
			}
			else if (more) {
				edges = read.subList(0, page.size());
			}
			return new Connection(edges, pageInfo(page, edges, more), total);
		}

		// As PageRequest.pageInfo reads it from the edges' maps.
		static Map<String, Object> pageInfo(PageRequest page, List<Edge> edges, boolean more) {
			Map<String, Object> info = new HashMap<>();
			info.put("hasNextPage", page.fromEnd() ? page.before() != null : more);
			info.put("hasPreviousPage", page.fromEnd() ? more : page.after() != null);
			info.put("startCursor", edges.isEmpty() ? null : edges.get(0).cursor());
			info.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
			return info;
		}

	}

	/**
	 * An edge: the related node, the relationship that reached it (null on a top-level
	 * page) and its cursor. The node and the relationship are the embedded database's
	 * entities, or what {@link OneStatement} read of them.
	 */
	record Edge(Object node, @Nullable Object relationship, String cursor) {

	}

	/**
	 * Where a pass reads: the embedded database's API, or the answer of one statement.
	 */
	interface Source {

		/**
		 * The value of a root field: a node, a list of nodes or a connection.
		 */
		@Nullable Object root(ExecutableNormalizedField root, FieldRead read);

		/**
		 * The page of a relationship field of {@code parent}, selected on {@code type}.
		 */
		Connection related(Object parent, GraphQLObjectType type, FieldRead.Related read,
				ExecutableNormalizedField field);

		/**
		 * A property of a node or a relationship, as the maps GraphQL serves hold it (see
		 * {@link CoreValues} and {@link GraphReads#node}).
		 */
		@Nullable Object property(Object entity, String name);

		/**
		 * Whether the node has the label.
		 */
		boolean hasLabel(Object node, NodeLabel label);

		static PageRequest page(Map<String, Object> arguments) {
			return PageRequest.of((Integer) arguments.get("first"), (String) arguments.get("after"),
					(Integer) arguments.get("last"), (String) arguments.get("before"));
		}

	}

	/**
	 * Reads through the embedded database's own API, in the pass's transaction.
	 */
	private static final class EmbeddedSource implements Source {

		private final Transaction tx;

		private final Map<ExecutableNormalizedField, NodePages.Statements> pages;

		EmbeddedSource(Transaction tx, Map<ExecutableNormalizedField, NodePages.Statements> pages) {
			this.tx = tx;
			this.pages = pages;
		}

		@Override
		public @Nullable Object root(ExecutableNormalizedField root, FieldRead read) {
			if (read instanceof FieldRead.ById byId) {
				return found(Label.label(byId.label().name()), root.getResolvedArguments());
			}
			if (read instanceof FieldRead.AnyNode) {
				return found(Label.label(GlobalIds.LABEL), root.getResolvedArguments());
			}
			if (read instanceof FieldRead.AnyNodes) {
				return nodes(root.getResolvedArguments());
			}
			if (read instanceof FieldRead.Page) {
				return page(this.pages.get(root), root);
			}
			throw UNANSWERED;
		}

		// A missing node is a NOT_FOUND error, which graphql-java writes.
		private Node found(Label label, Map<String, Object> arguments) {
			Node node = this.tx.findNode(label, "id", arguments.get("id"));
			if (node == null) {
				throw UNANSWERED;
			}
			return node;
		}

		private List<@Nullable Node> nodes(Map<String, Object> arguments) {
			if (!(arguments.get("ids") instanceof List<?> ids) || ids.size() > NodeController.MAX_IDS) {
				throw UNANSWERED;
			}
			Label label = Label.label(GlobalIds.LABEL);
			List<@Nullable Node> nodes = new ArrayList<>(ids.size());
			for (Object id : ids) {
				nodes.add(this.tx.findNode(label, "id", id));
			}
			return nodes;
		}

		static boolean counted(ExecutableNormalizedField field) {
			return field.getChildren().stream().anyMatch((child) -> child.getName().equals("totalCount"));
		}

		private Connection page(NodePages.Statements statements, ExecutableNormalizedField field) {
			List<Edge> read = new ArrayList<>();
			try (Result result = this.tx.execute(statements.page("n"), statements.params())) {
				result.accept((row) -> {
					Node node = (Node) row.get("n");
					read.add(new Edge(node, null, Cursors.encode(row.get("key"), (String) node.getProperty("id"))));
					return true;
				});
			}
			return Connection.of(Source.page(field.getResolvedArguments()), read,
					counted(field) ? statements.count(this.tx) : null);
		}

		@Override
		public Connection related(Object parent, GraphQLObjectType type, FieldRead.Related read,
				ExecutableNormalizedField field) {
			PageRequest page = Source.page(field.getResolvedArguments());
			RelatedNodes.Related related = RelatedNodes.related((Node) parent, read.type(), read.outgoing(), page);
			List<Edge> edges = new ArrayList<>(related.page().size());
			for (RelatedNodes.Candidate candidate : related.page()) {
				edges.add(new Edge(candidate.node(), candidate.relationship(), candidate.cursor()));
			}
			return new Connection(edges, Connection.pageInfo(page, edges, related.more()), related.total());
		}

		@Override
		public @Nullable Object property(Object entity, String name) {
			if (entity instanceof Node node) {
				return switch (name) {
					case "labels" -> labels(node);
					case "synthetic" -> node.getProperty("synthetic", Boolean.FALSE);
					default -> CoreValues.value(node.getProperty(name, null));
				};
			}
			return CoreValues.value(((Relationship) entity).getProperty(name, null));
		}

		@Override
		public boolean hasLabel(Object node, NodeLabel label) {
			return node instanceof Node entity && entity.hasLabel(Label.label(label.name()));
		}

		private static List<String> labels(Node node) {
			List<String> labels = new ArrayList<>(2);
			for (Label label : node.getLabels()) {
				if (!GlobalIds.LABEL.equals(label.name())) {
					labels.add(label.name());
				}
			}
			return labels;
		}

	}

	/**
	 * One query's pass: the selection written from what its source reads.
	 */
	private static final class Pass {

		private final GraphQLSchema schema;

		private final Fields fields;

		private final Source source;

		private final GraphQLContext context;

		private final Locale locale;

		Pass(GraphQLSchema schema, Fields fields, Source source, GraphQLContext context, @Nullable Locale locale) {
			this.schema = schema;
			this.fields = fields;
			this.source = source;
			this.context = context;
			this.locale = (locale != null) ? locale : Locale.getDefault();
		}

		Map<String, Object> roots(List<ExecutableNormalizedField> roots) {
			Map<String, Object> data = new LinkedHashMap<>();
			GraphQLObjectType query = this.schema.getQueryType();
			for (ExecutableNormalizedField root : roots) {
				FieldRead read = this.fields.read("Query", root.getName());
				GraphQLFieldDefinition definition = query.getField(root.getName());
				Object value = (read instanceof FieldRead.TypeName) ? query.getName() : this.source.root(root, read);
				data.put(root.getResultKey(),
						(definition != null) ? complete(definition.getType(), root, value) : value);
			}
			return data;
		}

		private @Nullable Object complete(GraphQLOutputType type, ExecutableNormalizedField field,
				@Nullable Object value) {
			if (type instanceof GraphQLNonNull nonNull) {
				if (value == null) {
					// graphql-java writes the error and nulls the nearest nullable
					// parent.
					throw UNANSWERED;
				}
				return complete((GraphQLOutputType) nonNull.getWrappedType(), field, value);
			}
			if (value == null) {
				return null;
			}
			if (type instanceof GraphQLList list) {
				if (!(value instanceof List<?> values)) {
					throw UNANSWERED;
				}
				GraphQLOutputType item = (GraphQLOutputType) list.getWrappedType();
				List<@Nullable Object> completed = new ArrayList<>(values.size());
				for (Object element : values) {
					completed.add(complete(item, field, element));
				}
				return completed;
			}
			if (type instanceof GraphQLScalarType scalar) {
				return scalar.getCoercing().serialize(value, this.context, this.locale);
			}
			if (type instanceof GraphQLEnumType enumType) {
				return enumType.serialize(value, this.context, this.locale);
			}
			GraphQLObjectType object = objectType(type, value);
			Map<String, Object> selected = new LinkedHashMap<>();
			for (ExecutableNormalizedField child : field.getChildren()) {
				if (child.getObjectTypeNames().contains(object.getName())) {
					selected.put(child.getResultKey(), field(object, child, value));
				}
			}
			return selected;
		}

		// The Node and Organization interfaces resolve by the node's primary label, as
		// their type resolvers do.
		private GraphQLObjectType objectType(GraphQLOutputType type, Object value) {
			if (type instanceof GraphQLObjectType object) {
				return object;
			}
			for (NodeLabel label : NodeLabel.values()) {
				if (label.isIdSpace() && this.source.hasLabel(value, label)) {
					return this.schema.getObjectType(label.name());
				}
			}
			throw UNANSWERED;
		}

		private @Nullable Object field(GraphQLObjectType object, ExecutableNormalizedField child, Object source) {
			FieldRead read = this.fields.read(object.getName(), child.getName());
			if (read instanceof FieldRead.TypeName) {
				return object.getName();
			}
			GraphQLFieldDefinition definition = object.getField(child.getName());
			Object value;
			if (read instanceof FieldRead.Property property) {
				value = property(source, property.name());
			}
			else if (read instanceof FieldRead.Related related && !(source instanceof Edge)
					&& !(source instanceof Connection) && !(source instanceof Map)) {
				value = this.source.related(source, object, related, child);
			}
			else {
				throw UNANSWERED;
			}
			return complete(definition.getType(), child, value);
		}

		// What the map GraphQL serves for each source holds under the name (see
		// CoreValues, RelatedNodes and NodePages).
		private @Nullable Object property(Object source, String name) {
			if (source instanceof Edge edge) {
				return switch (name) {
					case "node" -> edge.node();
					case "cursor" -> edge.cursor();
					default -> (edge.relationship() != null) ? this.source.property(edge.relationship(), name) : null;
				};
			}
			if (source instanceof Connection connection) {
				return switch (name) {
					case "edges" -> connection.edges();
					case "pageInfo" -> connection.pageInfo();
					case "totalCount" -> connection.totalCount();
					default -> null;
				};
			}
			if (source instanceof Map<?, ?> map) {
				return map.get(name);
			}
			return this.source.property(source, name);
		}

	}

}
