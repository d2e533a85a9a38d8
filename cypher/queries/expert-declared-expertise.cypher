// Experts who declared expertise in any of the target technologies, with the level: the first
// component of expertsFor.
UNWIND $targets AS target
MATCH (x:Expert)-[k:EXPERT_IN]->(t:Technology {id: target.id})
WHERE NOT $academicianOnly OR x.academician IS NOT NULL
RETURN x.id AS expert, t.id AS technology, k.level AS level, target.closeness AS closeness,
       {props: properties(x), labels: labels(x)} AS x, {props: properties(t), labels: labels(t)} AS t
