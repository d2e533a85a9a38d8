// Technologies whose names, aliases or descriptions match free text, with Lucene's score.
// entity_text also holds experts, achievements, teams and figures (V0007) that share a
// technology's words, so the technologies are taken from a deeper look.
CALL db.index.fulltext.queryNodes('entity_text', $q, {limit: 200}) YIELD node, score
WHERE node:Technology
RETURN node.id AS id, score
ORDER BY score DESC
LIMIT 10
