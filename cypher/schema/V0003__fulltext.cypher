// Full-text search in Chinese and English. The cjk analyzer indexes Chinese text as bigrams,
// so a query for 合金 finds 铜银合金, and still tokenises Latin words.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Chain|Segment|Enterprise|Organization|Consortium|Expert|Technology|Challenge|PartyOrganization|Department|City)
ON EACH [n.name, n.nameEn, n.aliases, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX publication_text IF NOT EXISTS
FOR (n:Publication)
ON EACH [n.title, n.titleEn, n.abstract, n.abstractEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
