package io.chaingraph.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.PropertyKind;
import io.chaingraph.graph.RelType;
import org.jspecify.annotations.Nullable;

/**
 * The header line of an import file, checked against the model: a node file names its id
 * space ({@code id:ID(Chain)}), a relationship file its two ends
 * ({@code :START_ID(Expert)}, {@code :END_ID(Technology)}) and a {@code :TYPE} column;
 * every other column is a property of the model with a type it can hold.
 */
sealed interface ImportHeader {

	Pattern ID = Pattern.compile("(\\w*):ID\\((\\w+)\\)");

	Pattern START = Pattern.compile(":START_ID\\((\\w+)\\)");

	Pattern END = Pattern.compile(":END_ID\\((\\w+)\\)");

	int width();

	List<Column> properties();

	/**
	 * A property column.
	 *
	 * @param index position in the row
	 * @param name property name
	 * @param type the type the header gives it
	 * @param maxLength the model's maximum length for the property's text, 0 for none
	 */
	record Column(int index, String name, ValueType type, int maxLength) {

	}

	/**
	 * @param idSpace the label whose ids the file holds
	 * @param idColumn position of the id
	 * @param labelColumn position of {@code :LABEL}, or -1
	 */
	record Nodes(NodeLabel idSpace, int idColumn, int labelColumn, List<Column> properties,
			int width) implements ImportHeader {

	}

	/**
	 * @param start id space of the start nodes
	 * @param end id space of the end nodes
	 */
	record Relationships(NodeLabel start, NodeLabel end, int startColumn, int endColumn, int typeColumn,
			List<Column> properties, int width) implements ImportHeader {

	}

	/**
	 * Reads a header, or throws {@link IllegalArgumentException} saying what is wrong
	 * with it.
	 */
	static ImportHeader parse(List<@Nullable String> fields) {
		String joined = String.join(",", fields.stream().map(String::valueOf).toList());
		if (joined.contains(":ID(")) {
			return parseNodes(fields);
		}
		if (joined.contains(":START_ID(")) {
			return parseRelationships(fields);
		}
		throw new IllegalArgumentException(
				"the header has neither an id column such as id:ID(Chain) nor :START_ID(...) and :END_ID(...)");
	}

	private static Nodes parseNodes(List<@Nullable String> fields) {
		NodeLabel idSpace = null;
		int idColumn = -1;
		int labelColumn = -1;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			String field = text(fields.get(i), i);
			Matcher id = ID.matcher(field);
			if (id.matches()) {
				if (idColumn >= 0) {
					throw new IllegalArgumentException("more than one id column");
				}
				if (!id.group(1).equals("id")) {
					throw new IllegalArgumentException(
							"the id column must be named id, as in id:ID(%s)".formatted(id.group(2)));
				}
				idSpace = label(id.group(2));
				idColumn = i;
			}
			else if (field.equals(":LABEL")) {
				labelColumn = i;
			}
			else {
				rest.add(i + "\u0000" + field);
			}
		}
		if (idSpace == null) {
			throw new IllegalArgumentException("the id column must look like id:ID(Label)");
		}
		NodeLabel space = idSpace;
		List<Column> properties = columns(rest, space.properties(), space::maxLength, "label " + space);
		return new Nodes(space, idColumn, labelColumn, properties, fields.size());
	}

	private static Relationships parseRelationships(List<@Nullable String> fields) {
		NodeLabel start = null;
		NodeLabel end = null;
		int startColumn = -1;
		int endColumn = -1;
		int typeColumn = -1;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			String field = text(fields.get(i), i);
			Matcher s = START.matcher(field);
			Matcher e = END.matcher(field);
			if (s.matches()) {
				start = label(s.group(1));
				startColumn = i;
			}
			else if (e.matches()) {
				end = label(e.group(1));
				endColumn = i;
			}
			else if (field.equals(":TYPE")) {
				typeColumn = i;
			}
			else {
				rest.add(i + "\u0000" + field);
			}
		}
		if (start == null || end == null) {
			throw new IllegalArgumentException("a relationship file needs both :START_ID(Label) and :END_ID(Label)");
		}
		if (typeColumn < 0) {
			throw new IllegalArgumentException("a relationship file needs a :TYPE column");
		}
		NodeLabel from = start;
		NodeLabel to = end;
		List<RelType> possible = java.util.Arrays.stream(RelType.values())
			.filter((type) -> type.joins(from, to))
			.toList();
		if (possible.isEmpty()) {
			throw new IllegalArgumentException("no relationship type of the model joins %s to %s".formatted(from, to));
		}
		Map<String, PropertyKind> allowed = new java.util.LinkedHashMap<>();
		possible.forEach((type) -> allowed.putAll(type.properties()));
		// A column may serve several types: it takes the strictest of their limits.
		java.util.function.ToIntFunction<String> maxLength = (name) -> possible.stream()
			.mapToInt((type) -> type.maxLength(name))
			.filter((limit) -> limit > 0)
			.min()
			.orElse(0);
		List<Column> properties = columns(rest, allowed, maxLength, "relationships from %s to %s".formatted(from, to));
		return new Relationships(from, to, startColumn, endColumn, typeColumn, properties, fields.size());
	}

	private static List<Column> columns(List<String> specs, Map<String, PropertyKind> allowed,
			java.util.function.ToIntFunction<String> maxLength, String owner) {
		List<Column> columns = new ArrayList<>();
		for (String spec : specs) {
			int index = Integer.parseInt(spec.substring(0, spec.indexOf('\u0000')));
			String field = spec.substring(spec.indexOf('\u0000') + 1);
			if (field.equals(":IGNORE")) {
				continue;
			}
			int colon = field.indexOf(':');
			String name = (colon < 0) ? field : field.substring(0, colon);
			ValueType type = ValueType.parse((colon < 0) ? "string" : field.substring(colon + 1));
			if (name.equals("id")) {
				throw new IllegalArgumentException(
						"ids belong in the id:ID(Label) or :START_ID/:END_ID columns, not in a property column");
			}
			PropertyKind kind = allowed.get(name);
			if (kind == null) {
				throw new IllegalArgumentException(
						"unknown property '%s' for %s; known: %s".formatted(name, owner, allowed.keySet()));
			}
			if (type.kind() != kind) {
				throw new IllegalArgumentException("property '%s' holds %s values, so its column type cannot be %s"
					.formatted(name, kind.name().toLowerCase(java.util.Locale.ROOT), type));
			}
			columns.add(new Column(index, name, type, maxLength.applyAsInt(name)));
		}
		return List.copyOf(columns);
	}

	private static NodeLabel label(String name) {
		NodeLabel label = NodeLabel.find(name)
			.orElseThrow(() -> new IllegalArgumentException("unknown label '%s'".formatted(name)));
		if (!label.isIdSpace()) {
			throw new IllegalArgumentException("%s is not an id space: use University or Institute".formatted(name));
		}
		return label;
	}

	private static String text(@Nullable String field, int index) {
		if (field == null || field.isBlank()) {
			throw new IllegalArgumentException("header column %d is empty".formatted(index + 1));
		}
		return field.strip();
	}

}
