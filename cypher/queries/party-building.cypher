// How party building is organised on one chain, every figure counted in the graph: the party
// organisations guiding the chain (guidance committee, chain committee, guidance stations), the
// chain's enterprises and how many of them have an organisation of their own, the organisations the
// chain committee links up, the pairings (共建) among them, and the demands raised on the chain and
// dispatched by its committee. The figures the sources report come back apart from the counts.
// The chain's enterprises are those in its segments, its leaders and the members of the consortia
// serving it, as in programme-statistics.cypher. No row when there is no such chain.
MATCH (c:Chain {id: $chain})
CALL (c) {
  OPTIONAL MATCH (p:PartyOrganization)-[:GUIDES]->(c)
  WITH p ORDER BY p.id
  RETURN collect(p {.*, labels: labels(p)}) AS guiding, collect(p) AS guidingNodes
}
CALL (c) {
  CALL (c) {
    MATCH (e:Enterprise)-[:OPERATES_IN]->(:Segment)<-[:HAS_SEGMENT]-(c) RETURN e
    UNION
    MATCH (e:Enterprise)-[:LEADS]->(c) RETURN e
    UNION
    MATCH (e:Enterprise)-[:MEMBER_OF]->(:Consortium)-[:SERVES]->(c) RETURN e
  }
  RETURN collect(e) AS enterprises
}
// An enterprise's own organisations, and those a guiding organisation links, once each.
CALL (guidingNodes, enterprises) {
  CALL (guidingNodes, enterprises) {
    UNWIND enterprises AS e
    MATCH (e)-[:HAS_ORGANIZATION]->(o:PartyOrganization)
    RETURN o
    UNION
    UNWIND guidingNodes AS g
    MATCH (g)-[:LINKS]->(o:PartyOrganization)
    RETURN o
  }
  WITH DISTINCT o
  CALL (o) {
    OPTIONAL MATCH (host)-[:HAS_ORGANIZATION]->(o)
    WITH host ORDER BY host.id
    RETURN collect(host {.*, labels: labels(host)}) AS hosts, collect(host) AS hostNodes
  }
  WITH o, hosts, any(h IN hostNodes WHERE h IN enterprises) AS onChain,
       any(g IN guidingNodes WHERE EXISTS { (g)-[:LINKS]->(o) }) AS linked
  ORDER BY o.id
  RETURN collect({organization: o {.*, labels: labels(o)}, hosts: hosts, hostOnChain: onChain, linked: linked}) AS members,
         collect(o) AS memberNodes
}
CALL (enterprises) {
  UNWIND enterprises AS e
  WITH e WHERE EXISTS { (e)-[:HAS_ORGANIZATION]->(:PartyOrganization) }
  RETURN count(e) AS withOrganization
}
CALL (guidingNodes, memberNodes) {
  UNWIND guidingNodes + memberNodes AS o
  MATCH (a:PartyOrganization)-[r:PAIRED_WITH]-(b:PartyOrganization)
  WHERE a = o
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  ORDER BY a.id, b.id
  RETURN collect({from: a {.*, labels: labels(a)}, to: b {.*, labels: labels(b)}, since: r.since}) AS pairings
}
CALL (enterprises) {
  UNWIND enterprises AS e
  MATCH (e)-[:RAISED]->(d:Demand)
  RETURN collect(DISTINCT d) AS raisedNodes
}
CALL (guidingNodes) {
  UNWIND guidingNodes AS g
  MATCH (g)-[:DISPATCHED]->(d:Demand)
  RETURN collect(DISTINCT d) AS dispatchedNodes
}
CALL (raisedNodes, dispatchedNodes) {
  UNWIND raisedNodes + [d IN dispatchedNodes WHERE NOT d IN raisedNodes] AS d
  WITH d ORDER BY d.raisedAt, d.id
  RETURN collect(d {.*, labels: labels(d), raisedOnChain: d IN raisedNodes, dispatchedHere: d IN dispatchedNodes}) AS demands
}
CALL (c, guidingNodes, enterprises) {
  OPTIONAL MATCH (f:ReportedFigure)
  WHERE EXISTS { (f)-[:REPORTED_FOR]->(c) }
     OR EXISTS { (f)-[:REPORTED_FOR]->(e:Enterprise) WHERE e IN enterprises }
     OR EXISTS { (f)-[:REPORTED_FOR]->(p:PartyOrganization)-[:GUIDES]->(c) }
     OR EXISTS { (f)-[:REPORTED_FOR]->(:Achievement)<-[:ACHIEVED]-(e:Enterprise) WHERE e IN enterprises }
     OR EXISTS { (f)-[:REPORTED_FOR]->(:Achievement)<-[:ACHIEVED]-(:Team)<-[:MEMBER_OF_TEAM]-(e:Enterprise) WHERE e IN enterprises }
     OR EXISTS { (f)-[:REPORTED_FOR]->(:Achievement)<-[:SUPPORTED]-(g:PartyOrganization) WHERE g IN guidingNodes }
  WITH f ORDER BY f.id
  RETURN collect(f {.*, labels: labels(f)}) AS reported
}
CALL () {
  OPTIONAL MATCH (f:ReportedFigure {scope: 'PROVINCE'})
  WITH f ORDER BY f.id
  RETURN collect(f {.*, labels: labels(f)}) AS province
}
RETURN c {.*, labels: labels(c)} AS chain, guiding, size(enterprises) AS enterprises, withOrganization, members,
       pairings, size(raisedNodes) AS raised, size(dispatchedNodes) AS dispatched,
       size([d IN dispatchedNodes WHERE EXISTS { (:Department)-[:ACCEPTED]->(d) }]) AS accepted,
       size([d IN dispatchedNodes WHERE d.status = 'RESOLVED']) AS resolved,
       demands, reported, province
