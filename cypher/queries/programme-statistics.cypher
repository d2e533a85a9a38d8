// What the programme, one chain or one consortium amounts to, every figure counted in the graph:
// the consortia in scope, their member enterprises, institutes and universities, their advisory
// experts and academicians, the chains with their leaders, technologies and bottlenecks, and the
// challenges and demands by status. Reported figures (what the sources say but the graph cannot
// count) come back separately.
CALL () {
  MATCH (c:Chain)
  WHERE ($chain IS NULL OR c.id = $chain)
    AND ($consortium IS NULL OR EXISTS { (:Consortium {id: $consortium})-[:SERVES]->(c) })
  RETURN collect(c) AS chains
}
CALL (chains) {
  MATCH (k:Consortium)-[:SERVES]->(c:Chain)
  WHERE c IN chains AND ($consortium IS NULL OR k.id = $consortium)
  RETURN collect(DISTINCT k) AS consortia
}
CALL (consortia) {
  UNWIND consortia AS k
  MATCH (m)-[:MEMBER_OF]->(k)
  RETURN count(DISTINCT CASE WHEN m:Enterprise THEN m END) AS enterprises,
         count(DISTINCT CASE WHEN m:Institute THEN m END) AS institutes,
         count(DISTINCT CASE WHEN m:University THEN m END) AS universities
}
CALL (consortia) {
  UNWIND consortia AS k
  MATCH (x:Expert)-[:ADVISES]->(k)
  RETURN count(DISTINCT x) AS experts,
         count(DISTINCT CASE WHEN x.academician IS NOT NULL THEN x END) AS academicians
}
CALL (chains) {
  UNWIND chains AS c
  OPTIONAL MATCH (e:Enterprise)-[:LEADS]->(c)
  RETURN count(DISTINCT e) AS chainLeaders
}
CALL (chains) {
  UNWIND chains AS c
  CALL (c) {
    MATCH (t:Technology)-[:BOTTLENECK_OF]->(c) RETURN t
    UNION
    MATCH (t:Technology)-[:BOTTLENECK_OF]->(:Segment)<-[:HAS_SEGMENT]-(c) RETURN t
  }
  RETURN collect(DISTINCT t) AS bottleneckList
}
CALL (bottleneckList) {
  UNWIND bottleneckList AS t
  MATCH (t)-[:PART_OF*0..]->(a:Technology)
  RETURN count(DISTINCT a) AS technologies
}
CALL (chains) {
  OPTIONAL MATCH (ch:Challenge)-[:ON_CHAIN]->(c:Chain)
  WHERE c IN chains
  WITH ch.status AS status, count(DISTINCT ch) AS n
  WHERE status IS NOT NULL
  RETURN collect({status: status, count: n}) AS challenges
}
CALL (chains) {
  OPTIONAL MATCH (e:Enterprise)-[:RAISED]->(d:Demand)
  WHERE EXISTS { (e)-[:OPERATES_IN]->(:Segment)<-[:HAS_SEGMENT]-(c:Chain) WHERE c IN chains }
     OR EXISTS { (e)-[:LEADS]->(c:Chain) WHERE c IN chains }
     OR EXISTS { (e)-[:MEMBER_OF]->(:Consortium)-[:SERVES]->(c:Chain) WHERE c IN chains }
  WITH d.status AS status, count(DISTINCT d) AS n
  WHERE status IS NOT NULL
  RETURN collect({status: status, count: n}) AS demands
}
CALL (chains) {
  OPTIONAL MATCH (f:ReportedFigure)
  WHERE ($chain IS NULL AND $consortium IS NULL)
     OR EXISTS { (f)-[:REPORTED_FOR]->(c:Chain) WHERE c IN chains }
     OR EXISTS { (f)-[:REPORTED_FOR]->(:Enterprise)-[:LEADS|OPERATES_IN]->()<-[:HAS_SEGMENT*0..1]-(c:Chain) WHERE c IN chains }
     OR EXISTS { (f)-[:REPORTED_FOR]->(:Achievement)-[:ADVANCES]->(:Technology)-[:BOTTLENECK_OF]->(c:Chain) WHERE c IN chains }
  WITH f ORDER BY f.id
  RETURN collect(f {.*}) AS reported
}
RETURN size(chains) AS chains,
       size([c IN chains WHERE c.pilot]) AS pilotChains,
       size([c IN chains WHERE c.keyChain]) AS keyChains,
       size(consortia) AS consortia,
       enterprises, institutes, universities, experts, academicians, chainLeaders, technologies, size(bottleneckList) AS bottlenecks,
       challenges, demands, reported
