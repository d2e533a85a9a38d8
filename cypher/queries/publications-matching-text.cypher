// Publications whose titles or abstracts match free text, with Lucene's score.
CALL db.index.fulltext.queryNodes('publication_text', $q, {limit: 200}) YIELD node, score
RETURN node.id AS id, score
