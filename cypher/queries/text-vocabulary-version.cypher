// On a server, whether the names may have changed: the newest audit entry (every curation and
// import writes one; the id starts with its time) and counts the count store answers at once.
OPTIONAL MATCH (a:AuditEntry)
WHERE a.id IS NOT NULL
WITH a
ORDER BY a.id DESC
LIMIT 1
RETURN a.id AS head,
       COUNT { (:Technology) } + COUNT { (:Chain) } + COUNT { (:Segment) } + COUNT { (:Enterprise) }
         + COUNT { (:Organization) } + COUNT { (:Consortium) } + COUNT { (:Expert) } + COUNT { (:City) }
         + COUNT { (:Challenge) } AS nodes,
       COUNT { ()-[:PART_OF]->() } + COUNT { ()-[:BOTTLENECK_OF]->() } + COUNT { ()-[:HAS_SEGMENT]->() } AS rels
