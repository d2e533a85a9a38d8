// The experts who work in a city, for expertsFor's city filter: those AFFILIATED_WITH an
// enterprise, university or institute LOCATED_IN it. No row when there is no such city, one
// row with an empty list for a city where no expert works.
MATCH (c:City {id: $city})
OPTIONAL MATCH (x:Expert)-[:AFFILIATED_WITH]->(o)-[:LOCATED_IN]->(c)
WHERE o:Enterprise OR o:University OR o:Institute
RETURN c.id AS city, collect(DISTINCT x.id) AS experts
