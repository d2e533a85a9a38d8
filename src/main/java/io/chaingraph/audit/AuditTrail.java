package io.chaingraph.audit;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import io.chaingraph.graph.GraphReads;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: each mutation writes one {@code AuditEntry} in its own transaction, so
 * the record and the change commit or roll back together. The changed properties are kept
 * as JSON text, {@code {"key": [before, after]}}, because Neo4j properties cannot hold
 * maps.
 */
public final class AuditTrail {

	private static final JsonMapper json = JsonMapper.builder().build();

	private AuditTrail() {
	}

	/**
	 * Records a change; only properties whose values differ are kept.
	 */
	public static void record(TransactionContext tx, String actor, String operation, String subject, List<String> ids,
			Map<String, ?> before, Map<String, ?> after) {
		Map<String, List<@Nullable Object>> changed = new LinkedHashMap<>();
		TreeSet<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			Object old = plain(before.get(key));
			Object now = plain(after.get(key));
			if (!Objects.equals(old, now)) {
				changed.put(key, java.util.Arrays.asList(old, now));
			}
		}
		ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("id",
				"au_%013d_%s".formatted(at.toInstant().toEpochMilli(), UUID.randomUUID().toString().substring(0, 8)));
		params.put("at", at);
		params.put("actor", actor);
		params.put("operation", operation);
		params.put("subject", subject);
		params.put("ids", ids);
		params.put("changes", json.writeValueAsString(changed));
		tx.run("""
				CREATE (:AuditEntry {id: $id, at: $at, actor: $actor, operation: $operation, subject: $subject,
				  ids: $ids, changes: $changes})""", params).consume();
	}

	/**
	 * The recorded changes, as {@code key -> [before, after]}.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, List<Object>> changes(String text) {
		return json.readValue(text, Map.class);
	}

	/**
	 * Whether two property values are the same once both are in the form the trail keeps.
	 */
	public static boolean same(@Nullable Object a, @Nullable Object b) {
		return Objects.equals(plain(a), plain(b));
	}

	public static String toJson(@Nullable Object value) {
		return json.writeValueAsString(value);
	}

	private static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof Value driverValue) {
			return driverValue.isNull() ? null : plain(driverValue.asObject());
		}
		if (value instanceof TemporalAccessor temporal) {
			return GraphReads.plain(temporal).toString();
		}
		if (value instanceof Object[] array) {
			return List.of(array);
		}
		if (value instanceof Integer number) {
			return number.longValue();
		}
		return value;
	}

}
