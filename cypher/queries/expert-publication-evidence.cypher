// Publications about the target technologies, by author: the evidence component of expertsFor
// by technology (publications matching free text are scored in memory: expert/PublicationIndex).
// Each publication counts once per author, at its best weight; only the three best are returned
// whole, as the evidence shown.
UNWIND $targets AS target
MATCH (x:Expert)-[:AUTHORED]->(p:Publication)-[:ABOUT]->(t:Technology {id: target.id})
WITH x, p, t, target.closeness AS weight
WHERE NOT $academicianOnly OR x.academician IS NOT NULL
ORDER BY weight DESC
WITH x, p, collect(t)[0] AS t, max(weight) AS weight
ORDER BY weight DESC
WITH x, sum(weight) AS total, collect({p: p, t: t, weight: weight})[..3] AS best
RETURN x.id AS expert, total, {props: properties(x), labels: labels(x)} AS x,
       [e IN best | {weight: e.weight, p: {props: properties(e.p), labels: labels(e.p)},
                     t: CASE WHEN e.t IS NULL THEN null ELSE {props: properties(e.t), labels: labels(e.t)} END}] AS best
