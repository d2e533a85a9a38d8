// What places each node, for telling namesakes apart: an expert's employers, the consortia an
// enterprise, university or institute is a member of, the chains a segment belongs to. One
// statement for every node of a request; each branch starts at the id index of its label.
UNWIND $nodes AS row
CALL (row) {
  MATCH (n:Expert {id: row.id})-[:AFFILIATED_WITH]->(a)
  WHERE row.label = 'Expert'
  RETURN a
  UNION
  MATCH (n:Enterprise {id: row.id})-[:MEMBER_OF]->(a:Consortium)
  WHERE row.label = 'Enterprise'
  RETURN a
  UNION
  MATCH (n:University {id: row.id})-[:MEMBER_OF]->(a:Consortium)
  WHERE row.label = 'University'
  RETURN a
  UNION
  MATCH (n:Institute {id: row.id})-[:MEMBER_OF]->(a:Consortium)
  WHERE row.label = 'Institute'
  RETURN a
  UNION
  MATCH (a:Chain)-[:HAS_SEGMENT]->(n:Segment {id: row.id})
  WHERE row.label = 'Segment'
  RETURN a
}
RETURN row.id AS id, a.id AS affiliation, a.name AS name, a.nameEn AS nameEn
ORDER BY id, affiliation
