// Who a node is joined to, grouped by relationship type and direction: how many each group holds
// and the first few of it, records taken from a source before generated ones, then by name, so
// that a hub such as a chain answers with counts and a short page, never with every enterprise on
// it. Only the model's relationship types ($types) and nodes with a global id count: the service's
// own records (keys, the change log) are no one's neighbours. $relationship and $direction, when
// given, keep one group, for the reader who asks for more of it.
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Node)
  WHERE type(r) IN $types AND ($relationship IS NULL OR type(r) = $relationship)
  WITH type(r) AS relationship, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, m
  WHERE $direction IS NULL OR direction = $direction
  ORDER BY coalesce(m.synthetic, false), m.name, m.id
  WITH relationship, direction, count(m) AS total, collect(m)[..$first] AS shown
  RETURN collect({relationship: relationship, direction: direction, total: total,
    nodes: [x IN shown | {properties: properties(x), labels: labels(x)}]}) AS groups
}
RETURN groups
