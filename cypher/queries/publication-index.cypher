// Every publication's text, authors and citations, for the in-memory retrieval model
// (expert/PublicationIndex), read once at start and again when publications or authorship change.
MATCH (p:Publication)
WHERE p.id IS NOT NULL
RETURN p.id AS id, coalesce(p.title, p.name) AS title, coalesce(p.titleEn, p.nameEn) AS titleEn,
       p.abstract AS abstract, p.abstractEn AS abstractEn,
       COLLECT { MATCH (x:Expert)-[:AUTHORED]->(p) WHERE x.id IS NOT NULL RETURN x.id } AS authors,
       COLLECT { MATCH (p)-[:CITES]->(q:Publication) WHERE q.id IS NOT NULL RETURN q.id } AS cites
