// The bottleneck technologies of a chain, for expertsFor given a chain alone: those BOTTLENECK_OF
// the chain itself or one of its segments, each once, at its worst severity (1 to 5). A
// bottleneck recorded without a severity counts at the middle of the scale, neither dropped nor
// put first. No row for a chain without bottlenecks.
MATCH (c:Chain {id: $chain})
CALL (c) {
  MATCH (t:Technology)-[b:BOTTLENECK_OF]->(c)
  RETURN t, b.severity AS severity
  UNION ALL
  MATCH (c)-[:HAS_SEGMENT]->(:Segment)<-[b:BOTTLENECK_OF]-(t:Technology)
  RETURN t, b.severity AS severity
}
RETURN t.id AS id, max(coalesce(severity, $unknownSeverity)) AS severity
ORDER BY severity DESC, id
