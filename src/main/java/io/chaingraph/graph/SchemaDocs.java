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
			"How well the sources support the record.", "notes", "Caveats about the record.");

	/** Doc of the common field {@code labels}, which is not a property. */
	static final String LABELS = "The node's labels in the graph.";

	/**
	 * Properties only some roles may read, as the roles of their {@code @access}
	 * directive: a key's name says who holds it ("ministry import robot"), which is for
	 * the curators only, while the rest of a workflow history stays public.
	 */
	static final Map<String, String> ACCESS = Map.of("StatusChange.actor", "COORDINATOR");

	/** The schema files of the node types, by concept, and what each holds. */
	static final Map<String, String> FILES = ordered("chain", "Industrial chains and their segments.", "enterprise",
			"Enterprises on the chains.", "organization",
			"Universities, research institutes and government departments.", "consortium",
			"Science and technology innovation consortia.", "expert", "Experts and their publications.", "technology",
			"The technology taxonomy.", "challenge", "Open competitions, teams and achievements.", "party",
			"Party organisations of the chains.", "demand", "Enterprise demands and their workflow.", "place",
			"Cities.", "source", "Sources and the figures they report.", "model",
			"The model's closed value sets, and pages of nodes of more than one type.");

	/** Every label's type: its file, its doc and its own properties' docs. */
	static final Map<NodeLabel, TypeDoc> TYPES = types(type(Chain, "chain",
			"An industrial chain: one of the 12 key chains of the '1269' plan, a pilot chain under one of them, or another chain the sources name.",
			"pilot", "One of the eight party-building pilot chains.", "keyChain",
			"One of the 12 key chains of the '1269' action plan.", "formation",
			"How the chain organisation was formed."),
			type(Segment, "chain", "A stage of a chain, numbered from upstream.", "position",
					"Place in the chain, 1 being the most upstream.", "components",
					"Parts the segment is made of, where the source lists them."),
			type(Enterprise, "enterprise", "A company on one or more chains.", "ownership", "Who owns the enterprise.",
					"chainLeader", "A chain leader (链主).", "specialisedSme",
					"A specialised, refined, distinctive and innovative SME (专精特新).", "city",
					"City, as the source gives it.", "district", "District or development zone.", "historical",
					"A historical enterprise with no current role."),
			type(University, "organization", "A university or college; its node also has the label Organization.",
					"city", "City.", "kind", "Kind of institution, as the source gives it.", "colleges",
					"Colleges and institutes it runs for the chains."),
			type(Institute, "organization",
					"A research institute or national platform; its node also has the label Organization.", "city",
					"City.", "kind", "Kind of institute, as the source gives it.", "colleges", "Colleges it runs."),
			type(Department, "organization", "A government department that takes enterprise demands.", "city", "City.",
					"kind", "Kind of body."),
			type(Consortium, "consortium",
					"An industrial-chain science and technology innovation consortium (科技创新联合体).", "founded",
					"When it was founded, as the source gives it."),
			type(Expert, "expert", "A person on a consortium's expert advisory committee.", "title",
					"Professional title.", "academician",
					"The academy the expert is an academician of; null for one who is not."),
			type(Publication, "expert", "A paper, patent or standard: evidence of expertise.", "kind",
					"What kind of publication it is.", "title", "Title in Chinese.", "titleEn", "Title in English.",
					"abstract", "Abstract in Chinese.", "abstractEn", "Abstract in English.", "year",
					"Year of publication or filing.", "venue", "Journal, conference or patent office."),
			type(Technology, "technology",
					"A node of the technology taxonomy: a domain, a key common technology or a chokepoint.", "kind",
					"What the technology is to its chain."),
			type(Challenge, "challenge",
					"An open competition for a bottleneck technology: 揭榜挂帅 (one winner) or a horse race 赛马 (several teams funded in parallel).",
					"mode", "How the winner is chosen.", "status", "Where the challenge stands.", "budget",
					"Budget in yuan.", "deadline", "Last day to apply, ISO-8601.", "maxPartners",
					"Partners a team may have besides its lead.", "postedAt", "When it was posted, ISO-8601.",
					"requireCoverage", "Whether a team must cover every targeted technology."),
			type(Team, "challenge", "A task force or a team applying to a challenge."),
			type(Achievement, "challenge", "A result: a breakthrough, an award, a project, a rating.", "year", "Year.",
					"kind", "What kind of result it is."),
			type(PartyOrganization, "party", "A party organisation of a chain, an enterprise or a task force.", "kind",
					"What kind of organisation it is.", "secretaryName",
					"Name of its secretary, where a source gives it."),
			type(Demand, "demand",
					"An enterprise's request: raised by the enterprise (企业点单), dispatched by the chain committee (派单), taken by a department (接单).",
					"kind", "What the enterprise asks for.", "status", "Where the demand stands.", "raisedAt",
					"When it was raised, ISO-8601.", "dispatchedAt", "When it was dispatched.", "acceptedAt",
					"When a department took it.", "resolvedAt", "When it was resolved."),
			type(City, "place", "A prefecture-level city of Jiangxi.", "adminCode", "GB/T 2260 code.", "platePrefix",
					"Licence-plate prefix."),
			type(ReportedFigure, "source",
					"A figure a source reports but the graph cannot count, kept apart from counted figures.", "value",
					"The figure.", "unit", "Its unit.", "year", "Year it refers to.", "scope",
					"PROVINCE for a province-wide figure; null for one about its subjects alone.", "sourceNote",
					"Where it was reported."),
			type(Source, "source", "A public page a fact was taken from.", "url",
					"Address of the page; null where none is known, and for removed spam (kind SPAM_REMOVED).", "what",
					"What the page says, and which outlet it mirrors.", "kind", "What kind of page it is.", "outlet",
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
					"Pilot and other chains under this key chain.", "confidence",
					"How well the sources support the link."),
			rel(HAS_SEGMENT, "segments", "The chain's segments, upstream first.", "chains",
					"The chain this segment belongs to."),
			rel(FEEDS, "feeds", "The next segment downstream.", "fedBy", "The segment upstream of this one."),
			rel(OPERATES_IN, "segments", "Segments the enterprise works in.", "enterprises",
					"Enterprises working in this segment."),
			rel(LEADS, "ledChains", "Chains this enterprise leads (链主).", "leaders",
					"The chain's leading enterprises (链主)."),
			rel(SUPPLIES, "customers", "Enterprises this one supplies.", "suppliers",
					"Enterprises that supply this one.", "product", "What is supplied."),
			rel(SERVES, "chains", "Chains the consortium serves.", "consortia", "Consortia serving this chain."),
			rel(MEMBER_OF, "consortia", "Consortia this is a member of, with the role.", "members",
					"Member enterprises, universities and institutes, with their role.", "role",
					"The member's role in the consortium."),
			rel(AFFILIATED_WITH, "affiliations", "Where the expert works.", "experts", "Experts who work here."),
			rel(HOSTED_BY, "hosts", "The university or enterprise hosting this institute.", "hostedInstitutes",
					"Institutes hosted here."),
			rel(ADVISES, "advisedConsortia", "Consortia whose advisory committee the expert sits on, with the role.",
					"advisers", "The expert advisory committee, with roles.", "role",
					"The expert's role on the advisory committee."),
			rel(EXPERT_IN, "expertise", "Technologies the expert knows, with the level (1 to 5).", "experts",
					"Experts in this technology, with their level.", "level",
					"The expert's level: 1 (some knowledge) to 5 (the field's leading expert)."),
			rel(AUTHORED, "publications", "Papers, patents and standards by the expert.", "authors", "The authors."),
			rel(ABOUT, "technologies", "Technologies the publication is about.", "publications",
					"Publications about this technology."),
			rel(CITES, "cites", "Publications this one cites.", "citedBy", "Publications citing this one."),
			rel(PART_OF, "parents", "The broader technology above this one in the taxonomy.", "children",
					"Narrower technologies below this one."),
			rel(BOTTLENECK_OF, "bottleneckOf",
					"Chains and segments this technology is a bottleneck of, with the severity.", "bottlenecks",
					"Bottleneck technologies (卡脖子 or key common), with their severity.", "severity",
					"How severe the bottleneck is: 1 (least) to 5 (most)."),
			rel(POSTED, "postedChallenges", "Challenges posted.", "posters", "Who posted the challenge."),
			rel(TARGETS, "targets", "Technologies the challenge targets.", "challenges",
					"Challenges targeting this technology."),
			rel(ON_CHAIN, "chains", "The chain the challenge is on.", "challenges", "Challenges on this chain."),
			rel(APPLIED_TO, "applications", "Challenges the team applied to, with the application's status.",
					"applicants", "Teams that applied, with the status of each application.", "status",
					"Where the application stands."),
			rel(MEMBER_OF_TEAM, "teams", "Teams this is a member of, with the role.", "members",
					"The team's lead and partners.", "role", "The member's role in the team."),
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
					"Organisations that paired with this one.", "since", "Since when, ISO-8601."),
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

	/** Doc of the Organization interface. */
	static final String ORGANIZATION = "An enterprise, a university or a research institute: the fields the three share.";

	/**
	 * Docs of the enums whose value set {@link ModelValues} shares; every other enum has
	 * its property's doc.
	 */
	static final Map<String, String> ENUMS = ordered("Confidence",
			"How well the sources support a record or a link; the kinds of its sources set the ceiling.",
			"ChallengeStatus",
			"Where a challenge stands: OPEN → SHORTLISTING → (FUNDED for a horse race) → AWARDED → CLOSED.",
			"DemandStatus", "Where a demand stands: RAISED → DISPATCHED → ACCEPTED → RESOLVED.", "WorkflowStatus",
			"A status a step of a workflow moved a challenge or a demand to.", "ApplicationStatus",
			"Where a team's application to a challenge stands; the challenge's moves set it.");

	private static final Map<String, String> CHALLENGE_STATUSES = ordered("OPEN",
			"Posted, taking applications until its deadline.", "SHORTLISTING",
			"Applications closed; some teams are shortlisted, the others declined.", "FUNDED",
			"A horse race whose two or three shortlisted teams are funded in parallel.", "AWARDED",
			"Awarded to one team.", "CLOSED",
			"Closed: after its award, by a coordinator, or by the system once its deadline passed while OPEN.");

	private static final Map<String, String> DEMAND_STATUSES = ordered("RAISED", "Raised by the enterprise (企业点单).",
			"DISPATCHED", "Dispatched by the chain committee (派单) to a department or to experts.", "ACCEPTED",
			"Taken by the department or one of the experts (接单).", "RESOLVED", "Met.");

	/** Docs of every enum's values, by enum and stored value. */
	static final Map<String, Map<String, String>> VALUES = values("Confidence",
			ordered("high",
					"An official, media, trade or encyclopedia source supports it, or the seed article states it.",
					"medium", "At best a mirror that names a reputable outlet supports it.", "low",
					"Nothing better: no source, only removed spam, or a reason its notes give."),
			"ChainFormation",
			ordered("CITY_LED", "Led by a city.", "LEADER_SOE_LED",
					"Led by the chain's leading state-owned enterprise.", "ASSOCIATION_LED",
					"Led by an industry association."),
			"EnterpriseOwnership",
			ordered("SOE", "State-owned.", "PRIVATE", "Privately owned.", "FOREIGN",
					"Foreign-owned or foreign-invested."),
			"ExpertAcademician",
			ordered("CAS", "Academician of the Chinese Academy of Sciences.", "CAE",
					"Academician of the Chinese Academy of Engineering."),
			"TechnologyKind",
			ordered("DOMAIN", "The technology domain of a chain: the root of its taxonomy.", "CHOKEPOINT",
					"A chokepoint (卡脖子): a technology the chain depends on others for.", "KEY_COMMON",
					"A key common technology (关键共性技术) that many enterprises of the chain need.", "FRONTIER",
					"A frontier technology, in research or demonstration.", "RESOLVED_BOTTLENECK",
					"A former bottleneck that has been overcome.", "HISTORICAL",
					"A technology of the chain's past, no longer a current concern."),
			"PublicationKind",
			ordered("PAPER", "A journal or conference paper.", "PATENT", "A patent or patent application.", "STANDARD",
					"A standard."),
			"ChallengeMode",
			ordered("OPEN_COMPETITION", "揭榜挂帅: one shortlisted team is awarded.", "HORSE_RACE",
					"赛马: two or three shortlisted teams are funded in parallel, then one is awarded."),
			"ChallengeStatus", CHALLENGE_STATUSES, "AchievementKind", ordered("BREAKTHROUGH",
					"A technical breakthrough.", "AWARD", "An award or prize.", "PROJECT", "A project.", "RATING",
					"A rating or an assessment.", "CHALLENGE_WON", "The result of a challenge the achiever won."),
			"PartyOrganizationKind",
			ordered("GUIDANCE_COMMITTEE", "A chain's party-building guidance committee.", "CHAIN_COMMITTEE",
					"A chain's party committee (产业链党委), which dispatches its demands.", "COMMITTEE",
					"The party committee of an enterprise or a task force.", "BRANCH", "A party branch.",
					"GUIDANCE_STATION", "A party-building guidance station."),
			"DemandKind",
			ordered("TECHNOLOGY", "A technical problem; experts may take it as well as departments.", "TALENT",
					"People to hire or train.", "FINANCING", "Funding or credit.", "LAND", "Land or premises.",
					"MARKET", "Markets and customers.", "POLICY", "A policy question or support."),
			"DemandStatus", DEMAND_STATUSES, "ReportedFigureScope", ordered("PROVINCE", "The figure is province-wide."),
			"SourceKind",
			ordered("official", "A page of a government, university, institute or company, or a filing.", "media",
					"State or provincial media, or an established portal.", "trade", "Industry media.", "encyclopedia",
					"An encyclopedia.", "mirror",
					"A third-party copy of another outlet's text; outlet names that outlet.", "spam-removed",
					"The copy was on a spam host: its url was deleted, its outlet kept."),
			"WorkflowStatus", concat(CHALLENGE_STATUSES, DEMAND_STATUSES), "MemberOfRole",
			ordered("LEAD", "Leads the consortium.", "MEMBER", "A member."), "AdvisesRole",
			ordered("CHAIR", "Chairs the advisory committee.", "MEMBER", "Sits on the advisory committee."),
			"ApplicationStatus",
			ordered("APPLIED", "Applied; no decision yet.", "SHORTLISTED", "Shortlisted when applications closed.",
					"FUNDED", "Funded in a horse race.", "AWARDED", "Awarded the challenge.", "DECLINED",
					"Not shortlisted, funded or awarded."),
			"MemberOfTeamRole", ordered("LEAD", "Leads the team.", "PARTNER", "A partner of the lead."));

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

	private static Map<String, Map<String, String>> values(Object... pairs) {
		Map<String, Map<String, String>> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			@SuppressWarnings("unchecked")
			Map<String, String> docs = (Map<String, String>) pairs[i + 1];
			values.put((String) pairs[i], docs);
		}
		return Collections.unmodifiableMap(values);
	}

	private static Map<String, String> concat(Map<String, String> first, Map<String, String> second) {
		Map<String, String> both = new LinkedHashMap<>(first);
		both.putAll(second);
		return Collections.unmodifiableMap(both);
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
