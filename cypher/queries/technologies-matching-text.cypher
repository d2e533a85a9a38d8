// Technologies whose names, aliases or descriptions match free text, with Lucene's score.
CALL db.index.fulltext.queryNodes('entity_text', $q, {limit: 50}) YIELD node, score
WHERE node:Technology
RETURN node.id AS id, score
ORDER BY score DESC
LIMIT 10
