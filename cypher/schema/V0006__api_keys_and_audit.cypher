// API keys (only hashes of their secrets) and the audit trail of every mutation.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (n:AuditEntry) ON (n.actor);
