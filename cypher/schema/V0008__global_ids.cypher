// Ids are unique across the whole graph, not only within a label: they are the global ids
// of Query.node. Every node of an id-space label (NodeLabel.isIdSpace) carries the label
// Node beside its own, and Node's uniqueness constraint keeps one id to one node whatever
// its label. API keys, audit entries and the migrations' own records are not model nodes and
// do not take it. The labelling runs in batches so that a large store does not need one
// transaction's memory for all of it; it skips what is labelled, so a file that failed
// halfway runs again from its start.
MATCH (n:Chain|Segment|Enterprise|University|Institute|Consortium|Expert|Technology|Publication|Challenge|Team|Achievement|PartyOrganization|Demand|Department|City|ReportedFigure|Source|StatusChange)
WHERE NOT n:Node
CALL (n) {
  SET n:Node
} IN TRANSACTIONS OF 10000 ROWS;
// A store that holds one id under two labels cannot take the constraint: the migration
// stops naming the first such ids and their labels (a statement that returns refusal rows
// fails its file with them), and runs again once one node of each has another id.
MATCH (n:Node)
WITH n.id AS id, count(*) AS holders
WHERE holders > 1
WITH id ORDER BY id LIMIT 10
MATCH (m:Node {id: id})
WITH id, [label IN labels(m) WHERE NOT label IN ['Node', 'Organization']] AS own ORDER BY own[0]
WITH id, collect(own[0]) AS holders
RETURN 'id \'' + id + '\' is held by both ' + reduce(text = '', label IN holders | text + CASE text WHEN '' THEN '' ELSE ' and ' END + label)
  + ', and ids must be unique across the graph: give all but one of them another id' AS refusal;
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
