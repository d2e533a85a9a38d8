package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLObjectType;
import io.chaingraph.graph.OnePassReads.Connection;
import io.chaingraph.graph.OnePassReads.Edge;
import io.chaingraph.graph.OnePassReads.FieldRead;
import io.chaingraph.graph.OnePassReads.Fields;
import io.chaingraph.graph.OnePassReads.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import static io.chaingraph.graph.OnePassReads.UNANSWERED;

/**
 * The one pass of {@link OnePassReads} over Bolt: a query made only of generic reads,
 * compiled into one statement whose single row holds the whole answer, so that a server
 * is asked once per request, as graphql-java's execution asks it once per level and
 * relationship field. Each root field is a {@code COLLECT} subquery of its own, each node
 * a map of the properties its selection reads, and each relationship field below it a
 * nested {@code COLLECT} keyset-paged as {@link RelatedNodes} pages it (the sort key,
 * then the id, one more than the page for {@code hasNextPage}, backwards from the end for
 * {@code last}), its {@code totalCount} a {@code COUNT} subquery when it is selected. A
 * root page is the statement {@link NodePages} runs, inside the {@code COLLECT}.
 * <p>
 * Labels, relationship types and property keys come from the model, through the schema's
 * directives and data fetchers; every value, ids and cursors included, is a parameter.
 */
final class OneStatement {

	private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final Fields fields;

	private final Map<String, Object> params = new HashMap<>();

	private final Map<ExecutableNormalizedField, String> columns = new HashMap<>();

	private final Map<Selected, String> keys = new HashMap<>();

	private final List<String> returned = new ArrayList<>();

	private int names;

	private OneStatement(Fields fields) {
		this.fields = fields;
	}

	/**
	 * The statement of an operation whose fields {@link OnePassReads} found answerable.
	 */
	static OneStatement of(Fields fields, ExecutableNormalizedOperation operation) {
		OneStatement statement = new OneStatement(fields);
		for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
			statement.root(root);
		}
		return statement;
	}

	String text() {
		return this.returned.isEmpty() ? "RETURN null AS nothing" : "RETURN " + String.join(",\n  ", this.returned);
	}

	Map<String, Object> params() {
		return this.params;
	}

	/**
	 * What the pass reads from the statement's row.
	 */
	Source source(Record row) {
		return new Read(row);
	}

	private void root(ExecutableNormalizedField root) {
		FieldRead read = this.fields.read("Query", root.getName());
		if (read instanceof FieldRead.TypeName) {
			return;
		}
		String column = name("r");
		Map<String, Object> arguments = root.getResolvedArguments();
		if (read instanceof FieldRead.ById || read instanceof FieldRead.AnyNode) {
			String label = (read instanceof FieldRead.ById byId) ? byId.label().name() : GlobalIds.LABEL;
			String v = name("v");
			String id = parameter(arguments.get("id"));
			column(root, column, "COLLECT { MATCH (%s:`%s` {id: $%s}) RETURN %s }".formatted(v, label, id,
					projection(v, List.of(root))));
		}
		else if (read instanceof FieldRead.AnyNodes) {
			if (!(arguments.get("ids") instanceof List<?> ids) || ids.size() > NodeController.MAX_IDS) {
				throw UNANSWERED;
			}
			String v = name("v");
			String i = name("i");
			String list = parameter(ids);
			// Wrapped, so that an id with no node keeps its place as null.
			column(root, column, """
					COLLECT { UNWIND range(0, size($%1$s) - 1) AS %2$s
					  OPTIONAL MATCH (%3$s:`%4$s` {id: $%1$s[%2$s]})
					  WITH %2$s, %3$s ORDER BY %2$s
					  RETURN {n: CASE WHEN %3$s IS NULL THEN null ELSE %5$s END} }""".formatted(list, i, v,
					GlobalIds.LABEL, projection(v, List.of(root))));
		}
		else if (read instanceof FieldRead.Page page) {
			NodePages.Statements statements = OnePassReads.pageStatements(page.label(), root);
			String prefix = column + "_";
			statements.params().forEach((name, value) -> this.params.put(prefix + name, value));
			column(root, column,
					"COLLECT { %s }".formatted(prefixed(
							statements.collected("{key: key, node: %s}".formatted(projection("n", nodes(root)))),
							prefix, statements.params().keySet())));
			if (counted(root)) {
				this.returned.add("COUNT { %s } AS %s"
					.formatted(prefixed(statements.counted(), prefix, statements.params().keySet()), column + "t"));
			}
		}
		else {
			throw UNANSWERED;
		}
	}

	private void column(ExecutableNormalizedField root, String column, String expression) {
		this.columns.put(root, column);
		this.returned.add(expression + " AS " + column);
	}

	// The map a node is read as: its id and labels, the properties its fields read, and
	// one entry for each relationship field selected on it, for each type it is
	// selected on.
	private String projection(String v, List<ExecutableNormalizedField> selections) {
		Set<String> properties = new LinkedHashSet<>(List.of("id"));
		Set<String> types = new LinkedHashSet<>();
		for (ExecutableNormalizedField selection : selections) {
			for (ExecutableNormalizedField child : selection.getChildren()) {
				types.addAll(child.getObjectTypeNames());
			}
		}
		List<String> entries = new ArrayList<>();
		entries.add("labels: labels(%s)".formatted(v));
		for (ExecutableNormalizedField selection : selections) {
			for (ExecutableNormalizedField child : selection.getChildren()) {
				for (String type : child.getObjectTypeNames()) {
					FieldRead read = this.fields.read(type, child.getName());
					if (read instanceof FieldRead.Property property) {
						if (!property.name().equals("labels")) {
							properties.add(modelName(property.name()));
						}
					}
					else if (read instanceof FieldRead.Related related) {
						entries.addAll(related(v, type, types.size() > 1, related, child));
					}
					else if (!(read instanceof FieldRead.TypeName)) {
						throw UNANSWERED;
					}
				}
			}
		}
		for (String property : properties) {
			entries.add("`%1$s`: %2$s.`%1$s`".formatted(property, v));
		}
		return "{" + String.join(", ", entries) + "}";
	}

	// A relationship field's page, and its count when selected: the field's answer for
	// a node of this type, and null for a node of another.
	private List<String> related(String parent, String type, boolean polymorphic, FieldRead.Related read,
			ExecutableNormalizedField field) {
		PageRequest page = Source.page(field.getResolvedArguments());
		String key = name("c");
		this.keys.put(new Selected(field, type), key);
		String relationship = name("r");
		String node = name("n");
		String sort = name("k");
		String arrow = read.outgoing() ? "(%s)-[%s:`%s`]->(%s)" : "(%s)<-[%s:`%s`]-(%s)";
		String pattern = arrow.formatted(parent, relationship, read.type().name(), node);
		List<String> window = new ArrayList<>();
		Cursors.Position after = page.afterPosition();
		if (after != null) {
			window.add("(%1$s > $%2$s OR (%1$s = $%2$s AND %3$s.id > $%4$s))".formatted(sort, parameter(after.key()),
					node, parameter(after.id())));
		}
		Cursors.Position before = page.beforePosition();
		if (before != null) {
			window.add("(%1$s < $%2$s OR (%1$s = $%2$s AND %3$s.id < $%4$s))".formatted(sort, parameter(before.key()),
					node, parameter(before.id())));
		}
		String direction = page.fromEnd() ? "DESC" : "ASC";
		boolean edgeProperties = edges(field).stream()
			.flatMap((edges) -> edges.getChildren().stream())
			.anyMatch((child) -> !child.getName().equals("node") && !child.getName().equals("cursor")
					&& !child.getName().equals("__typename"));
		String item = "{key: %s, node: %s%s}".formatted(sort, projection(node, nodes(field)),
				edgeProperties ? ", rel: properties(%s)".formatted(relationship) : "");
		String collected = """
				COLLECT { MATCH %1$s
				  WITH %2$s, %3$s, %4$s AS %5$s%6$s
				  WITH %2$s, %3$s, %5$s ORDER BY %5$s %7$s, %3$s.id %7$s LIMIT $%8$s
				  RETURN %9$s }""".formatted(pattern, relationship, node,
				RelatedNodes.sortKey(read.type(), read.outgoing(), node), sort,
				window.isEmpty() ? "" : " WHERE " + String.join(" AND ", window), direction, parameter(page.size() + 1),
				item);
		List<String> entries = new ArrayList<>();
		entries.add("%s: %s".formatted(key, guarded(parent, type, polymorphic, collected)));
		if (counted(field)) {
			String counting = "COUNT { %s }".formatted(
					(read.outgoing() ? "(%s)-[:`%s`]->()" : "(%s)<-[:`%s`]-()").formatted(parent, read.type().name()));
			entries.add("%st: %s".formatted(key, guarded(parent, type, polymorphic, counting)));
		}
		return entries;
	}

	private static String guarded(String node, String type, boolean polymorphic, String expression) {
		return polymorphic ? "CASE WHEN %s:`%s` THEN %s END".formatted(node, NodeLabel.valueOf(type).name(), expression)
				: expression;
	}

	private static List<ExecutableNormalizedField> edges(ExecutableNormalizedField connection) {
		return connection.getChildren().stream().filter((child) -> child.getName().equals("edges")).toList();
	}

	// The selections on a connection's nodes, under every alias of its edges and nodes.
	private static List<ExecutableNormalizedField> nodes(ExecutableNormalizedField connection) {
		return edges(connection).stream()
			.flatMap((edges) -> edges.getChildren().stream())
			.filter((child) -> child.getName().equals("node"))
			.toList();
	}

	private static boolean counted(ExecutableNormalizedField connection) {
		return connection.getChildren().stream().anyMatch((child) -> child.getName().equals("totalCount"));
	}

	private String name(String prefix) {
		return prefix + this.names++;
	}

	private String parameter(@Nullable Object value) {
		String name = name("p");
		this.params.put(name, value);
		return name;
	}

	// The names of the page's parameters, made the column's own.
	private static String prefixed(String text, String prefix, Set<String> names) {
		Matcher matcher = PARAMETER.matcher(text);
		return matcher.replaceAll((match) -> Matcher
			.quoteReplacement(names.contains(match.group(1)) ? "$" + prefix + match.group(1) : match.group()));
	}

	// Property keys come from the schema's data fetchers, which come from the model; one
	// that is not a plain name is not read here.
	private static String modelName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw UNANSWERED;
		}
		return name;
	}

	/**
	 * A relationship field as selected on one of the types its parent may be.
	 */
	private record Selected(ExecutableNormalizedField field, String type) {

	}

	/**
	 * A node as the statement read it.
	 */
	private record ReadNode(Value value, List<String> labels) {

		ReadNode(Value value) {
			this(value, value.get("labels").asList(Value::asString));
		}

		String id() {
			return this.value.get("id").asString();
		}

	}

	/**
	 * The statement's row, read as the pass asks for it.
	 */
	private final class Read implements Source {

		private final Record row;

		Read(Record row) {
			this.row = row;
		}

		@Override
		public @Nullable Object root(ExecutableNormalizedField root, FieldRead read) {
			String column = OneStatement.this.columns.get(root);
			Value value = this.row.get(column);
			if (read instanceof FieldRead.ById || read instanceof FieldRead.AnyNode) {
				if (value.isEmpty()) {
					// graphql-java writes the NOT_FOUND error.
					throw UNANSWERED;
				}
				return new ReadNode(value.get(0));
			}
			if (read instanceof FieldRead.AnyNodes) {
				List<@Nullable ReadNode> nodes = new ArrayList<>(value.size());
				for (Value item : value.values()) {
					Value node = item.get("n");
					nodes.add(node.isNull() ? null : new ReadNode(node));
				}
				return nodes;
			}
			List<Edge> edges = new ArrayList<>(value.size());
			for (Value item : value.values()) {
				ReadNode node = new ReadNode(item.get("node"));
				edges.add(new Edge(node, null, Cursors.encode(item.get("key").asObject(), node.id())));
			}
			return Connection.of(Source.page(root.getResolvedArguments()), edges,
					counted(root) ? this.row.get(column + "t").asLong() : null);
		}

		@Override
		public Connection related(Object parent, GraphQLObjectType type, FieldRead.Related read,
				ExecutableNormalizedField field) {
			String key = OneStatement.this.keys.get(new Selected(field, type.getName()));
			if (key == null || !(parent instanceof ReadNode node)) {
				throw UNANSWERED;
			}
			Value items = node.value().get(key);
			List<Edge> edges = new ArrayList<>(items.size());
			for (Value item : items.values()) {
				ReadNode related = new ReadNode(item.get("node"));
				Value relationship = item.get("rel");
				edges.add(new Edge(related, relationship.isNull() ? null : relationship,
						Cursors.encode(item.get("key").asObject(), related.id())));
			}
			Value total = node.value().get(key + "t");
			return Connection.of(Source.page(field.getResolvedArguments()), edges,
					total.isNull() ? null : total.asLong());
		}

		@Override
		public @Nullable Object property(Object entity, String name) {
			Value map = (entity instanceof ReadNode node) ? node.value() : (Value) entity;
			Value value = map.get(name);
			if (entity instanceof ReadNode) {
				if (name.equals("labels")) {
					return GlobalIds.visible(((ReadNode) entity).labels());
				}
				if (name.equals("synthetic") && value.isNull()) {
					return Boolean.FALSE;
				}
			}
			return value.isNull() ? null : GraphReads.plain(value.asObject());
		}

		@Override
		public boolean hasLabel(Object node, NodeLabel label) {
			return node instanceof ReadNode read && read.labels().contains(label.name());
		}

	}

}
