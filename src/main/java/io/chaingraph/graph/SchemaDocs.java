package io.chaingraph.graph;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

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
import static io.chaingraph.graph.RelType.ABOUT;
import static io.chaingraph.graph.RelType.ACCEPTED;
import static io.chaingraph.graph.RelType.ACHIEVED;
import static io.chaingraph.graph.RelType.ADVANCES;
import static io.chaingraph.graph.RelType.ADVISES;
import static io.chaingraph.graph.RelType.AFFILIATED_WITH;
import static io.chaingraph.graph.RelType.APPLIED_TO;
import static io.chaingraph.graph.RelType.AUTHORED;
import static io.chaingraph.graph.RelType.BOTTLENECK_OF;
import static io.chaingraph.graph.RelType.CITES;
import static io.chaingraph.graph.RelType.CONCERNS;
import static io.chaingraph.graph.RelType.DISPATCHED;
import static io.chaingraph.graph.RelType.DISPATCHED_TO;
import static io.chaingraph.graph.RelType.EXPERT_IN;
import static io.chaingraph.graph.RelType.FEEDS;
import static io.chaingraph.graph.RelType.GUIDES;
import static io.chaingraph.graph.RelType.HAS_ORGANIZATION;
import static io.chaingraph.graph.RelType.HAS_SEGMENT;
import static io.chaingraph.graph.RelType.HAS_STATUS_CHANGE;
import static io.chaingraph.graph.RelType.HOSTED_BY;
import static io.chaingraph.graph.RelType.LEADS;
import static io.chaingraph.graph.RelType.LINKS;
import static io.chaingraph.graph.RelType.LOCATED_IN;
import static io.chaingraph.graph.RelType.MEMBER_OF;
import static io.chaingraph.graph.RelType.MEMBER_OF_TEAM;
import static io.chaingraph.graph.RelType.ON_CHAIN;
import static io.chaingraph.graph.RelType.OPERATES_IN;
import static io.chaingraph.graph.RelType.PAIRED_WITH;
import static io.chaingraph.graph.RelType.PART_OF;
import static io.chaingraph.graph.RelType.POSTED;
import static io.chaingraph.graph.RelType.RAISED;
import static io.chaingraph.graph.RelType.REPORTED_FOR;
import static io.chaingraph.graph.RelType.SERVES;
import static io.chaingraph.graph.RelType.SOURCED_FROM;
import static io.chaingraph.graph.RelType.SUB_CHAIN_OF;
import static io.chaingraph.graph.RelType.SUPPLIES;
import static io.chaingraph.graph.RelType.SUPPORTED;
import static io.chaingraph.graph.RelType.TARGETS;

/**
 * What the schema adds to the model ({@link NodeLabel}, {@link RelType}): the doc string
 * of every type, property, relationship and value, the schema file each label's type goes
 * in, and the field names of both directions of every relationship type.
 * {@link SchemaWriter} writes the schema's node types from it, and refuses a model
 * element that has no entry here, so a label, property or relationship type added to the
 * model must be documented before the schema can be written.
 */
final class SchemaDocs {

	/** The common properties' docs, and that of the labels every node type has. */
	static final Map<String, String> COMMON = ordered("id", "Stable unique id.", "name", "Name in Chinese.", "nameEn",
			"Name in English.", "aliases", "Other names, in either language.", "description",
			"What it is, in Chinese and English.", "synthetic",
			"True when the record was generated to fill a published count, not taken from a source.", "confidence",
			"How well the sources support the record: high, medium or low.", "notes", "Caveats about the record.");

	/** Doc of the common field {@code labels}, which is not a property. */
	static final String LABELS = "The node's labels in the graph.";

	/** The schema files of the node types, by concept, and what each holds. */
	static final Map<String, String> FILES = ordered("chain", "Industrial chains and their segments.", "enterprise",
			"Enterprises on the chains.", "organization",
			"Universities, research institutes and government departments.", "consortium",
			"Science and technology innovation consortia.", "expert", "Experts and their publications.", "technology",
			"The technology taxonomy.", "challenge", "Open competitions, teams and achievements.", "party",
			"Party organisations of the chains.", "demand", "Enterprise demands and their workflow.", "place",
			"Cities.", "source", "Sources and the figures they report.");

	/** Every label's type: its file, its doc and its own properties' docs. */
	static final Map<NodeLabel, TypeDoc> TYPES = types(type(Chain, "chain",
			"An industrial chain: one of the 12 key chains of the '1269' plan, a pilot chain under one of them, or another chain the sources name.",
			"pilot", "One of the eight party-building pilot chains.", "keyChain",
			"One of the 12 key chains of the '1269' action plan.", "formation",
			"How the chain organisation was formed: CITY_LED, LEADER_SOE_LED or ASSOCIATION_LED."),
			type(Segment, "chain", "A stage of a chain, numbered from upstream.", "position",
					"Place in the chain, 1 being the most upstream.", "components",
					"Parts the segment is made of, where the source lists them."),
			type(Enterprise, "enterprise", "A company on one or more chains.", "ownership", "SOE, PRIVATE or FOREIGN.",
					"chainLeader", "A chain leader (链主).", "specialisedSme",
					"A specialised, refined, distinctive and innovative SME (专精特新).", "city",
					"City, as the source gives it.", "district", "District or development zone.", "historical",
					"A historical enterprise with no current role."),
			type(University, "organization", "A university or college; also an Organization.", "city", "City.", "kind",
					"Kind of institution, as the source gives it.", "colleges",
					"Colleges and institutes it runs for the chains."),
			type(Institute, "organization", "A research institute or national platform; also an Organization.", "city",
					"City.", "kind", "Kind of institute, as the source gives it.", "colleges", "Colleges it runs."),
			type(Department, "organization", "A government department that takes enterprise demands.", "city", "City.",
					"kind", "Kind of body."),
			type(Consortium, "consortium",
					"An industrial-chain science and technology innovation consortium (科技创新联合体).", "founded",
					"When it was founded, as the source gives it."),
			type(Expert, "expert", "A person on a consortium's expert advisory committee.", "title",
					"Professional title.", "academician", "CAS or CAE for an academician; null otherwise."),
			type(Publication, "expert", "A paper, patent or standard: evidence of expertise.", "kind",
					"PAPER, PATENT or STANDARD.", "title", "Title in Chinese.", "titleEn", "Title in English.",
					"abstract", "Abstract in Chinese.", "abstractEn", "Abstract in English.", "year",
					"Year of publication or filing.", "venue", "Journal, conference or patent office."),
			type(Technology, "technology",
					"A node of the technology taxonomy: a domain, a key common technology or a chokepoint.", "kind",
					"DOMAIN, CHOKEPOINT, KEY_COMMON, FRONTIER, RESOLVED_BOTTLENECK or HISTORICAL."),
			type(Challenge, "challenge",
					"An open competition for a bottleneck technology: 揭榜挂帅 (one winner) or a horse race 赛马 (several teams funded in parallel).",
					"mode", "OPEN_COMPETITION or HORSE_RACE.", "status", "Where the challenge stands.", "budget",
					"Budget in yuan.", "deadline", "Last day to apply, ISO-8601.", "maxPartners",
					"Partners a team may have besides its lead.", "postedAt", "When it was posted, ISO-8601.",
					"requireCoverage", "Whether a team must cover every targeted technology."),
			type(Team, "challenge", "A task force or a team applying to a challenge."),
			type(Achievement, "challenge", "A result: a breakthrough, an award, a project, a rating.", "year", "Year.",
					"kind", "BREAKTHROUGH, AWARD, PROJECT, RATING or CHALLENGE_WON."),
			type(PartyOrganization, "party", "A party organisation of a chain, an enterprise or a task force.", "kind",
					"GUIDANCE_COMMITTEE, CHAIN_COMMITTEE, COMMITTEE, BRANCH or GUIDANCE_STATION.", "secretaryName",
					"Name of its secretary, where a source gives it."),
			type(Demand, "demand",
					"An enterprise's request: raised by the enterprise (企业点单), dispatched by the chain committee (派单), taken by a department (接单).",
					"kind", "TECHNOLOGY, TALENT, FINANCING, LAND, MARKET or POLICY.", "status",
					"RAISED, DISPATCHED, ACCEPTED or RESOLVED.", "raisedAt", "When it was raised, ISO-8601.",
					"dispatchedAt", "When it was dispatched.", "acceptedAt", "When a department took it.", "resolvedAt",
					"When it was resolved."),
			type(City, "place", "A prefecture-level city of Jiangxi.", "adminCode", "GB/T 2260 code.", "platePrefix",
					"Licence-plate prefix."),
			type(ReportedFigure, "source",
					"A figure a source reports but the graph cannot count, kept apart from counted figures.", "value",
					"The figure.", "unit", "Its unit.", "year", "Year it refers to.", "scope",
					"PROVINCE for province-wide figures.", "sourceNote", "Where it was reported."),
			type(Source, "source", "A public page a fact was taken from.", "url",
					"Address of the page; null where none is known, and for removed spam (kind spam-removed).", "what",
					"What the page says, and which outlet it mirrors.", "kind",
					"What kind of page: official, media, trade, encyclopedia, mirror (a third-party copy of another outlet's text), or spam-removed (the copy was on a spam host; its url was deleted).",
					"outlet",
					"The outlet that first published the text, where known; for a mirror, the outlet it copies."),
			type(StatusChange, "challenge",
					"One step of a challenge's or a demand's workflow: who moved it to which status, and when.",
					"status", "The status it moved to.", "at", "When, ISO-8601.", "actor",
					"Who made the change: the API key's name; null unless the viewer is COORDINATOR or ADMIN.", "note",
					"Why, in the actor's words."));

	/**
	 * Every relationship type's fields: the outgoing one's name and doc, then the
	 * incoming one's.
	 */
	static final Map<RelType, RelDoc> RELS = rels(
			rel(SUB_CHAIN_OF, "parentChains", "The key chain this chain belongs to.", "subChains",
					"Pilot and other chains under this key chain."),
			rel(HAS_SEGMENT, "segments", "The chain's segments, upstream first.", "chains",
					"The chain this segment belongs to."),
			rel(FEEDS, "feeds", "The next segment downstream.", "fedBy", "The segment upstream of this one."),
			rel(OPERATES_IN, "segments", "Segments the enterprise works in.", "enterprises",
					"Enterprises working in this segment."),
			rel(LEADS, "ledChains", "Chains this enterprise leads (链主).", "leaders",
					"The chain's leading enterprises (链主)."),
			rel(SUPPLIES, "customers", "Enterprises this one supplies.", "suppliers",
					"Enterprises that supply this one."),
			rel(SERVES, "chains", "Chains the consortium serves.", "consortia", "Consortia serving this chain."),
			rel(MEMBER_OF, "consortia", "Consortia this is a member of, with the role.", "members",
					"Member enterprises, universities and institutes, with their role."),
			rel(AFFILIATED_WITH, "affiliations", "Where the expert works.", "experts", "Experts who work here."),
			rel(HOSTED_BY, "hosts", "The university or enterprise hosting this institute.", "hostedInstitutes",
					"Institutes hosted here."),
			rel(ADVISES, "advisedConsortia", "Consortia whose advisory committee the expert sits on, with the role.",
					"advisers", "The expert advisory committee, with roles."),
			rel(EXPERT_IN, "expertise", "Technologies the expert knows, with the level (1 to 5).", "experts",
					"Experts in this technology, with their level."),
			rel(AUTHORED, "publications", "Papers, patents and standards by the expert.", "authors", "The authors."),
			rel(ABOUT, "technologies", "Technologies the publication is about.", "publications",
					"Publications about this technology."),
			rel(CITES, "cites", "Publications this one cites.", "citedBy", "Publications citing this one."),
			rel(PART_OF, "parents", "The broader technology above this one in the taxonomy.", "children",
					"Narrower technologies below this one."),
			rel(BOTTLENECK_OF, "bottleneckOf",
					"Chains and segments this technology is a bottleneck of, with the severity.", "bottlenecks",
					"Bottleneck technologies (卡脖子 or key common), with their severity."),
			rel(POSTED, "postedChallenges", "Challenges posted.", "posters", "Who posted the challenge."),
			rel(TARGETS, "targets", "Technologies the challenge targets.", "challenges",
					"Challenges targeting this technology."),
			rel(ON_CHAIN, "chains", "The chain the challenge is on.", "challenges", "Challenges on this chain."),
			rel(APPLIED_TO, "applications", "Challenges the team applied to, with the application's status.",
					"applicants", "Teams that applied, with the status of each application."),
			rel(MEMBER_OF_TEAM, "teams", "Teams this is a member of, with the role.", "members",
					"The team's lead and partners."),
			rel(ACHIEVED, "achievements", "Results achieved.", "achievers", "Who achieved it."),
			rel(ADVANCES, "technologies", "Technologies the result advances.", "achievements",
					"Results advancing this technology."),
			rel(GUIDES, "guidedChains", "Chains this organisation guides.", "partyOrganizations",
					"The chain's guidance committee and chain committee."),
			rel(HAS_ORGANIZATION, "partyOrganizations", "Its own party organisations.", "hosts",
					"The enterprise or team this organisation belongs to."),
			rel(LINKS, "links", "Organisations this chain committee links up.", "linkedBy",
					"Chain committees linking this organisation."),
			rel(PAIRED_WITH, "pairedWith", "Organisations paired with this one (共建), with the date.", "pairedBy",
					"Organisations that paired with this one."),
			rel(SUPPORTED, "supported", "Results this organisation helped bring about.", "supporters",
					"Party organisations that helped."),
			rel(RAISED, "demands", "Demands the enterprise raised.", "raisedBy", "The enterprise that raised it."),
			rel(DISPATCHED, "dispatched", "Demands this chain committee dispatched.", "dispatchedBy",
					"The chain committee that dispatched it."),
			rel(ACCEPTED, "accepted", "Demands this department or expert took.", "acceptedBy",
					"The department or expert that took it."),
			rel(CONCERNS, "technologies", "Technologies a technology demand concerns.", "demands",
					"Demands concerning this technology."),
			rel(LOCATED_IN, "cities", "The city it is in.", "located",
					"Enterprises, universities, institutes and departments in the city."),
			rel(REPORTED_FOR, "subjects", "What the figure is about.", "reportedFigures",
					"Figures sources report about this, kept apart from counts."),
			rel(SOURCED_FROM, "sources", "Public pages the record was taken from.", "cites",
					"Records taken from this page."),
			rel(HAS_STATUS_CHANGE, "history", "Its workflow history, oldest first.", "subject",
					"The challenge or demand that changed."),
			rel(DISPATCHED_TO, "dispatchedTo", "The department or experts the chain committee sent it to.",
					"dispatchedDemands", "Demands sent here by a chain committee."));

	private SchemaDocs() {
	}

	/**
	 * A label's type.
	 *
	 * @param concept the schema file it goes in, without {@code .graphqls}
	 * @param description its doc
	 * @param properties its own properties' docs, in the model's order
	 */
	record TypeDoc(String concept, String description, Map<String, String> properties) {

	}

	/**
	 * A relationship type's two fields.
	 *
	 * @param out the field on the start node's type
	 * @param outDoc its doc
	 * @param in the field on the end node's type
	 * @param inDoc its doc
	 * @param properties the relationship's properties' docs
	 */
	record RelDoc(String out, String outDoc, String in, String inDoc, Map<String, String> properties) {

	}

	private static Map.Entry<NodeLabel, TypeDoc> type(NodeLabel label, String concept, String description,
			String... properties) {
		return Map.entry(label, new TypeDoc(concept, description, ordered(properties)));
	}

	private static Map.Entry<RelType, RelDoc> rel(RelType type, String out, String outDoc, String in, String inDoc,
			String... properties) {
		return Map.entry(type, new RelDoc(out, outDoc, in, inDoc, ordered(properties)));
	}

	@SafeVarargs
	private static Map<NodeLabel, TypeDoc> types(Map.Entry<NodeLabel, TypeDoc>... entries) {
		Map<NodeLabel, TypeDoc> types = new EnumMap<>(NodeLabel.class);
		for (Map.Entry<NodeLabel, TypeDoc> entry : entries) {
			types.put(entry.getKey(), entry.getValue());
		}
		return Collections.unmodifiableMap(types);
	}

	@SafeVarargs
	private static Map<RelType, RelDoc> rels(Map.Entry<RelType, RelDoc>... entries) {
		Map<RelType, RelDoc> rels = new EnumMap<>(RelType.class);
		for (Map.Entry<RelType, RelDoc> entry : entries) {
			rels.put(entry.getKey(), entry.getValue());
		}
		return Collections.unmodifiableMap(rels);
	}

	/** Pairs of a name and its doc, in the given order. */
	static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return Collections.unmodifiableMap(map);
	}

}
