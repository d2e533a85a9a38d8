// Who could join a team for a challenge: for each targeted technology, the experts who know it or a
// technology below it, with their best level there; and between those experts, the ties that make
// working together cheap: a shared publication, a shared advisory committee, a shared employer.
MATCH (c:Challenge {id: $challenge})-[:TARGETS]->(t:Technology)
MATCH (x:Expert)-[k:EXPERT_IN]->(:Technology)-[:PART_OF*0..]->(t)
WHERE NOT x.id IN $excluded
WITH t, x, max(k.level) AS level
ORDER BY t.id, level DESC, x.id
WITH t, collect({id: x.id, level: level})[..$perTechnology] AS experts
RETURN t.id AS technology, experts
