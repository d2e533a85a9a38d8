// Bottleneck technologies ranked by how far the demand for experts outruns the supply.
// Demand: the worst severity of the bottleneck (1 to 5), plus 2 for every challenge still open on it,
// plus 1 for every unresolved enterprise demand concerning it.
// Supply: experts at level 3 or above in the technology or in any technology below it.
// Shortage = demand / (1 + supply).
MATCH (t:Technology)-[b:BOTTLENECK_OF]->(x)
WHERE $chain IS NULL OR x.id = $chain OR EXISTS { (:Chain {id: $chain})-[:HAS_SEGMENT]->(x) }
WITH t, max(b.severity) AS severity, collect(DISTINCT CASE WHEN x:Chain THEN x.id END) AS chainIds
CALL (t) {
  OPTIONAL MATCH (ch:Challenge)-[:TARGETS]->(t)
  WHERE ch.status IN ['OPEN', 'SHORTLISTING', 'FUNDED']
  RETURN count(DISTINCT ch) AS openChallenges
}
CALL (t) {
  OPTIONAL MATCH (d:Demand)-[:CONCERNS]->(t)
  WHERE d.status <> 'RESOLVED'
  RETURN count(DISTINCT d) AS openDemands
}
CALL (t) {
  OPTIONAL MATCH (e:Expert)-[k:EXPERT_IN]->(:Technology)-[:PART_OF*0..]->(t)
  WHERE k.level >= 3
  RETURN count(DISTINCT e) AS supply
}
WITH t, severity, chainIds, openChallenges, openDemands, supply,
     severity + 2 * openChallenges + openDemands AS demand
RETURN t {.*, labels: labels(t)} AS technology, chainIds, severity, openChallenges, openDemands, demand, supply,
       toFloat(demand) / (1 + supply) AS shortage
ORDER BY shortage DESC, technology.id
LIMIT $limit
