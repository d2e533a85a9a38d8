// The picture of one chain: its segments upstream to downstream, the enterprises in each with the
// chain leaders marked, the bottleneck technologies of each segment, and the consortia serving the
// chain. A segment with fewer enterprises than $threshold is a gap to strengthen (补链).
MATCH (c:Chain {id: $chain})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_SEGMENT]->(s:Segment)
  CALL (c, s) {
    OPTIONAL MATCH (e:Enterprise)-[:OPERATES_IN]->(s)
    WITH e ORDER BY e.name
    RETURN collect(e {.*, leadsThisChain: EXISTS { (e)-[:LEADS]->(c) }, labels: labels(e)}) AS enterprises
  }
  CALL (s) {
    OPTIONAL MATCH (t:Technology)-[b:BOTTLENECK_OF]->(s)
    WITH t, b ORDER BY b.severity DESC, t.id
    RETURN collect(CASE WHEN t IS NULL THEN NULL ELSE {technology: t {.*, labels: labels(t)}, severity: b.severity} END) AS bottlenecks
  }
  WITH s, enterprises, bottlenecks ORDER BY s.position
  RETURN collect(CASE WHEN s IS NULL THEN NULL ELSE {segment: s {.*, labels: labels(s)}, enterprises: enterprises, bottlenecks: bottlenecks} END) AS segments
}
CALL (c) {
  OPTIONAL MATCH (k:Consortium)-[:SERVES]->(c)
  WITH k ORDER BY k.id
  RETURN collect(k {.*, labels: labels(k)}) AS consortia
}
CALL (c) {
  OPTIONAL MATCH (t:Technology)-[b:BOTTLENECK_OF]->(c)
  WITH t, b ORDER BY b.severity DESC, t.id
  RETURN collect(CASE WHEN t IS NULL THEN NULL ELSE {technology: t {.*, labels: labels(t)}, severity: b.severity} END) AS bottlenecks
}
RETURN c {.*, labels: labels(c)} AS chain, segments, consortia, bottlenecks
