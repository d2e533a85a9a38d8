package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Writes the generated files of the GraphQL schema from the model and {@link SchemaDocs}:
 * one file per concept with its node types, their filters, orderings, connections and
 * queries; {@code model.graphqls} with the enums of the model's value sets
 * ({@link ModelEnums}) and the pages of nodes of more than one type; and
 * {@code curation.graphqls}. GeneratedSchemaTests compares them with the files in
 * {@code src/main/resources/graphql} and writes them when run with
 * {@code -Dchaingraph.schema.write=true}: run it after changing the model, then review
 * the diff.
 * <p>
 * A relationship field is typed by what it reaches: the one label's type, the
 * {@code Organization} interface when every label it reaches is an enterprise, a
 * university or an institute, {@code Node} otherwise. A relationship type without
 * properties pages through the target's own connection, the one its top-level list
 * returns; one with properties has its own {@code <Owner><Field>Connection} whose edges
 * carry them.
 */
final class SchemaWriter {

	/** How to regenerate the files: GeneratedSchemaTests writes them when asked to. */
	static final String REGENERATE = "./mvnw -q -o test -Dtest=GeneratedSchemaTests -Dchaingraph.schema.write=true";

	static final String HEADER = """
			# Written from the model (graph/NodeLabel.java, RelType.java, SchemaDocs.java) by graph/SchemaWriter.java:
			# do not edit; regenerate with %s
			""".formatted(REGENERATE);

	/** The labels the {@code Organization} interface stands for. */
	static final Set<NodeLabel> ORGANIZATIONS = EnumSet.of(NodeLabel.Enterprise, NodeLabel.University,
			NodeLabel.Institute);

	static final String ORGANIZATION = "Organization";

	private static final String NODE = "Node";

	private static final String FIRST = "The first items (after after), at most 100; 20 when neither first nor last is given.";

	private static final String AFTER = "Cursor of the edge after which the page starts.";

	private static final String LAST = "The last items (before before), at most 100; not together with first.";

	private static final String BEFORE = "Cursor of the edge before which the page ends.";

	private SchemaWriter() {
	}

	/** The files, by name, in a stable order. */
	static Map<String, String> files() {
		checkDocs();
		Map<String, List<String>> concepts = new LinkedHashMap<>();
		List<RelField> shared = organizationFields();
		concepts.computeIfAbsent(SchemaDocs.TYPES.get(NodeLabel.University).concept(), (concept) -> new ArrayList<>())
			.add(organization(shared));
		for (Map.Entry<NodeLabel, SchemaDocs.TypeDoc> entry : SchemaDocs.TYPES.entrySet()) {
			NodeLabel label = entry.getKey();
			List<String> parts = new ArrayList<>();
			parts.add(type(label, entry.getValue(), shared));
			for (RelField field : fields(label)) {
				if (!field.ownConnection().isEmpty() && !isShared(label, field, shared)) {
					parts.add(field.ownConnection());
				}
			}
			parts.add(where(label));
			parts.add(order(label));
			parts.add(connection(label.name(), null));
			parts.add(query(label));
			concepts.computeIfAbsent(entry.getValue().concept(), (concept) -> new ArrayList<>())
				.add(String.join("\n", parts));
		}
		concepts.put("model", List.of(enums(),
				connection(NODE, "The node; a fragment (... on Technology) selects the fields of its type.")));
		Map<String, String> files = new LinkedHashMap<>();
		concepts.forEach((concept, parts) -> files.put(concept + ".graphqls",
				"# %s\n%s\n%s".formatted(SchemaDocs.FILES.get(concept), HEADER, String.join("\n", parts))));
		files.put("curation.graphqls", curation());
		return files;
	}

	/**
	 * A relationship field of a type or of the Organization interface.
	 *
	 * @param name the field
	 * @param doc its doc
	 * @param type the relationship type
	 * @param outgoing whether it follows the relationship from its start
	 * @param target the type it reaches
	 * @param connection the connection type it returns
	 * @param ownConnection the definition of that connection and its edge when they are
	 * the field's own (the relationship has properties), empty otherwise
	 */
	record RelField(String name, String doc, RelType type, boolean outgoing, String target, String connection,
			String ownConnection) {

		boolean sameAs(RelField other) {
			return this.name.equals(other.name) && this.type == other.type && this.outgoing == other.outgoing
					&& this.target.equals(other.target);
		}

	}

	/** The relationship fields of a label's type, in the model's order. */
	static List<RelField> fields(NodeLabel label) {
		return fields(label.name(), label);
	}

	private static List<RelField> fields(String owner, NodeLabel label) {
		List<RelField> fields = new ArrayList<>();
		for (RelType type : RelType.values()) {
			SchemaDocs.RelDoc rel = relDoc(type);
			if (type.from().contains(label)) {
				fields.add(field(owner, rel.out(), rel.outDoc(), type, true, target(type.to())));
			}
			if (type.to().contains(label)) {
				fields.add(field(owner, rel.in(), rel.inDoc(), type, false, target(type.from())));
			}
		}
		return fields;
	}

	private static RelField field(String owner, String name, String doc, RelType type, boolean outgoing,
			String target) {
		if (type.properties().isEmpty()) {
			return new RelField(name, doc, type, outgoing, target, target + "Connection", "");
		}
		String connection = owner + Character.toUpperCase(name.charAt(0)) + name.substring(1);
		return new RelField(name, doc, type, outgoing, target, connection + "Connection",
				ownConnection(owner, name, type, outgoing, target, connection));
	}

	/**
	 * The relationship fields every organisation's type has alike, which the interface
	 * declares: those of the first with the same name, relationship and target in the
	 * others.
	 */
	static List<RelField> organizationFields() {
		List<RelField> shared = new ArrayList<>();
		for (RelField field : fields(ORGANIZATION, NodeLabel.Enterprise)) {
			boolean everywhere = ORGANIZATIONS.stream()
				.allMatch((label) -> fields(label).stream().anyMatch(field::sameAs));
			boolean clash = ORGANIZATIONS.stream()
				.anyMatch((label) -> fields(label).stream()
					.anyMatch((other) -> other.name().equals(field.name()) && !other.sameAs(field)));
			if (everywhere && clash) {
				throw new IllegalStateException(
						"Organization.%s would be two relationships in one type".formatted(field.name()));
			}
			if (everywhere) {
				shared.add(field);
			}
		}
		return shared;
	}

	private static boolean isShared(NodeLabel label, RelField field, List<RelField> shared) {
		return ORGANIZATIONS.contains(label) && shared.stream().anyMatch(field::sameAs);
	}

	private static String target(Set<NodeLabel> labels) {
		if (labels.size() == 1) {
			return labels.iterator().next().name();
		}
		return ORGANIZATIONS.containsAll(labels) ? ORGANIZATION : NODE;
	}

	private static String organization(List<RelField> shared) {
		List<String> s = new ArrayList<>();
		s.add("\"\"\"\n%s\n\"\"\"\ninterface %s implements Node {".formatted(SchemaDocs.ORGANIZATION, ORGANIZATION));
		s.addAll(commonFields(NodeLabel.Enterprise));
		Map<String, PropertyKind> common = commonProperties();
		if (common.isEmpty()) {
			throw new IllegalStateException("The organisations share no property of the same kind");
		}
		common.forEach((name, kind) -> s
			.add(property(NodeLabel.Enterprise, name, kind, propertyDoc(NodeLabel.Enterprise, name))));
		for (RelField field : shared) {
			s.add(relationship(field));
		}
		s.add("}\n");
		List<String> parts = new ArrayList<>();
		parts.add(String.join("\n", s));
		for (RelField field : shared) {
			if (!field.ownConnection().isEmpty()) {
				parts.add(field.ownConnection());
			}
		}
		parts.add(connection(ORGANIZATION,
				"The enterprise, university or institute; a fragment (... on Enterprise) selects the fields of its type."));
		return String.join("\n", parts);
	}

	/**
	 * The own properties every organisation has with the same kind and value set; their
	 * docs are the enterprise's.
	 */
	private static Map<String, PropertyKind> commonProperties() {
		Map<String, PropertyKind> common = new LinkedHashMap<>(ownProperties(NodeLabel.Enterprise));
		for (NodeLabel label : ORGANIZATIONS) {
			common.entrySet()
				.removeIf((property) -> label.properties().get(property.getKey()) != property.getValue()
						|| !label.rule(property.getKey())
							.values()
							.equals(NodeLabel.Enterprise.rule(property.getKey()).values()));
		}
		return common;
	}

	private static String type(NodeLabel label, SchemaDocs.TypeDoc doc, List<RelField> shared) {
		List<String> s = new ArrayList<>();
		String interfaces = ORGANIZATIONS.contains(label) ? "Node & " + ORGANIZATION : "Node";
		s.add("\"\"\"\n%s\n\"\"\"\ntype %s implements %s {".formatted(doc.description(), label, interfaces));
		s.addAll(commonFields(label));
		ownProperties(label).forEach((name, kind) -> s.add(property(label, name, kind, propertyDoc(label, name))));
		for (RelField field : fields(label)) {
			RelField declared = ORGANIZATIONS.contains(label)
					? shared.stream().filter(field::sameAs).findFirst().orElse(field) : field;
			s.add(relationship(declared));
		}
		s.add("}\n");
		return String.join("\n", s);
	}

	private static List<String> commonFields(NodeLabel label) {
		List<String> s = new ArrayList<>();
		label.properties().forEach((name, kind) -> {
			if (NodeLabel.COMMON.containsKey(name)) {
				s.add("  \"%s\"\n  %s: %s".formatted(SchemaDocs.COMMON.get(name), name,
						commonType(name, propertyType(label.rule(name)))));
			}
		});
		s.add("  \"%s\"\n  labels: [String!]!".formatted(SchemaDocs.LABELS));
		return s;
	}

	private static String property(NodeLabel label, String name, PropertyKind kind, String doc) {
		String access = SchemaDocs.ACCESS.containsKey(label + "." + name)
				? " @access(roles: [%s])".formatted(SchemaDocs.ACCESS.get(label + "." + name)) : "";
		return "  \"%s\"\n  %s: %s%s".formatted(doc, name, propertyType(label.rule(name)), access);
	}

	private static String relationship(RelField field) {
		return "  \"%s (%s, %s)\"\n  %s(\n%s  ): %s! @relationship(type: %s, direction: %s)".formatted(field.doc(),
				field.type(), field.outgoing() ? "outgoing" : "incoming", field.name(), pageArguments(),
				field.connection(), field.type(), field.outgoing() ? "OUT" : "IN");
	}

	private static String pageArguments() {
		return """
				    "%s"
				    first: Int
				    "%s"
				    after: String
				    "%s"
				    last: Int
				    "%s"
				    before: String
				""".formatted(FIRST, AFTER, LAST, BEFORE);
	}

	private static String ownConnection(String owner, String name, RelType type, boolean outgoing, String target,
			String connection) {
		String direction = outgoing ? "outgoing" : "incoming";
		StringBuilder s = new StringBuilder();
		s.append("""
				""\"
				A page of %1$s.%2$s: %3$s related through %4$s, %5$s (Relay connection).
				""\"
				type %6$sConnection {
				  "The page's edges."
				  edges: [%6$sEdge!]!
				  "Where the page stands."
				  pageInfo: PageInfo!
				  "How many %3$s there are on all pages together."
				  totalCount: Int!
				}

				""\"
				One of %1$s.%2$s, with the properties of the %4$s relationship that joins it.
				""\"
				type %6$sEdge {
				  "Opaque cursor of this edge, for after or before."
				  cursor: String!
				  "The %7$s."
				  node: %8$s!
				""".formatted(owner, name, pluralOf(target), type, direction, connection, singularOf(target), target));
		Map<String, String> docs = relDoc(type).properties();
		type.properties().forEach((property, kind) -> {
			String doc = docs.get(property);
			if (doc == null) {
				throw new IllegalStateException("SchemaDocs documents no property %s.%s".formatted(type, property));
			}
			s.append("  \"%s\"\n  %s: %s\n".formatted(doc, property, propertyType(type.rule(property))));
		});
		return s.append("}\n").toString();
	}

	private static String where(NodeLabel label) {
		List<String[]> lines = new ArrayList<>();
		Map<String, PropertyKind> filtered = new LinkedHashMap<>();
		for (String common : List.of("id", "name", "nameEn", "aliases")) {
			filtered.put(common, NodeLabel.COMMON.get(common));
		}
		filtered.putAll(ownProperties(label));
		filtered.forEach((name, kind) -> {
			String enumType = ModelEnums.of(label.rule(name));
			switch (kind) {
				case STRING -> {
					boolean id = name.equals("id");
					String type = id ? "ID" : (enumType != null) ? enumType : "String";
					lines.add(line(name, type, name + " equals this."));
					lines.add(line(name + "_in", "[%s!]".formatted(type), name + " is one of these."));
					if (List.of("name", "nameEn", "title", "titleEn").contains(name)) {
						lines.add(line(name + "_contains", "String", name + " contains this text, ignoring case."));
						lines
							.add(line(name + "_startsWith", "String", name + " starts with this text, ignoring case."));
					}
				}
				case INTEGER, FLOAT -> {
					String type = graphQlType(kind);
					lines.add(line(name, type, name + " equals this."));
					lines.add(line(name + "_gte", type, name + " is at least this."));
					lines.add(line(name + "_lte", type, name + " is at most this."));
				}
				case DATE, DATETIME -> {
					lines.add(line(name + "_gte", "String", name + " is on or after this ISO-8601 value."));
					lines.add(line(name + "_lte", "String", name + " is on or before this ISO-8601 value."));
				}
				case BOOLEAN -> lines.add(line(name, "Boolean", name + " is this."));
				case STRING_LIST ->
					lines.add(line(name + "_contains", "String", name + " has this element, ignoring case."));
			}
		});
		lines.add(line("synthetic", "Boolean", "Generated (true) or from a source (false)."));
		Concepts.filters(label).forEach((filter) -> lines.add(line(filter.field(), filter.type(), filter.doc())));
		lines.add(line("related", "[RelatedFilter!]",
				"Related nodes it must have, for any relationship of the model: all must hold."));
		StringBuilder s = new StringBuilder();
		s.append("\"\"\"\nFilters for %s; all given conditions must hold.\n\"\"\"\ninput %sWhere {\n"
			.formatted(plural(label), label));
		for (String[] line : lines) {
			s.append("  \"%s\"\n  %s: %s\n".formatted(line[2], line[0], line[1]));
		}
		return s.append("}\n").toString();
	}

	private static String order(NodeLabel label) {
		List<String> fields = new ArrayList<>(List.of("id", "name", "nameEn"));
		ownProperties(label).forEach((name, kind) -> {
			if ((kind == PropertyKind.INTEGER || kind == PropertyKind.FLOAT || kind == PropertyKind.STRING)
					&& !fields.contains(name)) {
				fields.add(name);
			}
		});
		StringBuilder s = new StringBuilder();
		s.append("\"\"\"\nWhat %s can be ordered by; ties are broken by id.\n\"\"\"\nenum %sOrderField {\n"
			.formatted(plural(label), label));
		for (String field : fields) {
			s.append("  \"Order by %1$s.\"\n  %1$s\n".formatted(field));
		}
		s.append("}\n\n");
		s.append("""
				""\"
				One ordering of %1$s.
				""\"
				input %2$sOrder {
				  "The field."
				  field: %2$sOrderField!
				  "Ascending unless DESC."
				  direction: SortDirection = ASC
				}
				""".formatted(plural(label), label));
		return s.toString();
	}

	/**
	 * A type's connection and edge, which its top-level list and every relationship
	 * without properties that reaches it return.
	 */
	private static String connection(String type, @Nullable String nodeDoc) {
		return """
				""\"
				A page of %1$s (Relay connection).
				""\"
				type %2$sConnection {
				  "The page's edges."
				  edges: [%2$sEdge!]!
				  "Where the page stands."
				  pageInfo: PageInfo!
				  "How many %1$s there are on all pages together%5$s."
				  totalCount: Int!
				}

				""\"
				One %3$s in a page.
				""\"
				type %2$sEdge {
				  "Opaque cursor of this edge, for after or before."
				  cursor: String!
				  "%4$s"
				  node: %2$s!
				}
				""".formatted(pluralOf(type), type, singularOf(type),
				(nodeDoc != null) ? nodeDoc : "The %s.".formatted(singularOf(type)),
				(nodeDoc != null) ? "" : ": all that match, for a filtered list");
	}

	private static String query(NodeLabel label) {
		String plural = plural(label);
		return """
				extend type Query {
				  "One %1$s by id; null with a NOT_FOUND error when there is none."
				  %1$s(
				    "Its id."
				    id: ID!
				  ): %2$s @byId
				  "%3$s, filtered, ordered and paginated."
				  %4$s(
				%5$s    "Conditions the %4$s must meet."
				    where: %2$sWhere
				    "Ordering; by id when omitted. Only the first entry is used; ties are broken by id."
				    orderBy: [%2$sOrder!]
				  ): %2$sConnection! @page
				}
				""".formatted(lower(label), label, Character.toUpperCase(plural.charAt(0)) + plural.substring(1),
				plural, pageArguments());
	}

	private static String enums() {
		StringBuilder s = new StringBuilder();
		ModelEnums.enums().forEach((name, values) -> {
			if (!s.isEmpty()) {
				s.append('\n');
			}
			s.append("\"\"\"\n%s\n\"\"\"\nenum %s {\n".formatted(enumDoc(name), name));
			Map<String, String> docs = SchemaDocs.VALUES.getOrDefault(name, Map.of());
			for (String value : values) {
				String doc = docs.get(value);
				if (doc == null) {
					throw new IllegalStateException("SchemaDocs documents no value %s of %s".formatted(value, name));
				}
				s.append("  \"%s\"\n  %s\n".formatted(doc, ModelEnums.valueName(value)));
			}
			s.append("}\n");
		});
		return s.toString();
	}

	/** A shared enum's own doc, or that of the one property it types. */
	private static String enumDoc(String name) {
		String shared = SchemaDocs.ENUMS.get(name);
		if (shared != null) {
			return shared;
		}
		for (NodeLabel label : NodeLabel.values()) {
			for (PropertyRule rule : label.rules().values()) {
				if (name.equals(ModelEnums.of(rule))) {
					return propertyDoc(label, rule.name());
				}
			}
		}
		for (RelType type : RelType.values()) {
			for (PropertyRule rule : type.rules().values()) {
				if (name.equals(ModelEnums.of(rule))) {
					return relDoc(type).properties().get(rule.name());
				}
			}
		}
		throw new IllegalStateException("No property is typed by " + name);
	}

	/** Curation is the coordinators' work (AccessPolicy reads the directive). */
	private static final String CURATORS = " @access(roles: [COORDINATOR])";

	private static String curation() {
		List<String> s = new ArrayList<>();
		s.add("# Curation: create, update and delete every node type, for coordinators.\n" + HEADER);
		List<String> mutations = new ArrayList<>();
		for (NodeLabel label : SchemaDocs.TYPES.keySet()) {
			if (StatusFlow.ownsNodes(label)) {
				continue;
			}
			String lower = lower(label);
			List<String[]> fields = new ArrayList<>();
			label.properties().forEach((name, kind) -> {
				if (NodeLabel.COMMON.containsKey(name)) {
					fields.add(line(name, optional(commonType(name, propertyType(label.rule(name)))),
							SchemaDocs.COMMON.get(name)));
				}
				else if (!label.rule(name).workflowOwned()) {
					fields.add(line(name, propertyType(label.rule(name)), propertyDoc(label, name)));
				}
			});
			// A challenge or demand starts with its workflow's first move (postChallenge,
			// raiseDemand), which records its status and history; curation only changes
			// it.
			boolean posted = StatusFlow.of(label).isPresent();
			if (!posted) {
				s.add("\"\"\"\nA new %s. Creating the same id again with the same values changes nothing.\n\"\"\""
					.formatted(lower));
				s.add("input Create%sInput {".formatted(label));
				for (String[] field : fields) {
					String type = field[0].equals("id") ? "ID!" : field[0].equals("name") ? "String!" : field[1];
					s.add("  \"%s\"\n  %s: %s".formatted(withLimit(field[2], label, field[0], type), field[0], type));
				}
				s.add("}\n");
			}
			s.add("\"\"\"\nChanges to a %s: a field left out stays as it is, a field set to null is removed.\n\"\"\""
				.formatted(lower));
			s.add("input Update%sInput {".formatted(label));
			for (String[] field : fields) {
				if (!field[0].equals("id")) {
					s.add("  \"%s\"\n  %s: %s".formatted(withLimit(field[2], label, field[0], field[1]), field[0],
							field[1]));
				}
			}
			s.add("}\n");
			s.add("\"\"\"\nA %s after a change.\n\"\"\"".formatted(lower));
			s.add("type Curated%sPayload {".formatted(label));
			s.add("  \"The %1$s as it is now.\"\n  %1$s: %2$s!".formatted(lower, label));
			s.add("  \"False when the request changed nothing (the same create again, or an update to the same values).\"\n  changed: Boolean!");
			s.add("}\n");
			if (!posted) {
				mutations.add(
						"  \"Creates a %1$s (COORDINATOR).\"\n  create%2$s(\n    \"Its properties.\"\n    input: Create%2$sInput!\n  ): Curated%2$sPayload%3$s"
							.formatted(lower, label, CURATORS));
			}
			mutations.add(
					"  \"Changes a %1$s's properties (COORDINATOR).\"\n  update%2$s(\n    \"Its id.\"\n    id: ID!\n    \"What changes.\"\n    input: Update%2$sInput!\n  ): Curated%2$sPayload%3$s"
						.formatted(lower, label, CURATORS));
			mutations.add(
					"  \"Deletes a %1$s (COORDINATOR); one with relationships needs detach: true.\"\n  delete%2$s(\n    \"Its id.\"\n    id: ID!\n    \"Also delete its relationships.\"\n    detach: Boolean = false\n  ): DeletePayload%3$s"
						.formatted(lower, label, CURATORS));
		}
		s.add("extend type Mutation {\n" + String.join("\n", mutations) + "\n}\n");
		return String.join("\n", s);
	}

	/**
	 * A text field's doc with its limit; an enum's values need none.
	 */
	private static String withLimit(String doc, NodeLabel label, String name, String type) {
		int limit = label.maxLength(name);
		if (limit == 0 || ModelEnums.of(label.rule(name)) != null) {
			return doc;
		}
		return "%s At most %d characters%s.".formatted(doc, limit, type.startsWith("[") ? " each" : "");
	}

	/**
	 * Every label, property, relationship type and enum of the model is documented, and
	 * nothing else is: a doc left behind by a change to the model would describe nothing.
	 */
	private static void checkDocs() {
		for (NodeLabel label : NodeLabel.values()) {
			SchemaDocs.TypeDoc doc = SchemaDocs.TYPES.get(label);
			if (doc == null) {
				if (label.isIdSpace()) {
					throw new IllegalStateException("SchemaDocs documents no type " + label);
				}
				continue;
			}
			if (!ownProperties(label).keySet().equals(doc.properties().keySet())) {
				throw new IllegalStateException("SchemaDocs documents %s's properties %s; the model has %s"
					.formatted(label, doc.properties().keySet(), ownProperties(label).keySet()));
			}
		}
		for (RelType type : RelType.values()) {
			if (!type.properties().keySet().equals(relDoc(type).properties().keySet())) {
				throw new IllegalStateException("SchemaDocs documents %s's properties %s; the model has %s"
					.formatted(type, relDoc(type).properties().keySet(), type.properties().keySet()));
			}
		}
		if (!NodeLabel.COMMON.keySet().equals(SchemaDocs.COMMON.keySet())) {
			throw new IllegalStateException("SchemaDocs documents the common properties %s; the model has %s"
				.formatted(SchemaDocs.COMMON.keySet(), NodeLabel.COMMON.keySet()));
		}
		Set<String> enums = new LinkedHashSet<>(SchemaDocs.VALUES.keySet());
		enums.addAll(SchemaDocs.ENUMS.keySet());
		enums.removeAll(ModelEnums.enums().keySet());
		if (!enums.isEmpty()) {
			throw new IllegalStateException("SchemaDocs documents enums the model does not have: " + enums);
		}
		ModelEnums.enums().forEach((name, values) -> {
			Set<String> documented = SchemaDocs.VALUES.getOrDefault(name, Map.of()).keySet();
			if (!documented.equals(new LinkedHashSet<>(values))) {
				throw new IllegalStateException(
						"SchemaDocs documents %s's values %s; the model has %s".formatted(name, documented, values));
			}
		});
	}

	private static String[] line(String name, String type, String doc) {
		return new String[] { name, type, doc };
	}

	/** The label's own properties, the common ones left out. */
	private static Map<String, PropertyKind> ownProperties(NodeLabel label) {
		Map<String, PropertyKind> own = new LinkedHashMap<>(label.properties());
		own.keySet().removeAll(NodeLabel.COMMON.keySet());
		return own;
	}

	private static String propertyDoc(NodeLabel label, String name) {
		String doc = SchemaDocs.TYPES.get(label).properties().get(name);
		if (doc == null) {
			throw new IllegalStateException("SchemaDocs documents no property %s.%s".formatted(label, name));
		}
		return doc;
	}

	private static SchemaDocs.RelDoc relDoc(RelType type) {
		SchemaDocs.RelDoc doc = SchemaDocs.RELS.get(type);
		if (doc == null) {
			throw new IllegalStateException("SchemaDocs documents no relationship type " + type);
		}
		return doc;
	}

	private static String optional(String type) {
		return type.endsWith("!") ? type.substring(0, type.length() - 1) : type;
	}

	private static String commonType(String name, String type) {
		return switch (name) {
			case "id" -> "ID!";
			case "synthetic" -> "Boolean!";
			default -> type;
		};
	}

	/** A property's type: its enum where its values are closed. */
	private static String propertyType(PropertyRule rule) {
		String enumType = ModelEnums.of(rule);
		return (enumType != null) ? enumType : graphQlType(rule.kind());
	}

	private static String graphQlType(PropertyKind kind) {
		return switch (kind) {
			case STRING, DATE, DATETIME -> "String";
			case INTEGER -> "Int";
			case FLOAT -> "Float";
			case BOOLEAN -> "Boolean";
			case STRING_LIST -> "[String!]";
		};
	}

	static String lower(NodeLabel label) {
		return lowerOf(label.name());
	}

	static String plural(NodeLabel label) {
		return pluralOf(label.name());
	}

	private static String lowerOf(String type) {
		return Character.toLowerCase(type.charAt(0)) + type.substring(1);
	}

	/**
	 * A type's name in a doc: the label's in lower camel case, or what an interface
	 * stands for.
	 */
	private static String singularOf(String type) {
		return type.equals(ORGANIZATION) ? "enterprise, university or institute" : lowerOf(type);
	}

	private static String pluralOf(String type) {
		String lower = lowerOf(type);
		if (type.equals(ORGANIZATION)) {
			return "enterprises, universities and institutes";
		}
		if (type.equals(NodeLabel.Consortium.name())) {
			return "consortia";
		}
		return lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies" : lower + "s";
	}

}
