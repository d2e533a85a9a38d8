// The change log that pushes come from (challengeMatches): each posted challenge appends an entry
// numbered from the one sequence node, in the transaction of the post, so that every instance of
// the service reads the posts in commit order with a cursor. The first post makes the sequence
// node; its key's constraint keeps two first posts from making two. Both keys are integers.
CREATE CONSTRAINT change_log_sequence_key IF NOT EXISTS FOR (n:ChangeLogSequence) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT change_log_entry_seq IF NOT EXISTS FOR (n:ChangeLogEntry) REQUIRE n.seq IS UNIQUE;
