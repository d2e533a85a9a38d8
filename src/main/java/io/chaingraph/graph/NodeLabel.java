package io.chaingraph.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.chaingraph.system.TextValues;
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
import static io.chaingraph.graph.PropertyKind.BOOLEAN;
import static io.chaingraph.graph.PropertyKind.DATE;
import static io.chaingraph.graph.PropertyKind.DATETIME;
import static io.chaingraph.graph.PropertyKind.FLOAT;
import static io.chaingraph.graph.PropertyKind.INTEGER;
import static io.chaingraph.graph.PropertyKind.STRING;
import static io.chaingraph.graph.PropertyKind.STRING_LIST;

/**
 * The node labels of the model with their properties: the allow-list from which Cypher
 * text may take a label, and the schema the importer checks files against. Every label
 * also has the {@link #COMMON} properties.
 */
public enum NodeLabel {

	Chain("pilot", BOOLEAN, "keyChain", BOOLEAN, "formation", STRING, CODE),

	Segment("position", INTEGER, "components", STRING_LIST, NAME),

	Enterprise("ownership", STRING, CODE, "chainLeader", BOOLEAN, "specialisedSme", BOOLEAN, "city", STRING, PLACE,
			"district", STRING, PLACE, "historical", BOOLEAN),

	/** Universities and institutes; never a node's only label. */
	Organization("city", STRING, PLACE, "kind", STRING, PLACE, "colleges", STRING_LIST, NAME),

	University("city", STRING, PLACE, "kind", STRING, PLACE, "colleges", STRING_LIST, NAME),

	Institute("city", STRING, PLACE, "kind", STRING, PLACE, "colleges", STRING_LIST, NAME),

	Consortium("founded", STRING, NAME),

	Expert("title", STRING, NAME, "academician", STRING, CODE),

	Technology("kind", STRING, CODE),

	Publication("kind", STRING, CODE, "title", STRING, TITLE, "titleEn", STRING, TITLE, "abstract", STRING, ABSTRACT,
			"abstractEn", STRING, ABSTRACT, "year", INTEGER, "venue", STRING, TITLE),

	Challenge("mode", STRING, CODE, "status", STRING, CODE, "budget", INTEGER, "deadline", DATE, "maxPartners", INTEGER,
			"postedAt", DATETIME, "requireCoverage", BOOLEAN),

	Team,

	Achievement("year", INTEGER, "kind", STRING, CODE),

	PartyOrganization("kind", STRING, CODE, "secretaryName", STRING, PLACE),

	Demand("kind", STRING, CODE, "status", STRING, CODE, "raisedAt", DATETIME, "dispatchedAt", DATETIME, "acceptedAt",
			DATETIME, "resolvedAt", DATETIME),

	Department("city", STRING, PLACE, "kind", STRING, PLACE),

	City("adminCode", STRING, CODE, "platePrefix", STRING, CODE),

	/**
	 * A figure the source reports but the graph cannot enumerate, kept apart from counts.
	 */
	ReportedFigure("value", FLOAT, "unit", STRING, PLACE, "year", INTEGER, "scope", STRING, CODE, "sourceNote", STRING,
			NOTE),

	/** A public page a fact was taken from. */
	Source("url", STRING, URL, "what", STRING, TITLE, "kind", STRING, CODE, "outlet", STRING, NAME),

	/**
	 * One step of a challenge's or a demand's workflow: who moved it to which status,
	 * when.
	 */
	StatusChange("status", STRING, CODE, "at", DATETIME, "actor", STRING, KEY_NAME, "note", STRING, TEXT);

	/** Properties every node may have. */
	public static final Map<String, PropertyKind> COMMON = Collections.unmodifiableMap(common().kinds());

	private final Map<String, PropertyKind> properties;

	private final Map<String, Integer> maxLengths;

	NodeLabel(Object... properties) {
		Declared all = common();
		all.add(declared(properties));
		this.properties = Collections.unmodifiableMap(all.kinds());
		this.maxLengths = Collections.unmodifiableMap(all.maxLengths());
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
	 * The model's check of text given for this property, before it is written: a
	 * BAD_REQUEST naming {@code what} (the field as the caller gave it, such as "Argument
	 * 'teamName'") for text longer than the property's maximum or not valid UTF-16.
	 */
	public void checkText(String property, String what, @Nullable Object value) {
		if (value instanceof String text) {
			TextValues.check(what, text, maxLength(property));
		}
		else {
			TextValues.checkValue(what, value, maxLength(property));
		}
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
		return declared("id", STRING, ID, "name", STRING, NAME, "nameEn", STRING, NAME, "aliases", STRING_LIST, NAME,
				"description", STRING, TEXT, "synthetic", BOOLEAN, "confidence", STRING, CODE, "notes", STRING, TEXT);
	}

	/**
	 * Reads a declaration: each property's name and kind, and for a string or string list
	 * its maximum length right after the kind, which may not be left out.
	 */
	static Declared declared(Object... spec) {
		Declared declared = new Declared(new LinkedHashMap<>(), new LinkedHashMap<>());
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
		}
		return declared;
	}

	/**
	 * Properties as declared: their kinds, and the maximum lengths of those holding text.
	 */
	record Declared(Map<String, PropertyKind> kinds, Map<String, Integer> maxLengths) {

		void add(Declared other) {
			this.kinds.putAll(other.kinds);
			this.maxLengths.putAll(other.maxLengths);
		}

	}

}
