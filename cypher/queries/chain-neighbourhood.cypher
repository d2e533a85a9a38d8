// Which nodes belong to the neighbourhood of one chain, so that it can be exported and imported on
// its own: the chain, its segments, the enterprises on them, the consortia serving it with their
// members and experts, its bottleneck technologies and the taxonomy above them, the experts'
// publications, its challenges with their teams, its party organisations, the demands of its
// enterprises, and the cities, figures and sources of all of these; challenges and demands come
// with their workflow history, which an import requires of any that moved past their first status.
MATCH (c:Chain {id: $chain})
CALL (c) {
  OPTIONAL MATCH (c)-[:SUB_CHAIN_OF]->(p:Chain)
  RETURN collect(p) AS parents
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_SEGMENT]->(s:Segment)
  RETURN collect(s) AS segments
}
CALL (c, segments) {
  OPTIONAL MATCH (e:Enterprise)-[:OPERATES_IN|LEADS]->(x)
  WHERE x = c OR x IN segments
  RETURN collect(DISTINCT e) AS enterprises
}
CALL (c) {
  OPTIONAL MATCH (k:Consortium)-[:SERVES]->(c)
  RETURN collect(k) AS consortia
}
CALL (consortia) {
  UNWIND consortia AS k
  MATCH (m)-[:MEMBER_OF]->(k)
  RETURN collect(DISTINCT m) AS members
}
WITH c, parents, segments, consortia, enterprises + [m IN members WHERE NOT m IN enterprises] AS organisations
CALL (consortia, organisations) {
  UNWIND consortia AS k
  MATCH (x:Expert)-[:ADVISES]->(k)
  RETURN collect(DISTINCT x) AS advisers
}
CALL (organisations) {
  UNWIND organisations AS o
  MATCH (x:Expert)-[:AFFILIATED_WITH]->(o)
  RETURN collect(DISTINCT x) AS staff
}
WITH c, parents, segments, consortia, organisations, advisers + [x IN staff WHERE NOT x IN advisers] AS experts
CALL (c, segments, experts) {
  OPTIONAL MATCH (t:Technology)-[:BOTTLENECK_OF]->(x)
  WHERE x = c OR x IN segments
  WITH collect(DISTINCT t) AS bottlenecks
  CALL (experts) {
    UNWIND experts AS x
    MATCH (x)-[:EXPERT_IN]->(t:Technology)
    RETURN collect(DISTINCT t) AS known
  }
  UNWIND bottlenecks + known AS t
  MATCH (t)-[:PART_OF*0..]->(a:Technology)
  RETURN collect(DISTINCT a) AS technologies
}
CALL (experts) {
  UNWIND experts AS x
  MATCH (x)-[:AUTHORED]->(p:Publication)
  RETURN collect(DISTINCT p) AS publications
}
CALL (c) {
  OPTIONAL MATCH (ch:Challenge)-[:ON_CHAIN]->(c)
  OPTIONAL MATCH (poster)-[:POSTED]->(ch)
  OPTIONAL MATCH (t:Team)-[:APPLIED_TO]->(ch)
  OPTIONAL MATCH (member)-[:MEMBER_OF_TEAM]->(t)
  RETURN collect(DISTINCT ch) + collect(DISTINCT poster) + collect(DISTINCT t) + collect(DISTINCT member) AS challenges
}
CALL (c, organisations) {
  OPTIONAL MATCH (g:PartyOrganization)-[:GUIDES]->(c)
  OPTIONAL MATCH (g)-[:LINKS]->(linked:PartyOrganization)
  WITH collect(DISTINCT g) + collect(DISTINCT linked) AS guiding
  CALL (organisations) {
    UNWIND organisations AS o
    MATCH (o)-[:HAS_ORGANIZATION]->(own:PartyOrganization)
    RETURN collect(DISTINCT own) AS own
  }
  RETURN guiding + own AS party
}
CALL (organisations) {
  UNWIND organisations AS o
  MATCH (o)-[:RAISED]->(d:Demand)
  OPTIONAL MATCH (dept:Department)-[:ACCEPTED]->(d)
  RETURN collect(DISTINCT d) + collect(DISTINCT dept) AS demands
}
WITH [c] + parents + segments + consortia + organisations + experts + technologies + publications + challenges
  + party + demands AS core
CALL (core) {
  UNWIND core AS n
  MATCH (n)-[:ACHIEVED|HAS_ORGANIZATION]->(a:Achievement|PartyOrganization)
  RETURN collect(DISTINCT a) AS owned
}
WITH core + owned AS core
CALL (core) {
  UNWIND core AS n
  MATCH (n)-[:LOCATED_IN]->(city:City)
  RETURN collect(DISTINCT city) AS cities
}
CALL (core) {
  UNWIND core AS n
  MATCH (f:ReportedFigure)-[:REPORTED_FOR]->(n)
  RETURN collect(DISTINCT f) AS figures
}
WITH core + cities + figures AS nodes
CALL (nodes) {
  UNWIND nodes AS n
  MATCH (n)-[:SOURCED_FROM]->(s:Source)
  RETURN collect(DISTINCT s) AS sources
}
CALL (nodes) {
  UNWIND nodes AS n
  MATCH (n)-[:HAS_STATUS_CHANGE]->(h:StatusChange)
  RETURN collect(DISTINCT h) AS history
}
UNWIND nodes + sources + history AS n
RETURN collect(DISTINCT n.id) AS ids
