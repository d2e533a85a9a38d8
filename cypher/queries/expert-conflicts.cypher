// Experts with a conflict of interest with an enterprise, an organisation or a challenge (whose
// posters count as the parties): affiliated with a party, or co-author, since $since, of someone
// affiliated with one. Each with the path that shows it.
MATCH (subject {id: $subject})
WHERE subject:Enterprise OR subject:Organization OR subject:Challenge OR subject:Consortium
CALL (subject) {
  OPTIONAL MATCH (party)-[:POSTED]->(subject)
  WITH collect(party) AS posters
  RETURN CASE WHEN subject:Challenge THEN posters ELSE [subject] END AS parties
}
CALL (parties) {
  UNWIND parties AS party
  MATCH p = (x:Expert)-[:AFFILIATED_WITH]->(party)
  RETURN collect({expert: x.id, reason: 'AFFILIATED', path: p}) AS affiliated
}
CALL (parties) {
  UNWIND parties AS party
  MATCH p = (x:Expert)-[:AUTHORED]->(pub:Publication)<-[:AUTHORED]-(colleague:Expert)-[:AFFILIATED_WITH]->(party)
  WHERE x <> colleague AND pub.year >= $since
  RETURN collect({expert: x.id, reason: 'COAUTHOR', path: p}) AS coauthors
}
UNWIND affiliated + coauthors AS conflict
WITH conflict.expert AS expert, collect(conflict)[0] AS conflict
RETURN expert, conflict.reason AS reason,
  [n IN nodes(conflict.path) | {props: properties(n), labels: labels(n)}] AS nodes,
  [r IN relationships(conflict.path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels
