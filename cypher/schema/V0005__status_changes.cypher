// The workflow history of challenges and demands.
CREATE CONSTRAINT status_change_id IF NOT EXISTS FOR (n:StatusChange) REQUIRE n.id IS UNIQUE;
CREATE INDEX status_change_at IF NOT EXISTS FOR (n:StatusChange) ON (n.at);
