package io.chaingraph.curation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.PropertyKind;
import io.chaingraph.system.BadRequestException;
import io.chaingraph.system.TextValues;
import org.jspecify.annotations.Nullable;

/**
 * Checks curated values against the model: the id's format, the kind of every property,
 * the length of text, and the values of properties that take one of a fixed set.
 */
final class PropertyValues {

	/**
	 * Ids are what the seed and the generator use: lower case, digits and underscores.
	 */
	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_]{0,127}");

	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			Map.entry("*.confidence", Set.of("high", "medium", "low")),
			Map.entry("Enterprise.ownership", Set.of("SOE", "PRIVATE", "FOREIGN")),
			Map.entry("Chain.formation", Set.of("CITY_LED", "LEADER_SOE_LED", "ASSOCIATION_LED")),
			Map.entry("Technology.kind",
					Set.of("DOMAIN", "CHOKEPOINT", "KEY_COMMON", "FRONTIER", "RESOLVED_BOTTLENECK", "HISTORICAL")),
			Map.entry("Publication.kind", Set.of("PAPER", "PATENT", "STANDARD")),
			Map.entry("Achievement.kind", Set.of("BREAKTHROUGH", "AWARD", "PROJECT", "RATING", "CHALLENGE_WON")),
			Map.entry("PartyOrganization.kind",
					Set.of("GUIDANCE_COMMITTEE", "CHAIN_COMMITTEE", "COMMITTEE", "BRANCH", "GUIDANCE_STATION")),
			Map.entry("Demand.kind", Set.of("TECHNOLOGY", "TALENT", "FINANCING", "LAND", "MARKET", "POLICY")),
			Map.entry("Challenge.mode", Set.of("OPEN_COMPETITION", "HORSE_RACE")),
			Map.entry("Expert.academician", Set.of("CAS", "CAE")),
			Map.entry("ReportedFigure.scope", Set.of("PROVINCE")));

	/** Properties the workflows own; curation may not set them. */
	static final Map<NodeLabel, Set<String>> WORKFLOW_OWNED = Map.of(NodeLabel.Challenge, Set.of("status", "postedAt"),
			NodeLabel.Demand, Set.of("status", "raisedAt", "dispatchedAt", "acceptedAt", "resolvedAt"));

	private PropertyValues() {
	}

	static String id(@Nullable Object id) {
		if (!(id instanceof String text) || !ID.matcher(text).matches()) {
			throw new BadRequestException(
					"Id '%s' is not valid: use 1 to 128 lower-case letters, digits and underscores, not starting with an underscore"
						.formatted(id));
		}
		return text;
	}

	/**
	 * The value as Neo4j stores it, or a BAD_REQUEST naming the property.
	 * @param maxLength the model's maximum length for a string property, 0 for others
	 */
	static @Nullable Object value(String owner, String key, PropertyKind kind, int maxLength, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		try {
			Object stored = switch (kind) {
				case STRING -> (String) value;
				case INTEGER -> (value instanceof Number number) ? number.longValue() : Long.parseLong((String) value);
				case FLOAT ->
					(value instanceof Number number) ? number.doubleValue() : Double.parseDouble((String) value);
				case BOOLEAN -> (value instanceof Boolean bool) ? bool : parseBoolean((String) value);
				case DATE -> LocalDate.parse((String) value);
				case DATETIME -> OffsetDateTime.parse((String) value).toZonedDateTime();
				case STRING_LIST -> stringList(value);
			};
			TextValues.checkValue("Property '%s' of %s".formatted(key, owner), stored, maxLength);
			Set<String> allowed = ALLOWED.getOrDefault(owner + "." + key, ALLOWED.get("*." + key));
			if (allowed != null && !allowed.contains(stored)) {
				throw new BadRequestException("Property '%s' of %s must be one of %s; got '%s'".formatted(key, owner,
						new java.util.TreeSet<>(allowed), stored));
			}
			return stored;
		}
		catch (ClassCastException | NumberFormatException | DateTimeParseException ex) {
			throw new BadRequestException(
					"Property '%s' of %s must be %s; got '%s'".formatted(key, owner, describe(kind), value));
		}
	}

	private static boolean parseBoolean(String text) {
		if (!text.equals("true") && !text.equals("false")) {
			throw new ClassCastException();
		}
		return Boolean.parseBoolean(text);
	}

	@SuppressWarnings("unchecked")
	private static List<String> stringList(Object value) {
		if (value instanceof List<?> list) {
			list.forEach((item) -> {
				if (!(item instanceof String)) {
					throw new ClassCastException();
				}
			});
			return (List<String>) list;
		}
		List<?> parsed = io.chaingraph.graph.AuditTrail.fromJsonList((String) value);
		return stringList(parsed);
	}

	private static String describe(PropertyKind kind) {
		return switch (kind) {
			case STRING -> "text";
			case INTEGER -> "an integer";
			case FLOAT -> "a number";
			case BOOLEAN -> "true or false";
			case DATE -> "an ISO-8601 date (2026-01-31)";
			case DATETIME -> "an ISO-8601 date-time with an offset (2026-01-31T09:00:00Z)";
			case STRING_LIST -> "a list of strings (as JSON: [\"a\",\"b\"])";
		};
	}

}
