package io.chaingraph.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	Chain("pilot", BOOLEAN, "keyChain", BOOLEAN, "formation", STRING),

	Segment("position", INTEGER, "components", STRING_LIST),

	Enterprise("ownership", STRING, "chainLeader", BOOLEAN, "specialisedSme", BOOLEAN, "city", STRING, "district",
			STRING, "historical", BOOLEAN),

	/** Universities and institutes; never a node's only label. */
	Organization("city", STRING, "kind", STRING, "colleges", STRING_LIST),

	University("city", STRING, "kind", STRING, "colleges", STRING_LIST),

	Institute("city", STRING, "kind", STRING, "colleges", STRING_LIST),

	Consortium("founded", STRING),

	Expert("title", STRING, "academician", STRING),

	Technology("kind", STRING),

	Publication("kind", STRING, "title", STRING, "titleEn", STRING, "abstract", STRING, "abstractEn", STRING, "year",
			INTEGER, "venue", STRING),

	Challenge("mode", STRING, "status", STRING, "budget", INTEGER, "deadline", DATE, "maxPartners", INTEGER, "postedAt",
			DATETIME, "requireCoverage", BOOLEAN),

	Team,

	Achievement("year", INTEGER, "kind", STRING),

	PartyOrganization("kind", STRING, "secretaryName", STRING),

	Demand("kind", STRING, "status", STRING, "raisedAt", DATETIME, "dispatchedAt", DATETIME, "acceptedAt", DATETIME,
			"resolvedAt", DATETIME),

	Department("city", STRING, "kind", STRING),

	City("adminCode", STRING, "platePrefix", STRING),

	/**
	 * A figure the source reports but the graph cannot enumerate, kept apart from counts.
	 */
	ReportedFigure("value", FLOAT, "unit", STRING, "year", INTEGER, "scope", STRING, "sourceNote", STRING),

	/** A public page a fact was taken from. */
	Source("url", STRING, "what", STRING),

	/**
	 * One step of a challenge's or a demand's workflow: who moved it to which status,
	 * when.
	 */
	StatusChange("status", STRING, "at", DATETIME, "actor", STRING, "note", STRING);

	/** Properties every node may have. */
	public static final Map<String, PropertyKind> COMMON = Collections.unmodifiableMap(common());

	private final Map<String, PropertyKind> properties;

	NodeLabel(Object... properties) {
		Map<String, PropertyKind> all = common();
		all.putAll(properties(properties));
		this.properties = Collections.unmodifiableMap(all);
	}

	/**
	 * The properties a node with this label may have, common ones first, in a stable
	 * order.
	 */
	public Map<String, PropertyKind> properties() {
		return this.properties;
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

	private static Map<String, PropertyKind> common() {
		return properties("id", STRING, "name", STRING, "nameEn", STRING, "aliases", STRING_LIST, "description", STRING,
				"synthetic", BOOLEAN, "confidence", STRING, "notes", STRING);
	}

	static Map<String, PropertyKind> properties(Object... spec) {
		Map<String, PropertyKind> map = new LinkedHashMap<>();
		for (int i = 0; i < spec.length; i += 2) {
			map.put((String) spec[i], (PropertyKind) spec[i + 1]);
		}
		return map;
	}

}
