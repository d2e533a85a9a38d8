package io.chaingraph.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The model's closed value sets as the schema's enums: every property whose
 * {@link PropertyRule} has values is typed by one. A set {@link ModelValues} shares
 * between declarations has one name ({@code Confidence}, {@code ChallengeStatus} ...);
 * every other is named after its owner and property ({@code ChainFormation},
 * {@code MemberOfRole}). A value's name is the stored value upper-cased, '-' becoming '_'
 * ({@code spam-removed} is {@code SPAM_REMOVED}); its internal value is the stored value
 * itself, so that fetchers return and arguments arrive as what Neo4j holds.
 */
final class ModelEnums {

	private static final Map<List<String>, String> SHARED = Map.of(ModelValues.CONFIDENCE, "Confidence",
			ModelValues.CHALLENGE_STATUSES, "ChallengeStatus", ModelValues.DEMAND_STATUSES, "DemandStatus",
			ModelValues.STATUSES, "WorkflowStatus", ModelValues.APPLICATION_STATUSES, "ApplicationStatus");

	private static final Map<String, List<String>> ALL = Collections.unmodifiableMap(all());

	private ModelEnums() {
	}

	/**
	 * Every enum's stored values, by name: those of the common properties, then of each
	 * label's, then of each relationship type's, in the model's order.
	 */
	static Map<String, List<String>> enums() {
		return ALL;
	}

	/** The enum typing this property, or null for a property without a value set. */
	static @Nullable String of(PropertyRule rule) {
		if (rule.values().isEmpty()) {
			return null;
		}
		String shared = SHARED.get(rule.values());
		return (shared != null) ? shared : pascal(rule.owner()) + pascal(rule.name());
	}

	/** The enum value's name for a stored value. */
	static String valueName(String stored) {
		return stored.toUpperCase(Locale.ROOT).replace('-', '_');
	}

	/**
	 * A label's name as it is, a relationship type's MEMBER_OF as MemberOf, role as Role.
	 */
	static String pascal(String name) {
		if (RelType.find(name).isEmpty()) {
			return Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}
		StringBuilder pascal = new StringBuilder();
		for (String word : name.toLowerCase(Locale.ROOT).split("_")) {
			pascal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return pascal.toString();
	}

	private static Map<String, List<String>> all() {
		Map<String, List<String>> enums = new LinkedHashMap<>();
		for (NodeLabel label : NodeLabel.values()) {
			label.rules().values().forEach((rule) -> add(enums, rule));
		}
		for (RelType type : RelType.values()) {
			type.rules().values().forEach((rule) -> add(enums, rule));
		}
		return enums;
	}

	private static void add(Map<String, List<String>> enums, PropertyRule rule) {
		String name = of(rule);
		if (name == null) {
			return;
		}
		List<String> known = enums.putIfAbsent(name, rule.values());
		if (known != null && !known.equals(rule.values())) {
			throw new IllegalStateException("Enum %s would have two value sets".formatted(name));
		}
		for (String value : rule.values()) {
			if (rule.values().stream().filter((other) -> valueName(other).equals(valueName(value))).count() > 1) {
				throw new IllegalStateException("Enum %s would have the value %s twice".formatted(name, value));
			}
		}
	}

}
