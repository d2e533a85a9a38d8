// The nodes chosen for a question's roles, by id: their own label (beside Node and
// Organization, which every university and institute also carries) to check that it can fill the
// role, and their names for the answer. One read for all chosen ids, through Node's id index.
MATCH (n:Node)
WHERE n.id IN $ids
RETURN n.id AS id, [label IN labels(n) WHERE NOT label IN ['Node', 'Organization']][0] AS label,
  coalesce(n.name, n.title, n.id) AS name, coalesce(n.nameEn, n.titleEn) AS nameEn
