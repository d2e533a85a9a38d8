package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.chaingraph.system.graphql.TextValues;
import org.jspecify.annotations.Nullable;

import static io.chaingraph.graph.MaxLength.ABSTRACT;
import static io.chaingraph.graph.MaxLength.CODE;
import static io.chaingraph.graph.MaxLength.ID;
import static io.chaingraph.graph.MaxLength.KEY_NAME;
import static io.chaingraph.graph.MaxLength.NAME;
import static io.chaingraph.graph.MaxLength.NOTE;
import static io.chaingraph.graph.MaxLength.PLACE;
import static io.chaingraph.graph.MaxLength.TEXT;
import static io.chaingraph.graph.MaxLength.TITLE;
import static io.chaingraph.graph.MaxLength.URL;
import static io.chaingraph.graph.ModelValues.CHALLENGE_STATUSES;
import static io.chaingraph.graph.ModelValues.CONFIDENCE;
import static io.chaingraph.graph.ModelValues.DEMAND_STATUSES;
import static io.chaingraph.graph.ModelValues.STATUSES;
import static io.chaingraph.graph.ModelValues.YEARS;
import static io.chaingraph.graph.PropertyKind.BOOLEAN;
import static io.chaingraph.graph.PropertyKind.DATE;
import static io.chaingraph.graph.PropertyKind.DATETIME;
import static io.chaingraph.graph.PropertyKind.FLOAT;
import static io.chaingraph.graph.PropertyKind.INTEGER;
import static io.chaingraph.graph.PropertyKind.STRING;
import static io.chaingraph.graph.PropertyKind.STRING_LIST;
import static io.chaingraph.graph.PropertyRule.ID_FORMAT;
import static io.chaingraph.graph.PropertyRule.REQUIRED;
import static io.chaingraph.graph.PropertyRule.WORKFLOW_OWNED;
import static io.chaingraph.graph.PropertyRule.atLeast;
import static io.chaingraph.graph.PropertyRule.oneOf;
import static io.chaingraph.graph.PropertyRule.range;

/**
 * The node labels of the model with their properties: the allow-list from which Cypher
 * text may take a label, and the schema the importer checks files against. Every label
 * also has the {@link #COMMON} properties. Each property is declared by its name and
 * kind, then for text its maximum length, then its rules ({@link PropertyRule}): a range,
 * a value set, {@code REQUIRED}, {@code WORKFLOW_OWNED}. {@link #rule} gives them to
 * every path that writes.
 */
public enum NodeLabel {

	Chain("pilot", BOOLEAN, "keyChain", BOOLEAN, "formation", STRING, CODE,
			oneOf("CITY_LED", "LEADER_SOE_LED", "ASSOCIATION_LED")),

	/** Numbered from 1, the most upstream, as the seed and the generator number them. */
	Segment("position", INTEGER, atLeast(1), "components", STRING_LIST, NAME),

	Enterprise("ownership", STRING, CODE, oneOf("SOE", "PRIVATE", "FOREIGN"), "chainLeader", BOOLEAN, "specialisedSme",
			BOOLEAN, "city", STRING, PLACE, "district", STRING, PLACE, "historical", BOOLEAN),

	/**
	 * Universities and institutes; never a node's only label. Their kind is free text
	 * ("research institute (outside Jiangxi)"), not a value set.
	 */
	Organization("city", STRING, PLACE, "kind", STRING, PLACE, "colleges", STRING_LIST, NAME),

	University("city", STRING, PLACE, "kind", STRING, PLACE, "colleges", STRING_LIST, NAME),

	Institute("city", STRING, PLACE, "kind", STRING, PLACE, "colleges", STRING_LIST, NAME),

	Consortium("founded", STRING, NAME),

	Expert("title", STRING, NAME, "academician", STRING, CODE, oneOf("CAS", "CAE")),

	Technology("kind", STRING, CODE,
			oneOf("DOMAIN", "CHOKEPOINT", "KEY_COMMON", "FRONTIER", "RESOLVED_BOTTLENECK", "HISTORICAL")),

	/** Years are plausible ones: a typo such as 20255 or 202 is refused. */
	Publication("kind", STRING, CODE, oneOf("PAPER", "PATENT", "STANDARD"), "title", STRING, TITLE, "titleEn", STRING,
			TITLE, "abstract", STRING, ABSTRACT, "abstractEn", STRING, ABSTRACT, "year", INTEGER, YEARS, "venue",
			STRING, TITLE),

	/**
	 * The workflow writes its status and when it was posted; the mode decides the
	 * workflow's path, so every challenge has one.
	 */
	Challenge("mode", STRING, CODE, oneOf("OPEN_COMPETITION", "HORSE_RACE"), REQUIRED, "status", STRING, CODE,
			oneOf(CHALLENGE_STATUSES), WORKFLOW_OWNED, "budget", INTEGER, atLeast(0), "deadline", DATE, "maxPartners",
			INTEGER, range(0, 20), "postedAt", DATETIME, WORKFLOW_OWNED, "requireCoverage", BOOLEAN),

	Team,

	Achievement("year", INTEGER, YEARS, "kind", STRING, CODE,
			oneOf("BREAKTHROUGH", "AWARD", "PROJECT", "RATING", "CHALLENGE_WON")),

	PartyOrganization("kind", STRING, CODE,
			oneOf("GUIDANCE_COMMITTEE", "CHAIN_COMMITTEE", "COMMITTEE", "BRANCH", "GUIDANCE_STATION"), "secretaryName",
			STRING, PLACE),

	/**
	 * The workflow writes its status and the times of its moves; the kind decides who may
	 * take it, so every demand has one.
	 */
	Demand("kind", STRING, CODE, oneOf("TECHNOLOGY", "TALENT", "FINANCING", "LAND", "MARKET", "POLICY"), REQUIRED,
			"status", STRING, CODE, oneOf(DEMAND_STATUSES), WORKFLOW_OWNED, "raisedAt", DATETIME, WORKFLOW_OWNED,
			"dispatchedAt", DATETIME, WORKFLOW_OWNED, "acceptedAt", DATETIME, WORKFLOW_OWNED, "resolvedAt", DATETIME,
			WORKFLOW_OWNED),

	/** Its kind is free text ("government"), not a value set. */
	Department("city", STRING, PLACE, "kind", STRING, PLACE),

	City("adminCode", STRING, CODE, "platePrefix", STRING, CODE),

	/**
	 * A figure the source reports but the graph cannot enumerate, kept apart from counts.
	 * Every figure the sources give is a count, an amount, a size, a duration or a rank,
	 * none below 0.
	 */
	ReportedFigure("value", FLOAT, atLeast(0), "unit", STRING, PLACE, "year", INTEGER, YEARS, "scope", STRING, CODE,
			oneOf("PROVINCE"), "sourceNote", STRING, NOTE),

	/**
	 * A public page a fact was taken from: what kind of page it is and which outlet
	 * published it. A mirror copies another outlet's article; spam-removed marks a source
	 * whose spam url was dropped.
	 */
	Source("url", STRING, URL, "what", STRING, TITLE, "kind", STRING, CODE,
			oneOf("official", "media", "trade", "encyclopedia", "mirror", "spam-removed"), "outlet", STRING, NAME),

	/**
	 * One step of a challenge's or a demand's workflow: who moved it to which status,
	 * when. Only the workflows write it.
	 */
	StatusChange("status", STRING, CODE, oneOf(STATUSES), WORKFLOW_OWNED, "at", DATETIME, WORKFLOW_OWNED, "actor",
			STRING, KEY_NAME, WORKFLOW_OWNED, "note", STRING, TEXT, WORKFLOW_OWNED);

	/** Properties every node may have. */
	public static final Map<String, PropertyKind> COMMON = Collections.unmodifiableMap(common().kinds());

	private final Map<String, PropertyKind> properties;

	private final Map<String, Integer> maxLengths;

	private final Map<String, PropertyRule> rules;

	NodeLabel(Object... properties) {
		Declared all = common();
		all.add(declared(properties));
		this.properties = Collections.unmodifiableMap(all.kinds());
		this.maxLengths = Collections.unmodifiableMap(all.maxLengths());
		this.rules = all.rules(name());
	}

	/**
	 * The properties a node with this label may have, common ones first, in a stable
	 * order.
	 */
	public Map<String, PropertyKind> properties() {
		return this.properties;
	}

	/**
	 * The most characters a value of this string property (or each element of this string
	 * list) may have; 0 for a property that holds no text.
	 */
	public int maxLength(String property) {
		return this.maxLengths.getOrDefault(property, 0);
	}

	/**
	 * The rules of every property, common ones first, in a stable order.
	 */
	public Map<String, PropertyRule> rules() {
		return this.rules;
	}

	/**
	 * The rule of one property, or null for a property the label does not have.
	 */
	public @Nullable PropertyRule rule(String property) {
		return this.rules.get(property);
	}

	/**
	 * The model's check of a value given for this property as a workflow's argument,
	 * before it is written: the value as stored, or a BAD_REQUEST naming the argument (as
	 * the caller gave it, such as "Argument 'teamName'") with the message curation and
	 * import give for the same fault.
	 */
	public @Nullable Object check(String property, String argument, @Nullable Object value) {
		return this.rules.get(property).check(TextValues.argument(argument), value);
	}

	/** {@link #check} of text. */
	public @Nullable Object checkText(String property, String argument, @Nullable String value) {
		return check(property, argument, value);
	}

	/**
	 * Labels a node whose id belongs to this label may carry besides it.
	 */
	public Set<NodeLabel> extraLabels() {
		return (this == University || this == Institute) ? Set.of(Organization) : Set.of();
	}

	/**
	 * Whether this label identifies nodes on its own: every label but the
	 * {@link #Organization} super-label.
	 */
	public boolean isIdSpace() {
		return this != Organization;
	}

	public static Optional<NodeLabel> find(String name) {
		for (NodeLabel label : values()) {
			if (label.name().equals(name)) {
				return Optional.of(label);
			}
		}
		return Optional.empty();
	}

	private static Declared common() {
		return declared("id", STRING, ID, ID_FORMAT, REQUIRED, "name", STRING, NAME, REQUIRED, "nameEn", STRING, NAME,
				"aliases", STRING_LIST, NAME, "description", STRING, TEXT, "synthetic", BOOLEAN, "confidence", STRING,
				CODE, oneOf(CONFIDENCE), "notes", STRING, TEXT);
	}

	/**
	 * Reads a declaration: each property's name and kind, for a string or string list its
	 * maximum length right after the kind, which may not be left out, then its rules.
	 */
	static Declared declared(Object... spec) {
		Declared declared = new Declared(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
		int i = 0;
		while (i < spec.length) {
			String name = (String) spec[i++];
			PropertyKind kind = (PropertyKind) spec[i++];
			declared.kinds().put(name, kind);
			if (kind == STRING || kind == STRING_LIST) {
				if (i >= spec.length || !(spec[i] instanceof Integer)) {
					throw new IllegalStateException("String property '%s' declares no maximum length".formatted(name));
				}
				declared.maxLengths().put(name, (Integer) spec[i++]);
			}
			List<PropertyRule.Option> options = new ArrayList<>();
			while (i < spec.length && spec[i] instanceof PropertyRule.Option option) {
				options.add(option);
				i++;
			}
			declared.options().put(name, options);
		}
		return declared;
	}

	/**
	 * Properties as declared: their kinds, the maximum lengths of those holding text, and
	 * the rules written after them.
	 */
	record Declared(Map<String, PropertyKind> kinds, Map<String, Integer> maxLengths,
			Map<String, List<PropertyRule.Option>> options) {

		void add(Declared other) {
			this.kinds.putAll(other.kinds);
			this.maxLengths.putAll(other.maxLengths);
			this.options.putAll(other.options);
		}

		Map<String, PropertyRule> rules(String owner) {
			Map<String, PropertyRule> rules = new LinkedHashMap<>();
			this.kinds.forEach((name, kind) -> rules.put(name, rule(owner, name, kind)));
			return Collections.unmodifiableMap(rules);
		}

		private PropertyRule rule(String owner, String name, PropertyKind kind) {
			Long min = null;
			Long max = null;
			List<String> values = List.of();
			PropertyRule.Format format = null;
			boolean required = false;
			boolean workflowOwned = false;
			for (PropertyRule.Option option : this.options.getOrDefault(name, List.of())) {
				if (option instanceof PropertyRule.Range range) {
					min = range.min();
					max = range.max();
				}
				else if (option instanceof PropertyRule.OneOf oneOf) {
					values = oneOf.values();
				}
				else if (option instanceof PropertyRule.Format given) {
					format = given;
				}
				else {
					required |= option == PropertyRule.Flag.REQUIRED;
					workflowOwned |= option == PropertyRule.Flag.WORKFLOW_OWNED;
				}
			}
			return new PropertyRule(owner, name, kind, this.maxLengths.getOrDefault(name, 0), min, max, values, format,
					required, workflowOwned);
		}

	}

}
