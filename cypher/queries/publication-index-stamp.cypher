// Whether the in-memory retrieval model (expert/PublicationIndex) is still the graph's: the counts
// of publications, authorships and citations (from Neo4j's count store, so cheap at any size), and
// the audit entries written since the index was built (a range seek on audit_entry_at), whose
// subjects say whether a curation or import touched publications or their links.
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
  RETURN max(a.at) AS latest, collect(DISTINCT a.subject) AS subjects
}
RETURN publications, authored, cites, latest, subjects
