// What the text linker needs besides names: the taxonomy (PART_OF) and which chains a technology or
// a segment belongs to (BOTTLENECK_OF a chain or one of its segments, HAS_SEGMENT).
MATCH (t:Technology)-[:PART_OF]->(p:Technology)
RETURN 'PART_OF' AS kind, t.id AS from, p.id AS to
UNION ALL
MATCH (t:Technology)-[:BOTTLENECK_OF]->(c:Chain)
RETURN 'CHAIN' AS kind, t.id AS from, c.id AS to
UNION ALL
MATCH (t:Technology)-[:BOTTLENECK_OF]->(:Segment)<-[:HAS_SEGMENT]-(c:Chain)
RETURN 'CHAIN' AS kind, t.id AS from, c.id AS to
UNION ALL
MATCH (c:Chain)-[:HAS_SEGMENT]->(s:Segment)
RETURN 'CHAIN' AS kind, s.id AS from, c.id AS to
