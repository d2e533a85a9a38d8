// For each candidate expert: the paths that tie them to the chain (a seat on the advisory committee
// of a consortium serving it, an affiliation with a member of such a consortium, an achievement on
// one of its bottlenecks) and their track record (challenges won, achievements).
UNWIND $experts AS xid
MATCH (x:Expert {id: xid})
CALL (x) {
  OPTIONAL MATCH p = (x)-[:ADVISES]->(:Consortium)-[:SERVES]->(:Chain {id: $chain})
  RETURN collect(p)[..3] AS advising
}
CALL (x) {
  OPTIONAL MATCH p = (x)-[:AFFILIATED_WITH]->()-[:MEMBER_OF]->(:Consortium)-[:SERVES]->(:Chain {id: $chain})
  RETURN collect(p)[..3] AS affiliation
}
CALL (x) {
  OPTIONAL MATCH p = (x)-[:ACHIEVED|MEMBER_OF_TEAM*1..2]->(:Achievement)-[:ADVANCES]->(:Technology)-[:BOTTLENECK_OF]->(:Chain {id: $chain})
  RETURN collect(p)[..3] AS chainAchievements
}
CALL (x) {
  OPTIONAL MATCH p = (x)-[:MEMBER_OF_TEAM]->(:Team)-[:APPLIED_TO {status: 'AWARDED'}]->(:Challenge)
  RETURN collect(p)[..3] AS wins
}
CALL (x) {
  OPTIONAL MATCH p = (x)-[:ACHIEVED|MEMBER_OF_TEAM*1..2]->(:Achievement)
  RETURN collect(p)[..3] AS achievements
}
RETURN xid AS expert,
  [p IN advising | {nodes: [n IN nodes(p) | {props: properties(n), labels: labels(n)}], rels: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}]}] AS advising,
  [p IN affiliation | {nodes: [n IN nodes(p) | {props: properties(n), labels: labels(n)}], rels: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}]}] AS affiliation,
  [p IN chainAchievements | {nodes: [n IN nodes(p) | {props: properties(n), labels: labels(n)}], rels: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}]}] AS chainAchievements,
  [p IN wins | {nodes: [n IN nodes(p) | {props: properties(n), labels: labels(n)}], rels: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}]}] AS wins,
  [p IN achievements | {nodes: [n IN nodes(p) | {props: properties(n), labels: labels(n)}], rels: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}]}] AS achievements
