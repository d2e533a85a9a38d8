// The neighbourhood that personalised PageRank walks for expertsFor against a database server (the
// embedded database is walked through its own API: expert/PropagationNeighbourhood), as adjacency lists: for each
// target technology, its experts and the publications about it; for each of those publications
// (and those matching the text), the publications it cites or that cite it, and its authors.
CALL () {
  UNWIND $technologies AS tid
  MATCH (t:Technology {id: tid})
  CALL (t) {
    OPTIONAL MATCH (x:Expert)-[:EXPERT_IN]->(t)
    RETURN collect(x.id) AS experts
  }
  CALL (t) {
    OPTIONAL MATCH (p:Publication)-[:ABOUT]->(t)
    RETURN collect(p.id) AS publications
  }
  RETURN collect({id: t.id, experts: experts, publications: publications}) AS technologies
}
CALL (technologies) {
  UNWIND [t IN technologies | t.publications] + [$publications] AS ids
  UNWIND ids AS pid
  WITH DISTINCT pid
  MATCH (p:Publication {id: pid})
  CALL (p) {
    OPTIONAL MATCH (p)-[:CITES]->(q:Publication)
    RETURN collect(q.id) AS cites
  }
  CALL (p) {
    OPTIONAL MATCH (q:Publication)-[:CITES]->(p)
    RETURN collect(q.id) AS citedBy
  }
  CALL (p) {
    OPTIONAL MATCH (a:Expert)-[:AUTHORED]->(p)
    RETURN collect(a.id) AS authors
  }
  RETURN collect({id: p.id, cites: cites, citedBy: citedBy, authors: authors}) AS publications
}
RETURN technologies, publications
