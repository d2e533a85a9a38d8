package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.chaingraph.system.error.BadRequestException;

/**
 * Turns a {@code where} argument into Cypher conditions on {@code n}. Property names come
 * from the model's allow-list, the other fields from the concepts' rules
 * ({@link ConceptRules}), and values travel as parameters, so nothing a client sends
 * becomes Cypher text.
 */
final class NodeFilter {

	private static final List<String> SUFFIXES = List.of("_in", "_contains", "_startsWith", "_gte", "_lte");

	private NodeFilter() {
	}

	/**
	 * Conditions joined by AND, or {@code true} when there are none; adds the parameters
	 * they use.
	 */
	static String conditions(NodeLabel label, Map<String, Object> where, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		for (Map.Entry<String, Object> entry : where.entrySet()) {
			if (entry.getValue() == null) {
				continue;
			}
			String param = "w" + params.size();
			if (entry.getKey().equals("related")) {
				for (Object filter : (List<?>) entry.getValue()) {
					conditions.add(related(label, (Map<?, ?>) filter, params));
				}
				continue;
			}
			String key = entry.getKey();
			Optional<ConceptRules.Filter> own = Concepts.filter(label, key);
			if (own.isPresent()) {
				params.put(param, entry.getValue());
				conditions.add("(%s)".formatted(own.get().condition().apply(param)));
				continue;
			}
			String suffix = SUFFIXES.stream().filter(key::endsWith).findFirst().orElse("");
			String property = key.substring(0, key.length() - suffix.length());
			PropertyKind kind = label.properties().get(property);
			if (kind == null) {
				throw new BadRequestException(GraphErrors.NOT_A_FILTER, key, label);
			}
			params.put(param, typed(kind, key, entry.getValue()));
			String field = "n.`%s`".formatted(property);
			String value = "$" + param;
			// Text matches ignore case: "copper" finds "Jiangxi Copper", as a person
			// typing an English name expects. Chinese has no case, so the same rule holds
			// for every name; equality and _in stay exact.
			conditions.add(switch (suffix) {
				case "_in" -> "%s IN %s".formatted(field, value);
				case "_contains" -> (kind == PropertyKind.STRING_LIST)
						? "any(element IN coalesce(%s, []) WHERE toLower(element) = toLower(%s))".formatted(field,
								value)
						: "toLower(%s) CONTAINS toLower(%s)".formatted(field, value);
				case "_startsWith" -> "toLower(%s) STARTS WITH toLower(%s)".formatted(field, value);
				case "_gte" -> "%s >= %s".formatted(field, value);
				case "_lte" -> "%s <= %s".formatted(field, value);
				default -> property.equals("synthetic") ? "coalesce(n.synthetic, false) = %s".formatted(value)
						: "%s = %s".formatted(field, value);
			});
		}
		return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
	}

	// Dates are parsed here, so that text that is no date is the client's error, not the
	// database's.
	private static Object typed(PropertyKind kind, String key, Object value) {
		try {
			return switch (kind) {
				case DATE -> java.time.LocalDate.parse(String.valueOf(value));
				case DATETIME -> java.time.OffsetDateTime.parse(String.valueOf(value)).toZonedDateTime();
				default -> value;
			};
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new BadRequestException(
					(kind == PropertyKind.DATE) ? GraphErrors.NOT_AN_ISO_DATE : GraphErrors.NOT_AN_ISO_DATE_TIME, key,
					value);
		}
	}

	private static String related(NodeLabel label, Map<?, ?> filter, Map<String, Object> params) {
		RelType type = RelType.valueOf(String.valueOf(filter.get("relationship")));
		boolean out = !"IN".equals(String.valueOf(filter.get("direction")));
		if (!(out ? type.from() : type.to()).contains(label)) {
			throw new BadRequestException(
					out ? GraphErrors.NO_OUTGOING_RELATIONSHIP : GraphErrors.NO_INCOMING_RELATIONSHIP, label, type);
		}
		List<String> ids = new ArrayList<>();
		if (filter.get("id") != null) {
			ids.add(String.valueOf(filter.get("id")));
		}
		if (filter.get("ids") instanceof List<?> list) {
			list.forEach((id) -> ids.add(String.valueOf(id)));
		}
		if (ids.isEmpty()) {
			throw new BadRequestException(GraphErrors.RELATED_FILTER_WITHOUT_ID, type);
		}
		String param = "w" + params.size();
		params.put(param, ids);
		String arrow = out ? "-[:`%s`]->".formatted(type.name()) : "<-[:`%s`]-".formatted(type.name());
		if (Boolean.TRUE.equals(filter.get("withNarrower"))) {
			Set<NodeLabel> reached = out ? type.to() : type.from();
			ConceptRules.Taxonomy taxonomy = Concepts.taxonomy(reached)
				.orElseThrow(() -> new BadRequestException(GraphErrors.NO_TAXONOMY, type));
			return "EXISTS { (n)%1$s(:`%2$s`)-[:`%3$s`*0..]->(m:`%2$s`) WHERE m.id IN $%4$s }".formatted(arrow,
					taxonomy.label(), taxonomy.broader(), param);
		}
		return "EXISTS { (n)%s(m) WHERE m.id IN $%s }".formatted(arrow, param);
	}

}
