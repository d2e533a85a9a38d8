// Publications about the target technologies, or matching the free text, with their authors: the
// evidence component of expertsFor, and the graph the propagation component walks.
CALL () {
  UNWIND $targets AS target
  MATCH (x:Expert)-[:AUTHORED]->(p:Publication)-[:ABOUT]->(t:Technology {id: target.id})
  RETURN x, p, t, target.closeness AS weight
  UNION
  UNWIND $texts AS hit
  MATCH (x:Expert)-[:AUTHORED]->(p:Publication {id: hit.id})
  RETURN x, p, null AS t, hit.weight AS weight
}
WITH x, p, t, weight
WHERE NOT $academicianOnly OR x.academician IS NOT NULL
RETURN x.id AS expert, p.id AS publication, t.id AS technology, weight,
       {props: properties(x), labels: labels(x)} AS x, {props: properties(p), labels: labels(p)} AS p,
       CASE WHEN t IS NULL THEN null ELSE {props: properties(t), labels: labels(t)} END AS t
