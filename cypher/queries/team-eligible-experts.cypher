// Everyone who could be proposed for a challenge: the experts who know one of its targets or a
// technology below it. Their conflicts with the challenge are what teamsFor reads, rather than
// those of every expert in the graph.
MATCH (c:Challenge {id: $challenge})-[:TARGETS]->(t:Technology)
MATCH (x:Expert)-[:EXPERT_IN]->(:Technology)-[:PART_OF*0..]->(t)
RETURN collect(DISTINCT x.id) AS experts
