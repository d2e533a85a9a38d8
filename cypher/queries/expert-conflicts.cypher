// Conflicts of interest with an enterprise, an organisation, a consortium or a challenge, each
// with the path that shows it, one row per expert and reason. The parties: the subject itself
// and the institutes it hosts; for a challenge, its poster (and the institutes it hosts); for a
// consortium, or a challenge a consortium posted, the consortium and each of its members. Each
// party carries its own path to the subject, so that every conflict's path ends at the subject.
// `applicant` says whether the conflict also bars the expert from a team applying to the
// challenge: the poster's people (ChallengeRules), their recent co-authors and competing teams.
// A consortium posts for its chain, so its ordinary members' experts and its committee's
// ordinary members may apply, though they may not judge.
// Read from the experts asked about ($experts: the candidates of a ranking, a team's members, the
// experts who know a challenge's targets) outwards, and the subject through its own label's index:
// from the parties inwards, a consortium's members' staff and their co-authors at scale 100 ran
// past the read timeout.
CALL () {
  MATCH (n:Enterprise {id: $subject}) RETURN n
  UNION
  MATCH (n:Organization {id: $subject}) RETURN n
  UNION
  MATCH (n:Consortium {id: $subject}) RETURN n
  UNION
  MATCH (n:Challenge {id: $subject}) RETURN n
}
WITH n AS subject
CALL (subject) {
  WITH subject WHERE NOT subject:Challenge
  RETURN subject AS party, CASE WHEN subject:Consortium THEN 'CONSORTIUM' ELSE 'SELF' END AS kind,
    [subject] AS tailNodes, [] AS tailRels
  UNION
  MATCH p = (party:Institute)-[:HOSTED_BY]->(subject) WHERE NOT subject:Challenge
  RETURN party, 'SELF' AS kind, nodes(p) AS tailNodes, relationships(p) AS tailRels
  UNION
  MATCH p = (party)-[:POSTED]->(subject:Challenge)
  RETURN party, CASE WHEN party:Consortium THEN 'CONSORTIUM' ELSE 'POSTER' END AS kind,
    nodes(p) AS tailNodes, relationships(p) AS tailRels
  UNION
  MATCH p = (party:Institute)-[:HOSTED_BY]->(:Enterprise)-[:POSTED]->(subject:Challenge)
  RETURN party, 'POSTER' AS kind, nodes(p) AS tailNodes, relationships(p) AS tailRels
  UNION
  MATCH p = (party)-[m:MEMBER_OF]->(k:Consortium)-[:POSTED*0..1]->(subject)
  RETURN party, CASE WHEN m.role = 'LEAD' THEN 'LEAD' ELSE 'MEMBER' END AS kind,
    nodes(p) AS tailNodes, relationships(p) AS tailRels
}
WITH subject, collect({party: party, kind: kind, nodes: tailNodes, rels: tailRels}) AS parties
UNWIND $experts AS xid
MATCH (x:Expert {id: xid})
CALL (x, subject, parties) {
  MATCH (x)-[r:AFFILIATED_WITH]->(org)
  UNWIND parties AS party
  WITH x, r, party
  WHERE party.party = endNode(r) AND party.kind <> 'CONSORTIUM'
  RETURN CASE party.kind WHEN 'SELF' THEN 'AFFILIATED' WHEN 'POSTER' THEN 'POSTER'
    WHEN 'LEAD' THEN 'LEAD_EMPLOYEE' ELSE 'MEMBER_EMPLOYEE' END AS reason,
    party.kind <> 'MEMBER' AS applicant, [x] + party.nodes AS nodes, [r] + party.rels AS rels
  UNION
  MATCH (x)-[r:ADVISES]->(k:Consortium)
  UNWIND parties AS party
  WITH x, r, party
  WHERE party.party = endNode(r) AND party.kind = 'CONSORTIUM'
  RETURN 'ADVISES_CONSORTIUM' AS reason, r.role = 'CHAIR' AS applicant, [x] + party.nodes AS nodes,
    [r] + party.rels AS rels
  UNION
  MATCH (x)-[r:MEMBER_OF_TEAM]->(team:Team)-[a:APPLIED_TO]->(subject)
  WHERE subject:Challenge AND subject.mode = 'HORSE_RACE'
  RETURN 'COMPETING_TEAM' AS reason, true AS applicant, [x, team, subject] AS nodes, [r, a] AS rels
  UNION
  MATCH (x)-[a1:AUTHORED]->(pub:Publication)<-[a2:AUTHORED]-(y:Expert)
  WHERE pub.year >= $since AND x <> y
  MATCH (y)-[a3:AFFILIATED_WITH]->(org)
  UNWIND parties AS party
  WITH x, pub, y, a1, a2, a3, party
  WHERE party.party = endNode(a3) AND party.kind <> 'CONSORTIUM'
  RETURN 'COAUTHOR' AS reason, party.kind <> 'MEMBER' AS applicant, [x, pub, y] + party.nodes AS nodes,
    [a1, a2, a3] + party.rels AS rels
}
// Per expert, the most direct reason first: a competing team or the subject's own people, then
// the committee and the members, co-authorship last.
WITH x, reason, applicant, nodes, rels,
  CASE reason WHEN 'COMPETING_TEAM' THEN 0 WHEN 'POSTER' THEN 1 WHEN 'AFFILIATED' THEN 1
    WHEN 'ADVISES_CONSORTIUM' THEN 2 WHEN 'LEAD_EMPLOYEE' THEN 3 WHEN 'MEMBER_EMPLOYEE' THEN 4 ELSE 5 END AS rank
ORDER BY x.id, rank, applicant DESC, size(rels)
WITH x, reason, rank, collect({applicant: applicant, nodes: nodes, rels: rels})[0] AS conflict
RETURN x.id AS expert, reason, rank, conflict.applicant AS applicant,
  [n IN conflict.nodes | {props: properties(n), labels: labels(n)}] AS nodes,
  [r IN conflict.rels | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels
ORDER BY expert, rank
