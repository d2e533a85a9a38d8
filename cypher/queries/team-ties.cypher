// Ties between candidate team members: co-authors, fellow advisers of a consortium, colleagues.
UNWIND $experts AS aid
MATCH (a:Expert {id: aid})
CALL (a) {
  MATCH (a)-[:AUTHORED]->(p:Publication)<-[:AUTHORED]-(b:Expert) WHERE b.id IN $experts AND b <> a
  RETURN b.id AS other, 'COAUTHOR' AS tie, p.id AS via
  UNION
  MATCH (a)-[:ADVISES]->(k:Consortium)<-[:ADVISES]-(b:Expert) WHERE b.id IN $experts AND b <> a
  RETURN b.id AS other, 'SAME_CONSORTIUM' AS tie, k.id AS via
  UNION
  MATCH (a)-[:AFFILIATED_WITH]->(o)<-[:AFFILIATED_WITH]-(b:Expert) WHERE b.id IN $experts AND b <> a
  RETURN b.id AS other, 'SAME_AFFILIATION' AS tie, o.id AS via
}
RETURN aid AS expert, other, tie, via
