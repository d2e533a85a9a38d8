// What tells chains of one name apart in a question: a key chain of the '1269' plan or a
// party-building pilot chain. Read only when a question's words name several chains equally well.
MATCH (c:Chain)
WHERE c.id IN $ids
RETURN c.id AS id, coalesce(c.keyChain, false) AS keyChain, coalesce(c.pilot, false) AS pilot
