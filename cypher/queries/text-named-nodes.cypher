// The nodes that search found by name, by label and id: each branch one index look-up.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Technology {id: id}) RETURN n
  UNION MATCH (n:Chain {id: id}) RETURN n
  UNION MATCH (n:Segment {id: id}) RETURN n
  UNION MATCH (n:Enterprise {id: id}) RETURN n
  UNION MATCH (n:University {id: id}) RETURN n
  UNION MATCH (n:Institute {id: id}) RETURN n
  UNION MATCH (n:Consortium {id: id}) RETURN n
  UNION MATCH (n:Expert {id: id}) RETURN n
}
RETURN n.id AS id, properties(n) AS props, labels(n) AS labels
