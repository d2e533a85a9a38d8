// The names the text linker knows: every technology, chain, segment, organisation, expert, city and
// challenge with its name, English name and aliases. Read once per version of the graph, never per request.
MATCH (n)
WHERE n:Technology OR n:Chain OR n:Segment OR n:Enterprise OR n:University OR n:Institute OR n:Consortium
   OR n:Expert OR n:City OR n:Challenge
RETURN n.id AS id, [label IN labels(n) WHERE label IN $labels][0] AS label, n.name AS name, n.nameEn AS nameEn,
       n.aliases AS aliases
