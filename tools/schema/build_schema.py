#!/usr/bin/env python3
"""Writes the node types of the GraphQL schema, one .graphqls file per concept, from the model.

The model (labels, properties, relationship types) lives in graph/NodeLabel.java and
graph/RelType.java; this script holds what the schema adds to it: field names for both directions
of every relationship, and the doc strings. Run it after changing the model, then review the diff:

    python3 tools/schema/build_schema.py src/main/resources/graphql

GraphReadsSchemaTests checks that every relationship type has its fields in both directions.
The maximum length of each string property is read from the Java model itself (NodeLabel.java and
MaxLength.java), so that it is declared once; ModelLimitsTests checks the doc strings against it.
"""
import os
import re
import sys

GRAPH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "main", "java", "io",
                     "chaingraph", "graph")


def model_limits():
    """{label: {property: max characters}} as NodeLabel.java declares them, common properties included."""
    with open(os.path.join(GRAPH, "MaxLength.java"), encoding="utf-8") as f:
        consts = {name: int(value) for name, value in re.findall(r"public static final int (\w+) = (\d+);", f.read())}
    with open(os.path.join(GRAPH, "NodeLabel.java"), encoding="utf-8") as f:
        src = f.read()

    def limits(args):
        tokens = re.findall(r'"(\w+)"|\b([A-Z][A-Z_]*)\b', args)
        found, name = {}, None
        for quoted, word in tokens:
            if quoted:
                name = quoted
            elif word in consts and name is not None:
                found[name] = consts[word]
        return found

    common = limits(re.search(r"private static Declared common\(\) \{(.*?)\}", src, re.S).group(1))
    body = src[src.index("public enum NodeLabel {"):src.index("/** Properties every node may have. */")]
    result = {}
    for m in re.finditer(r"^\t([A-Z]\w*)(\(|[,;])", body, re.M):
        result[m.group(1)] = dict(common, **limits(arguments(body, m.end()) if m.group(2) == "(" else ""))
    return result


def arguments(src, start):
    """The text between the parenthesis opened just before start and the one that closes it; the
    declarations nest calls such as oneOf("A", "B") and range(1, 5)."""
    depth, i, quoted = 1, start, False
    while depth:
        c = src[i]
        if c == '"' and src[i - 1] != "\\":
            quoted = not quoted
        elif not quoted:
            depth += {"(": 1, ")": -1}.get(c, 0)
        i += 1
    return src[start:i - 1]


LIMITS = model_limits()


def with_limit(doc, label, name, t):
    limit = LIMITS[label].get(name)
    if not limit:
        return doc
    return f"{doc} At most {limit} characters{' each' if t.startswith('[') else ''}."

COMMON = [
    ("id", "ID!", "Stable unique id."),
    ("name", "String", "Name in Chinese."),
    ("nameEn", "String", "Name in English."),
    ("aliases", "[String!]", "Other names, in either language."),
    ("description", "String", "What it is, in Chinese and English."),
    ("synthetic", "Boolean!", "True when the record was generated to fill a published count, not taken from a source."),
    ("confidence", "String", "How well the sources support the record: high, medium or low."),
    ("notes", "String", "Caveats about the record."),
]

KIND = {"STRING": "String", "INTEGER": "Int", "FLOAT": "Float", "BOOLEAN": "Boolean", "DATE": "String",
        "DATETIME": "String", "STRING_LIST": "[String!]"}

# label -> (concept file, description, [(property, kind, description)])
TYPES = {
    "Chain": ("chain", "An industrial chain: one of the 12 key chains of the '1269' plan, a pilot chain under one of them, or another chain the sources name.", [
        ("pilot", "BOOLEAN", "One of the eight party-building pilot chains."),
        ("keyChain", "BOOLEAN", "One of the 12 key chains of the '1269' action plan."),
        ("formation", "STRING", "How the chain organisation was formed: CITY_LED, LEADER_SOE_LED or ASSOCIATION_LED.")]),
    "Segment": ("chain", "A stage of a chain, numbered from upstream.", [
        ("position", "INTEGER", "Place in the chain, 1 being the most upstream."),
        ("components", "STRING_LIST", "Parts the segment is made of, where the source lists them.")]),
    "Enterprise": ("enterprise", "A company on one or more chains.", [
        ("ownership", "STRING", "SOE, PRIVATE or FOREIGN."),
        ("chainLeader", "BOOLEAN", "A chain leader (链主)."),
        ("specialisedSme", "BOOLEAN", "A specialised, refined, distinctive and innovative SME (专精特新)."),
        ("city", "STRING", "City, as the source gives it."),
        ("district", "STRING", "District or development zone."),
        ("historical", "BOOLEAN", "A historical enterprise with no current role.")]),
    "University": ("organization", "A university or college; also an Organization.", [
        ("city", "STRING", "City."), ("kind", "STRING", "Kind of institution, as the source gives it."),
        ("colleges", "STRING_LIST", "Colleges and institutes it runs for the chains.")]),
    "Institute": ("organization", "A research institute or national platform; also an Organization.", [
        ("city", "STRING", "City."), ("kind", "STRING", "Kind of institute, as the source gives it."),
        ("colleges", "STRING_LIST", "Colleges it runs.")]),
    "Department": ("organization", "A government department that takes enterprise demands.", [
        ("city", "STRING", "City."), ("kind", "STRING", "Kind of body.")]),
    "Consortium": ("consortium", "An industrial-chain science and technology innovation consortium (科技创新联合体).", [
        ("founded", "STRING", "When it was founded, as the source gives it.")]),
    "Expert": ("expert", "A person on a consortium's expert advisory committee.", [
        ("title", "STRING", "Professional title."),
        ("academician", "STRING", "CAS or CAE for an academician; null otherwise.")]),
    "Publication": ("expert", "A paper, patent or standard: evidence of expertise.", [
        ("kind", "STRING", "PAPER, PATENT or STANDARD."), ("title", "STRING", "Title in Chinese."),
        ("titleEn", "STRING", "Title in English."), ("abstract", "STRING", "Abstract in Chinese."),
        ("abstractEn", "STRING", "Abstract in English."), ("year", "INTEGER", "Year of publication or filing."),
        ("venue", "STRING", "Journal, conference or patent office.")]),
    "Technology": ("technology", "A node of the technology taxonomy: a domain, a key common technology or a chokepoint.", [
        ("kind", "STRING", "DOMAIN, CHOKEPOINT, KEY_COMMON, FRONTIER, RESOLVED_BOTTLENECK or HISTORICAL.")]),
    "Challenge": ("challenge", "An open competition for a bottleneck technology: 揭榜挂帅 (one winner) or a horse race 赛马 (several teams funded in parallel).", [
        ("mode", "STRING", "OPEN_COMPETITION or HORSE_RACE."), ("status", "STRING", "Where the challenge stands."),
        ("budget", "INTEGER", "Budget in yuan."), ("deadline", "DATE", "Last day to apply, ISO-8601."),
        ("maxPartners", "INTEGER", "Partners a team may have besides its lead."),
        ("postedAt", "DATETIME", "When it was posted, ISO-8601."),
        ("requireCoverage", "BOOLEAN", "Whether a team must cover every targeted technology.")]),
    "Team": ("challenge", "A task force or a team applying to a challenge.", []),
    "Achievement": ("challenge", "A result: a breakthrough, an award, a project, a rating.", [
        ("year", "INTEGER", "Year."), ("kind", "STRING", "BREAKTHROUGH, AWARD, PROJECT, RATING or CHALLENGE_WON.")]),
    "PartyOrganization": ("party", "A party organisation of a chain, an enterprise or a task force.", [
        ("kind", "STRING", "GUIDANCE_COMMITTEE, CHAIN_COMMITTEE, COMMITTEE, BRANCH or GUIDANCE_STATION."),
        ("secretaryName", "STRING", "Name of its secretary, where a source gives it.")]),
    "Demand": ("demand", "An enterprise's request: raised by the enterprise (企业点单), dispatched by the chain committee (派单), taken by a department (接单).", [
        ("kind", "STRING", "TECHNOLOGY, TALENT, FINANCING, LAND, MARKET or POLICY."),
        ("status", "STRING", "RAISED, DISPATCHED, ACCEPTED or RESOLVED."),
        ("raisedAt", "DATETIME", "When it was raised, ISO-8601."), ("dispatchedAt", "DATETIME", "When it was dispatched."),
        ("acceptedAt", "DATETIME", "When a department took it."), ("resolvedAt", "DATETIME", "When it was resolved.")]),
    "City": ("place", "A prefecture-level city of Jiangxi.", [
        ("adminCode", "STRING", "GB/T 2260 code."), ("platePrefix", "STRING", "Licence-plate prefix.")]),
    "ReportedFigure": ("source", "A figure a source reports but the graph cannot count, kept apart from counted figures.", [
        ("value", "FLOAT", "The figure."), ("unit", "STRING", "Its unit."), ("year", "INTEGER", "Year it refers to."),
        ("scope", "STRING", "PROVINCE for province-wide figures."), ("sourceNote", "STRING", "Where it was reported.")]),
    "StatusChange": ("challenge", "One step of a challenge's or a demand's workflow: who moved it to which status, and when.", [
        ("status", "STRING", "The status it moved to."), ("at", "DATETIME", "When, ISO-8601."),
        ("actor", "STRING", "Who made the change: the API key's name; null unless the viewer is COORDINATOR or ADMIN."), ("note", "STRING", "Why, in the actor's words.")]),
    "Source": ("source", "A public page a fact was taken from.", [
        ("url", "STRING", "Address of the page; null where none is known, and for removed spam (kind spam-removed)."),
        ("what", "STRING", "What the page says, and which outlet it mirrors."),
        ("kind", "STRING", "What kind of page: official, media, trade, encyclopedia, mirror (a third-party copy of "
                           "another outlet's text), or spam-removed (the copy was on a spam host; its url was deleted)."),
        ("outlet", "STRING", "The outlet that first published the text, where known; for a mirror, the outlet it copies.")]),
}

ORG = ["Enterprise", "University", "Institute"]
# (type, from labels, to labels, outgoing field, its doc, incoming field, its doc)
RELS = [
    ("SUB_CHAIN_OF", ["Chain"], ["Chain"], "parentChains", "The key chain this chain belongs to.", "subChains", "Pilot and other chains under this key chain."),
    ("HAS_SEGMENT", ["Chain"], ["Segment"], "segments", "The chain's segments, upstream first.", "chains", "The chain this segment belongs to."),
    ("FEEDS", ["Segment"], ["Segment"], "feeds", "The next segment downstream.", "fedBy", "The segment upstream of this one."),
    ("OPERATES_IN", ["Enterprise"], ["Segment"], "segments", "Segments the enterprise works in.", "enterprises", "Enterprises working in this segment."),
    ("LEADS", ["Enterprise"], ["Chain"], "ledChains", "Chains this enterprise leads (链主).", "leaders", "The chain's leading enterprises (链主)."),
    ("SUPPLIES", ["Enterprise"], ["Enterprise"], "customers", "Enterprises this one supplies.", "suppliers", "Enterprises that supply this one."),
    ("SERVES", ["Consortium"], ["Chain"], "chains", "Chains the consortium serves.", "consortia", "Consortia serving this chain."),
    ("MEMBER_OF", ORG, ["Consortium"], "consortia", "Consortia this is a member of, with the role.", "members", "Member enterprises, universities and institutes, with their role."),
    ("AFFILIATED_WITH", ["Expert"], ORG, "affiliations", "Where the expert works.", "experts", "Experts who work here."),
    ("HOSTED_BY", ["Institute"], ["University", "Enterprise"], "hosts", "The university or enterprise hosting this institute.", "hostedInstitutes", "Institutes hosted here."),
    ("ADVISES", ["Expert"], ["Consortium"], "advisedConsortia", "Consortia whose advisory committee the expert sits on, with the role.", "advisers", "The expert advisory committee, with roles."),
    ("EXPERT_IN", ["Expert"], ["Technology"], "expertise", "Technologies the expert knows, with the level (1 to 5).", "experts", "Experts in this technology, with their level."),
    ("AUTHORED", ["Expert"], ["Publication"], "publications", "Papers, patents and standards by the expert.", "authors", "The authors."),
    ("ABOUT", ["Publication"], ["Technology"], "technologies", "Technologies the publication is about.", "publications", "Publications about this technology."),
    ("CITES", ["Publication"], ["Publication"], "cites", "Publications this one cites.", "citedBy", "Publications citing this one."),
    ("PART_OF", ["Technology"], ["Technology"], "parents", "The broader technology above this one in the taxonomy.", "children", "Narrower technologies below this one."),
    ("BOTTLENECK_OF", ["Technology"], ["Chain", "Segment"], "bottleneckOf", "Chains and segments this technology is a bottleneck of, with the severity.", "bottlenecks", "Bottleneck technologies (卡脖子 or key common), with their severity."),
    ("POSTED", ["Enterprise", "Consortium"], ["Challenge"], "postedChallenges", "Challenges posted.", "posters", "Who posted the challenge."),
    ("TARGETS", ["Challenge"], ["Technology"], "targets", "Technologies the challenge targets.", "challenges", "Challenges targeting this technology."),
    ("ON_CHAIN", ["Challenge"], ["Chain"], "chains", "The chain the challenge is on.", "challenges", "Challenges on this chain."),
    ("APPLIED_TO", ["Team"], ["Challenge"], "applications", "Challenges the team applied to, with the application's status.", "applicants", "Teams that applied, with the status of each application."),
    ("MEMBER_OF_TEAM", ["Expert"] + ORG, ["Team"], "teams", "Teams this is a member of, with the role.", "members", "The team's lead and partners."),
    ("ACHIEVED", ["Team", "Enterprise", "Expert", "University", "Institute"], ["Achievement"], "achievements", "Results achieved.", "achievers", "Who achieved it."),
    ("ADVANCES", ["Achievement"], ["Technology"], "technologies", "Technologies the result advances.", "achievements", "Results advancing this technology."),
    ("GUIDES", ["PartyOrganization"], ["Chain"], "guidedChains", "Chains this organisation guides.", "partyOrganizations", "The chain's guidance committee and chain committee."),
    ("HAS_ORGANIZATION", ["Enterprise", "Team"], ["PartyOrganization"], "partyOrganizations", "Its own party organisations.", "hosts", "The enterprise or team this organisation belongs to."),
    ("LINKS", ["PartyOrganization"], ["PartyOrganization"], "links", "Organisations this chain committee links up.", "linkedBy", "Chain committees linking this organisation."),
    ("PAIRED_WITH", ["PartyOrganization"], ["PartyOrganization"], "pairedWith", "Organisations paired with this one (共建), with the date.", "pairedBy", "Organisations that paired with this one."),
    ("SUPPORTED", ["PartyOrganization"], ["Achievement"], "supported", "Results this organisation helped bring about.", "supporters", "Party organisations that helped."),
    ("RAISED", ["Enterprise"], ["Demand"], "demands", "Demands the enterprise raised.", "raisedBy", "The enterprise that raised it."),
    ("DISPATCHED", ["PartyOrganization"], ["Demand"], "dispatched", "Demands this chain committee dispatched.", "dispatchedBy", "The chain committee that dispatched it."),
    ("ACCEPTED", ["Department", "Expert"], ["Demand"], "accepted", "Demands this department or expert took.", "acceptedBy", "The department or expert that took it."),
    ("CONCERNS", ["Demand"], ["Technology"], "technologies", "Technologies a technology demand concerns.", "demands", "Demands concerning this technology."),
    ("LOCATED_IN", ORG + ["Department"], ["City"], "cities", "The city it is in.", "located", "Enterprises, universities, institutes and departments in the city."),
    ("REPORTED_FOR", ["ReportedFigure"], ["Chain", "City", "Enterprise", "Achievement", "Consortium", "PartyOrganization", "University", "Institute"], "subjects", "What the figure is about.", "reportedFigures", "Figures sources report about this, kept apart from counts."),
    ("SOURCED_FROM", [l for l in TYPES if l not in ("Source", "StatusChange")], ["Source"], "sources", "Public pages the record was taken from.", "cites", "Records taken from this page."),
    ("HAS_STATUS_CHANGE", ["Challenge", "Demand"], ["StatusChange"], "history", "Its workflow history, oldest first.", "subject", "The challenge or demand that changed."),
    ("DISPATCHED_TO", ["Demand"], ["Department", "Expert"], "dispatchedTo", "The department or experts the chain committee sent it to.", "dispatchedDemands", "Demands sent here by a chain committee."),
]

FILE_DOC = {
    "chain": "Industrial chains and their segments.", "enterprise": "Enterprises on the chains.",
    "organization": "Universities, research institutes and government departments.",
    "consortium": "Science and technology innovation consortia.", "expert": "Experts and their publications.",
    "technology": "The technology taxonomy.", "challenge": "Open competitions, teams and achievements.",
    "party": "Party organisations of the chains.", "demand": "Enterprise demands and their workflow.",
    "place": "Cities.", "source": "Sources and the figures they report.",
}


def plural(label):
    special = {"Technology": "technologies", "City": "cities", "PartyOrganization": "partyOrganizations",
               "Consortium": "consortia", "ReportedFigure": "reportedFigures", "Source": "sources",
               "Chain": "chains", "Segment": "segments", "Enterprise": "enterprises", "University": "universities",
               "Institute": "institutes", "Department": "departments", "Expert": "experts",
               "Publication": "publications", "Challenge": "challenges", "Team": "teams",
               "Achievement": "achievements", "Demand": "demands", "StatusChange": "statusChanges"}
    return special[label]


def lower(label):
    return label[0].lower() + label[1:]


def where_fields(label, props):
    lines = []
    common = [("id", "STRING", ""), ("name", "STRING", ""), ("nameEn", "STRING", ""), ("aliases", "STRING_LIST", "")]
    for name, kind, _ in common + props:
        t = KIND[kind]
        if kind == "STRING":
            lines.append((name, "ID" if name == "id" else "String", f"{name} equals this."))
            lines.append((f"{name}_in", "[ID!]" if name == "id" else "[String!]", f"{name} is one of these."))
            if name in ("name", "nameEn", "title", "titleEn"):
                lines.append((f"{name}_contains", "String", f"{name} contains this text, ignoring case."))
                lines.append((f"{name}_startsWith", "String", f"{name} starts with this text, ignoring case."))
        elif kind in ("INTEGER", "FLOAT"):
            lines.append((name, t, f"{name} equals this."))
            lines.append((f"{name}_gte", t, f"{name} is at least this."))
            lines.append((f"{name}_lte", t, f"{name} is at most this."))
        elif kind in ("DATE", "DATETIME"):
            lines.append((f"{name}_gte", "String", f"{name} is on or after this ISO-8601 value."))
            lines.append((f"{name}_lte", "String", f"{name} is on or before this ISO-8601 value."))
        elif kind == "BOOLEAN":
            lines.append((name, "Boolean", f"{name} is this."))
        elif kind == "STRING_LIST":
            lines.append((f"{name}_contains", "String", f"{name} has this element, ignoring case."))
    lines.append(("synthetic", "Boolean", "Generated (true) or from a source (false)."))
    if label == "Enterprise":
        lines.append(("onChain", "ID", "Works in a segment of this chain, or leads it."))
    if label == "Demand":
        lines.append(("onChain", "ID", "Raised by an enterprise working in a segment of this chain, or leading it."))
    lines.append(("related", "[RelatedFilter!]", "Related nodes it must have, for any relationship of the model: all must hold."))
    return lines


def order_fields(props):
    return ["id", "name", "nameEn"] + [n for n, k, _ in props if k in ("INTEGER", "FLOAT", "STRING") and n not in ("description",)]


def main(out):
    files = {}
    for label, (concept, doc, props) in TYPES.items():
        s = []
        s.append(f'"""\n{doc}\n"""\ntype {label} implements Node {{')
        for name, t, d in COMMON:
            s.append(f'  "{d}"\n  {name}: {t}')
        s.append('  "The node\'s labels in the graph."\n  labels: [String!]!')
        for name, kind, d in props:
            s.append(f'  "{d}"\n  {name}: {KIND[kind]}')
        for (t, frm, to, out_f, out_d, in_f, in_d) in RELS:
            if label in frm:
                s.append(rel_field(out_f, out_d, t, "OUT"))
            if label in to:
                s.append(rel_field(in_f, in_d, t, "IN"))
        s.append("}\n")
        s.append(f'"""\nFilters for {plural(label)}; all given conditions must hold.\n"""\ninput {label}Where {{')
        for name, t, d in where_fields(label, props):
            s.append(f'  "{d}"\n  {name}: {t}')
        s.append("}\n")
        s.append(f'"""\nWhat {plural(label)} can be ordered by; ties are broken by id.\n"""\nenum {label}OrderField {{')
        for name in dict.fromkeys(order_fields(props)):
            s.append(f'  "Order by {name}."\n  {name}')
        s.append("}\n")
        s.append(f'"""\nOne ordering of {plural(label)}.\n"""\ninput {label}Order {{\n  "The field."\n  field: {label}OrderField!\n  "Ascending unless DESC."\n  direction: SortDirection = ASC\n}}\n')
        s.append(f'"""\nA page of {plural(label)} (Relay connection).\n"""\ntype {label}Connection {{\n  "The page\'s edges."\n  edges: [{label}Edge!]!\n  "Where the page stands."\n  pageInfo: PageInfo!\n  "All matching {plural(label)}, counted only when asked for."\n  totalCount: Int!\n}}\n')
        s.append(f'"""\nOne {lower(label)} in a page.\n"""\ntype {label}Edge {{\n  "Opaque cursor of this edge, for after."\n  cursor: String!\n  "The {lower(label)}."\n  node: {label}!\n}}\n')
        files.setdefault(concept, []).append("\n".join(s))
        q = (f'extend type Query {{\n  "One {lower(label)} by id; null with a NOT_FOUND error when there is none."\n'
             f'  {lower(label)}(\n    "Its id."\n    id: ID!\n  ): {label} @byId\n'
             f'  "{plural(label)[0].upper() + plural(label)[1:]}, filtered, ordered and paginated."\n'
             f'  {plural(label)}(\n{PAGE_ARGS}'
             f'    "Conditions the {plural(label)} must meet."\n    where: {label}Where\n'
             f'    "Ordering; by id when omitted. Only the first entry is used; ties are broken by id."\n    orderBy: [{label}Order!]\n'
             f'  ): {label}Connection! @page\n}}\n')
        files[concept].append(q)
    os.makedirs(out, exist_ok=True)
    for concept, parts in files.items():
        with open(os.path.join(out, f"{concept}.graphqls"), "w", encoding="utf-8") as f:
            f.write(f"# {FILE_DOC[concept]} Written by tools/schema/build_schema.py from the model.\n\n")
            f.write("\n".join(parts))
    curation(out)


# Properties the workflows own: curation may not set them.
WORKFLOW_OWNED = {"Challenge": {"status", "postedAt"},
                  "Demand": {"status", "raisedAt", "dispatchedAt", "acceptedAt", "resolvedAt"}}


def curation(out):
    """Writes curation.graphqls: create, update and delete for every label but StatusChange."""
    s = ["# Curation: create, update and delete every node type, for coordinators. Written by",
         "# tools/schema/build_schema.py from the model.\n"]
    mutations = []
    for label, (concept, doc, props) in TYPES.items():
        if label == "StatusChange":
            continue
        owned = WORKFLOW_OWNED.get(label, set())
        fields = [(n, t.rstrip("!"), d) for n, t, d in COMMON] + [(n, KIND[k], d) for n, k, d in props if n not in owned]
        create = [f'"""\nA new {lower(label)}. Creating the same id again with the same values changes nothing.\n"""',
                  f"input Create{label}Input {{"]
        for name, t, d in fields:
            t = "ID!" if name == "id" else ("String!" if name == "name" else t)
            create.append(f'  "{with_limit(d, label, name, t)}"\n  {name}: {t}')
        create.append("}\n")
        update = [f'"""\nChanges to a {lower(label)}: a field left out stays as it is, a field set to null is removed.\n"""',
                  f"input Update{label}Input {{"]
        for name, t, d in fields:
            if name != "id":
                update.append(f'  "{with_limit(d, label, name, t)}"\n  {name}: {t}')
        update.append("}\n")
        payload = [f'"""\nA {lower(label)} after a change.\n"""', f"type Curated{label}Payload {{",
                   f'  "The {lower(label)} as it is now."\n  {lower(label)}: {label}!',
                   '  "False when the request changed nothing (the same create again, or an update to the same values)."\n  changed: Boolean!', "}\n"]
        # A challenge or demand starts with its workflow's first move (postChallenge,
        # raiseDemand), which records its status and history; curation only changes it.
        posted = label in WORKFLOW_OWNED
        s += ([] if posted else create) + update + payload
        if not posted:
            mutations.append(f'  "Creates a {lower(label)} (COORDINATOR)."\n  create{label}(\n    "Its properties."\n    input: Create{label}Input!\n  ): Curated{label}Payload')
        mutations.append(f'  "Changes a {lower(label)}\'s properties (COORDINATOR)."\n  update{label}(\n    "Its id."\n    id: ID!\n    "What changes."\n    input: Update{label}Input!\n  ): Curated{label}Payload')
        mutations.append(f'  "Deletes a {lower(label)} (COORDINATOR); one with relationships needs detach: true."\n  delete{label}(\n    "Its id."\n    id: ID!\n    "Also delete its relationships."\n    detach: Boolean = false\n  ): DeletePayload')
    s.append("extend type Mutation {\n" + "\n".join(mutations) + "\n}\n")
    with open(os.path.join(out, "curation.graphqls"), "w", encoding="utf-8") as f:
        f.write("\n".join(s))


# Relay's page arguments, the same on every connection: no default for first, so that a
# field can tell "not given" (20 from the start, or last) from first: 20.
PAGE_ARGS = ('    "The first n edges of the window (at most 100); 20 when neither first nor last is given."\n'
             '    first: Int\n'
             '    "Cursor of the edge after which the window starts."\n    after: String\n'
             '    "The last n edges of the window (at most 100), still in ascending order; not with first."\n'
             '    last: Int\n'
             '    "Cursor of the edge before which the window ends."\n    before: String\n')


def rel_field(name, doc, type_, direction):
    return (f'  "{doc} ({type_}, {"outgoing" if direction == "OUT" else "incoming"})"\n'
            f'  {name}(\n{PAGE_ARGS}  ): RelatedConnection! @relationship(type: {type_}, direction: {direction})')


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/graphql")
