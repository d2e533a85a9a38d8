package io.chaingraph.audit;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import io.chaingraph.graph.StatusFlow;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * A challenge's or a demand's workflow history: each move is a {@code StatusChange} node
 * of its subject and an entry of the {@link AuditTrail}, written in the move's own
 * transaction, so that the history, the trail and the move commit or roll back together.
 */
public final class StatusHistory {

	private StatusHistory() {
	}

	/**
	 * Records that a challenge or demand moved to a status, and sets the node's timestamp
	 * of that status ({@link StatusFlow#timestampOf}) to the change's {@code at}, one
	 * clock reading for both. A history is ordered by {@code at}, then id: imported
	 * changes need not have ids that encode their time.
	 */
	public static void record(TransactionContext tx, NodeLabel subject, String id, String status, String actor,
			@Nullable String note) {
		if (!RelType.HAS_STATUS_CHANGE.from().contains(subject)) {
			throw new IllegalArgumentException(subject + " has no workflow history");
		}
		ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC);
		String timestamp = StatusFlow.of(subject).map((flow) -> flow.timestampOf(status)).orElse(null);
		Map<String, Object> params = new HashMap<>();
		params.put("subject", id);
		params.put("id",
				"sc_%013d_%s".formatted(at.toInstant().toEpochMilli(), UUID.randomUUID().toString().substring(0, 8)));
		params.put("status", status);
		params.put("at", at);
		params.put("actor", actor);
		params.put("note", note);
		Record row = tx.run("""
				MATCH (s:`%s` {id: $subject})
				OPTIONAL MATCH (s)-[:HAS_STATUS_CHANGE]->(previous:StatusChange)
				WITH s, previous ORDER BY previous.at DESC, previous.id DESC LIMIT 1
				CREATE (s)-[:HAS_STATUS_CHANGE]->(:StatusChange:`%s` {id: $id, name: $status, status: $status, at: $at,
				  actor: $actor, note: $note})
				%s
				RETURN previous.status AS before""".formatted(subject.name(), GlobalIds.LABEL,
				(timestamp != null) ? "SET s.`%s` = $at".formatted(timestamp) : ""), params)
			.single();
		Map<String, Object> before = new HashMap<>();
		before.put("status", row.get("before").asString(null));
		Map<String, Object> after = new HashMap<>();
		after.put("status", status);
		after.put("note", note);
		AuditTrail.record(tx, actor, subject.name() + " " + status, subject.name(), List.of(id), before, after);
	}

}
