// Technologies near those a text was linked to, for expertsFor: each seed itself and those within %d
// steps of the taxonomy (broader or narrower), with the distance and the taxonomy path, as
// technology-neighbourhood gives them for one technology.
UNWIND $technologies AS seed
MATCH (target:Technology {id: seed.id})
MATCH p = (t:Technology)-[:PART_OF*0..%d]-(target)
WITH seed, t, p ORDER BY length(p)
WITH seed, t, collect(p)[0] AS p
RETURN seed.id AS seed, seed.confidence AS confidence, t.id AS id, length(p) AS distance,
       [x IN nodes(p) | {props: properties(x), labels: labels(x)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels
