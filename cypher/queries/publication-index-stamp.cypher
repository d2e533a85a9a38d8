// Whether the in-memory retrieval model (expert/PublicationIndex) is still the graph's: the counts
// of publications, authorships and citations (from Neo4j's count store, so cheap at any size), and
// the audit entries written since a moment (a range seek on audit_entry_at): the latest one's time,
// and the ids of those whose subject says a curation or import touched publications or their links.
CALL () {
  MATCH (p:Publication) RETURN count(p) AS publications
}
CALL () {
  MATCH ()-[r:AUTHORED]->() RETURN count(r) AS authored
}
CALL () {
  MATCH ()-[r:CITES]->() RETURN count(r) AS cites
}
CALL () {
  OPTIONAL MATCH (a:AuditEntry) WHERE a.at > $since
  RETURN max(a.at) AS latest, collect(CASE WHEN a.subject IN $subjects THEN a.id END) AS relevant
}
RETURN publications, authored, cites, latest, relevant
