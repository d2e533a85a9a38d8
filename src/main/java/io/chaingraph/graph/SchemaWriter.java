package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the generated files of the GraphQL schema from the model and {@link SchemaDocs}:
 * one file per concept with its node types, their filters, orderings, connections and
 * queries, and {@code curation.graphqls}.
 */
final class SchemaWriter {

	/** How to regenerate the files: GeneratedSchemaTests writes them when asked to. */
	static final String REGENERATE = "./mvnw -q -o test -Dtest=GeneratedSchemaTests -Dchaingraph.schema.write=true";

	static final String HEADER = """
			# Written from the model (graph/NodeLabel.java, RelType.java, SchemaDocs.java) by graph/SchemaWriter.java:
			# do not edit; regenerate with %s
			""".formatted(REGENERATE);

	private SchemaWriter() {
	}

	/** The files, by name, in a stable order. */
	static Map<String, String> files() {
		Map<String, StringBuilder> concepts = new LinkedHashMap<>();
		for (Map.Entry<NodeLabel, SchemaDocs.TypeDoc> entry : SchemaDocs.TYPES.entrySet()) {
			NodeLabel label = entry.getKey();
			SchemaDocs.TypeDoc doc = entry.getValue();
			List<String> parts = new ArrayList<>();
			parts.add(type(label, doc));
			parts.add(where(label));
			parts.add(order(label));
			parts.add(connection(label));
			parts.add(query(label));
			StringBuilder file = concepts.computeIfAbsent(doc.concept(), (concept) -> new StringBuilder());
			if (!file.isEmpty()) {
				file.append('\n');
			}
			file.append(String.join("\n", parts));
		}
		Map<String, String> files = new LinkedHashMap<>();
		concepts.forEach((concept, text) -> files.put(concept + ".graphqls",
				"# %s\n%s\n%s".formatted(fileDoc(concept), HEADER, text)));
		files.put("curation.graphqls", curation());
		return files;
	}

	private static String type(NodeLabel label, SchemaDocs.TypeDoc doc) {
		List<String> s = new ArrayList<>();
		s.add("\"\"\"\n%s\n\"\"\"\ntype %s implements Node {".formatted(doc.description(), label));
		label.properties().forEach((name, kind) -> {
			if (NodeLabel.COMMON.containsKey(name)) {
				s.add("  \"%s\"\n  %s: %s".formatted(SchemaDocs.COMMON.get(name), name, commonType(name, kind)));
			}
		});
		s.add("  \"%s\"\n  labels: [String!]!".formatted(SchemaDocs.LABELS));
		ownProperties(label).forEach((name, kind) -> s
			.add("  \"%s\"\n  %s: %s".formatted(propertyDoc(label, name), name, graphQlType(kind))));
		for (Map.Entry<RelType, SchemaDocs.RelDoc> entry : SchemaDocs.RELS.entrySet()) {
			RelType type = entry.getKey();
			SchemaDocs.RelDoc rel = entry.getValue();
			if (type.from().contains(label)) {
				s.add(relationship(rel.out(), rel.outDoc(), type, "OUT"));
			}
			if (type.to().contains(label)) {
				s.add(relationship(rel.in(), rel.inDoc(), type, "IN"));
			}
		}
		s.add("}\n");
		return String.join("\n", s);
	}

	private static String relationship(String name, String doc, RelType type, String direction) {
		return String.join("\n",
				"  \"%s (%s, %s)\"".formatted(doc, type, direction.equals("OUT") ? "outgoing" : "incoming"),
				"  %s(".formatted(name), "    \"Page size, at most 100.\"", "    first: Int = 20",
				"    \"Cursor of the edge after which the page starts.\"", "    after: String",
				"  ): RelatedConnection! @relationship(type: %s, direction: %s)".formatted(type, direction));
	}

	private static String where(NodeLabel label) {
		List<String[]> lines = new ArrayList<>();
		Map<String, PropertyKind> filtered = new LinkedHashMap<>();
		for (String common : List.of("id", "name", "nameEn", "aliases")) {
			filtered.put(common, NodeLabel.COMMON.get(common));
		}
		filtered.putAll(ownProperties(label));
		filtered.forEach((name, kind) -> {
			switch (kind) {
				case STRING -> {
					boolean id = name.equals("id");
					lines.add(line(name, id ? "ID" : "String", name + " equals this."));
					lines.add(line(name + "_in", id ? "[ID!]" : "[String!]", name + " is one of these."));
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
		if (label == NodeLabel.Enterprise) {
			lines.add(line("onChain", "ID", "Works in a segment of this chain, or leads it."));
		}
		if (label == NodeLabel.Demand) {
			lines.add(line("onChain", "ID",
					"Raised by an enterprise working in a segment of this chain, or leading it."));
		}
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

	private static String connection(NodeLabel label) {
		return """
				""\"
				A page of %1$s (Relay connection).
				""\"
				type %2$sConnection {
				  "The page's edges."
				  edges: [%2$sEdge!]!
				  "Where the page stands."
				  pageInfo: PageInfo!
				  "All matching %1$s, counted only when asked for."
				  totalCount: Int!
				}

				""\"
				One %3$s in a page.
				""\"
				type %2$sEdge {
				  "Opaque cursor of this edge, for after."
				  cursor: String!
				  "The %3$s."
				  node: %2$s!
				}
				""".formatted(plural(label), label, lower(label));
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
				    "Page size, at most 100."
				    first: Int = 20
				    "Cursor of the edge after which the page starts."
				    after: String
				    "Conditions the %4$s must meet."
				    where: %2$sWhere
				    "Ordering; by id when omitted. Only the first entry is used; ties are broken by id."
				    orderBy: [%2$sOrder!]
				  ): %2$sConnection! @page
				}
				""".formatted(lower(label), label, Character.toUpperCase(plural.charAt(0)) + plural.substring(1),
				plural);
	}

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
					fields.add(line(name, optional(commonType(name, kind)), SchemaDocs.COMMON.get(name)));
				}
				else if (!label.rule(name).workflowOwned()) {
					fields.add(line(name, graphQlType(kind), propertyDoc(label, name)));
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
						"  \"Creates a %1$s (COORDINATOR).\"\n  create%2$s(\n    \"Its properties.\"\n    input: Create%2$sInput!\n  ): Curated%2$sPayload"
							.formatted(lower, label));
			}
			mutations.add(
					"  \"Changes a %1$s's properties (COORDINATOR).\"\n  update%2$s(\n    \"Its id.\"\n    id: ID!\n    \"What changes.\"\n    input: Update%2$sInput!\n  ): Curated%2$sPayload"
						.formatted(lower, label));
			mutations.add(
					"  \"Deletes a %1$s (COORDINATOR); one with relationships needs detach: true.\"\n  delete%2$s(\n    \"Its id.\"\n    id: ID!\n    \"Also delete its relationships.\"\n    detach: Boolean = false\n  ): DeletePayload"
						.formatted(lower, label));
		}
		s.add("extend type Mutation {\n" + String.join("\n", mutations) + "\n}\n");
		return String.join("\n", s);
	}

	private static String withLimit(String doc, NodeLabel label, String name, String type) {
		int limit = label.maxLength(name);
		if (limit == 0) {
			return doc;
		}
		return "%s At most %d characters%s.".formatted(doc, limit, type.startsWith("[") ? " each" : "");
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

	private static String optional(String type) {
		return type.endsWith("!") ? type.substring(0, type.length() - 1) : type;
	}

	private static String commonType(String name, PropertyKind kind) {
		return switch (name) {
			case "id" -> "ID!";
			case "synthetic" -> "Boolean!";
			default -> graphQlType(kind);
		};
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

	private static String fileDoc(String concept) {
		return SchemaDocs.FILES.get(concept);
	}

	static String lower(NodeLabel label) {
		return Character.toLowerCase(label.name().charAt(0)) + label.name().substring(1);
	}

	static String plural(NodeLabel label) {
		String lower = lower(label);
		if (label == NodeLabel.Consortium) {
			return "consortia";
		}
		return lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies" : lower + "s";
	}

}
