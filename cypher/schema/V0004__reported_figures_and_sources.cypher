// Figures the sources report without the graph being able to count them, and the public pages
// facts were taken from.
CREATE CONSTRAINT reported_figure_id IF NOT EXISTS FOR (n:ReportedFigure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url);
CREATE INDEX chain_key_chain IF NOT EXISTS FOR (n:Chain) ON (n.keyChain);
CREATE INDEX technology_kind IF NOT EXISTS FOR (n:Technology) ON (n.kind);
CREATE INDEX synthetic_organization IF NOT EXISTS FOR (n:Organization) ON (n.synthetic);
