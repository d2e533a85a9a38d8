// Search finds experts by their professional title (院士, 教授) and finds achievements, teams
// and reported figures by their names and descriptions. A full-text index cannot be altered,
// so entity_text is dropped and made again with the new property and labels; a store made
// by V0003 migrates here. Both statements are safe to repeat: a file that failed halfway
// runs again from its start, and the loader waits for the index to come online.
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Chain|Segment|Enterprise|Organization|Consortium|Expert|Technology|Challenge|PartyOrganization|Department|City|Achievement|Team|ReportedFigure)
ON EACH [n.name, n.nameEn, n.aliases, n.description, n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
