package io.chaingraph.graph;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import static io.chaingraph.graph.MaxLength.CODE;
import static io.chaingraph.graph.MaxLength.NAME;
import static io.chaingraph.graph.ModelValues.APPLICATION_STATUSES;
import static io.chaingraph.graph.ModelValues.CONFIDENCE;
import static io.chaingraph.graph.ModelValues.ONE_TO_FIVE;
import static io.chaingraph.graph.NodeLabel.Achievement;
import static io.chaingraph.graph.NodeLabel.Chain;
import static io.chaingraph.graph.NodeLabel.Challenge;
import static io.chaingraph.graph.NodeLabel.City;
import static io.chaingraph.graph.NodeLabel.Consortium;
import static io.chaingraph.graph.NodeLabel.Demand;
import static io.chaingraph.graph.NodeLabel.Department;
import static io.chaingraph.graph.NodeLabel.Enterprise;
import static io.chaingraph.graph.NodeLabel.Expert;
import static io.chaingraph.graph.NodeLabel.Institute;
import static io.chaingraph.graph.NodeLabel.PartyOrganization;
import static io.chaingraph.graph.NodeLabel.Publication;
import static io.chaingraph.graph.NodeLabel.ReportedFigure;
import static io.chaingraph.graph.NodeLabel.Segment;
import static io.chaingraph.graph.NodeLabel.Source;
import static io.chaingraph.graph.NodeLabel.StatusChange;
import static io.chaingraph.graph.NodeLabel.Team;
import static io.chaingraph.graph.NodeLabel.Technology;
import static io.chaingraph.graph.NodeLabel.University;
import static io.chaingraph.graph.PropertyKind.DATE;
import static io.chaingraph.graph.PropertyKind.INTEGER;
import static io.chaingraph.graph.PropertyKind.STRING;
import static io.chaingraph.graph.PropertyRule.WORKFLOW_OWNED;
import static io.chaingraph.graph.PropertyRule.oneOf;

/**
 * The relationship types of the model, read left to right, with the labels they may join
 * and their properties: the allow-list for Cypher text and the schema for imports. Where
 * a type may start or end at an organisation, both {@code University} and
 * {@code Institute} are listed. Properties are declared as {@link NodeLabel}'s are, with
 * their rules.
 */
public enum RelType {

	SUB_CHAIN_OF(of(Chain), of(Chain), "confidence", STRING, CODE, oneOf(CONFIDENCE)),

	HAS_SEGMENT(of(Chain), of(Segment)),

	FEEDS(of(Segment), of(Segment)),

	OPERATES_IN(of(Enterprise), of(Segment)),

	LEADS(of(Enterprise), of(Chain)),

	SUPPLIES(of(Enterprise), of(Enterprise), "product", STRING, NAME),

	SERVES(of(Consortium), of(Chain)),

	MEMBER_OF(of(Enterprise, University, Institute), of(Consortium), "role", STRING, CODE, oneOf("LEAD", "MEMBER")),

	AFFILIATED_WITH(of(Expert), of(Enterprise, University, Institute)),

	HOSTED_BY(of(Institute), of(University, Enterprise)),

	ADVISES(of(Expert), of(Consortium), "role", STRING, CODE, oneOf("CHAIR", "MEMBER")),

	/**
	 * Level 1 (some knowledge) to 5 (the field's leading expert); ranking takes level /
	 * 5.
	 */
	EXPERT_IN(of(Expert), of(Technology), "level", INTEGER, ONE_TO_FIVE),

	AUTHORED(of(Expert), of(Publication)),

	ABOUT(of(Publication), of(Technology)),

	CITES(of(Publication), of(Publication)),

	PART_OF(of(Technology), of(Technology)),

	/** Severity 1 to 5, as chainMap documents it. */
	BOTTLENECK_OF(of(Technology), of(Chain, Segment), "severity", INTEGER, ONE_TO_FIVE),

	POSTED(of(Enterprise, Consortium), of(Challenge)),

	TARGETS(of(Challenge), of(Technology)),

	ON_CHAIN(of(Challenge), of(Chain)),

	/** The challenge's moves set the application's status. */
	APPLIED_TO(of(Team), of(Challenge), "status", STRING, CODE, oneOf(APPLICATION_STATUSES), WORKFLOW_OWNED),

	MEMBER_OF_TEAM(of(Expert, Enterprise, University, Institute), of(Team), "role", STRING, CODE,
			oneOf("LEAD", "PARTNER")),

	ACHIEVED(of(Team, Enterprise, Expert, University, Institute), of(Achievement)),

	ADVANCES(of(Achievement), of(Technology)),

	GUIDES(of(PartyOrganization), of(Chain)),

	HAS_ORGANIZATION(of(Enterprise, Team), of(PartyOrganization)),

	LINKS(of(PartyOrganization), of(PartyOrganization)),

	PAIRED_WITH(of(PartyOrganization), of(PartyOrganization), "since", DATE),

	SUPPORTED(of(PartyOrganization), of(Achievement)),

	RAISED(of(Enterprise), of(Demand)),

	DISPATCHED(of(PartyOrganization), of(Demand)),

	ACCEPTED(of(Department, Expert), of(Demand)),

	CONCERNS(of(Demand), of(Technology)),

	LOCATED_IN(of(Enterprise, University, Institute, Department), of(City)),

	REPORTED_FOR(of(ReportedFigure),
			of(Chain, City, Enterprise, Achievement, Consortium, PartyOrganization, University, Institute)),

	SOURCED_FROM(allBut(Source), of(Source)),

	HAS_STATUS_CHANGE(of(Challenge, Demand), of(StatusChange)),

	DISPATCHED_TO(of(Demand), of(Department, Expert));

	private final Set<NodeLabel> from;

	private final Set<NodeLabel> to;

	private final Map<String, PropertyKind> properties;

	private final Map<String, Integer> maxLengths;

	private final Map<String, PropertyRule> rules;

	RelType(Set<NodeLabel> from, Set<NodeLabel> to, Object... properties) {
		this.from = Collections.unmodifiableSet(from);
		this.to = Collections.unmodifiableSet(to);
		NodeLabel.Declared declared = NodeLabel.declared(properties);
		this.properties = Collections.unmodifiableMap(declared.kinds());
		this.maxLengths = Collections.unmodifiableMap(declared.maxLengths());
		this.rules = declared.rules(name());
	}

	public Set<NodeLabel> from() {
		return this.from;
	}

	public Set<NodeLabel> to() {
		return this.to;
	}

	public Map<String, PropertyKind> properties() {
		return this.properties;
	}

	/**
	 * The most characters a value of this string property may have; 0 for a property that
	 * holds no text.
	 */
	public int maxLength(String property) {
		return this.maxLengths.getOrDefault(property, 0);
	}

	/**
	 * The rules of every property, in a stable order.
	 */
	public Map<String, PropertyRule> rules() {
		return this.rules;
	}

	/**
	 * The rule of one property, or null for a property the type does not have.
	 */
	public @Nullable PropertyRule rule(String property) {
		return this.rules.get(property);
	}

	public boolean joins(NodeLabel start, NodeLabel end) {
		return this.from.contains(start) && this.to.contains(end);
	}

	public static Optional<RelType> find(String name) {
		return Arrays.stream(values()).filter((type) -> type.name().equals(name)).findFirst();
	}

	private static Set<NodeLabel> of(NodeLabel... labels) {
		return EnumSet.copyOf(Arrays.asList(labels));
	}

	private static Set<NodeLabel> allBut(NodeLabel excluded) {
		Set<NodeLabel> labels = EnumSet.allOf(NodeLabel.class);
		labels.remove(excluded);
		labels.remove(NodeLabel.Organization);
		labels.remove(NodeLabel.StatusChange);
		return labels;
	}

}
