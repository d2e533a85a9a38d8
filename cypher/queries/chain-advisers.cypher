// How many experts sit on the advisory committee of a consortium serving a chain: none means no
// one can have the strongest chain tie, which an answer should say.
MATCH (:Chain {id: $chain})<-[:SERVES]-(:Consortium)<-[:ADVISES]-(x:Expert)
RETURN count(DISTINCT x) AS advisers
