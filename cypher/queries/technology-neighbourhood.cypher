// Technologies near the one asked about, for expertsFor: itself, and those within %d steps
// of the taxonomy (broader or narrower), each with its distance and the taxonomy path to it.
MATCH (target:Technology {id: $technology})
MATCH p = (t:Technology)-[:PART_OF*0..%d]-(target)
WITH t, p ORDER BY length(p)
WITH t, collect(p)[0] AS p
RETURN t.id AS id, length(p) AS distance,
       [x IN nodes(p) | {props: properties(x), labels: labels(x)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels
