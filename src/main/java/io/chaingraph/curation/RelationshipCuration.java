package io.chaingraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.chaingraph.audit.AuditTrail;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.GraphWrites;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.PropertyKind;
import io.chaingraph.graph.RelType;
import io.chaingraph.graph.StatusFlow;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

/**
 * Creates, updates and deletes relationships of the model. Both ends must exist with
 * labels the type may join; a type holds at most one relationship between two nodes, so
 * (type, from, to) names it and creating it again changes nothing.
 */
@Component
class RelationshipCuration {

	private final GraphWrites writes;

	RelationshipCuration(GraphWrites writes) {
		this.writes = writes;
	}

	RelationshipPayload create(RelType type, String from, String to, List<Map<String, Object>> input, String actor) {
		Map<String, Object> properties = checked(type, input);
		properties.values().removeIf(Objects::isNull);
		String marker = UUID.randomUUID().toString();
		return this.writes.write((tx) -> {
			Record row = tx
				.run("""
						%s
						MERGE (a)-[r:`%s`]->(b)
						ON CREATE SET r += $properties, r.curationMarker = $marker
						WITH r, r.curationMarker = $marker AS created
						REMOVE r.curationMarker
						RETURN created, properties(r) AS props""".formatted(ends(tx, type, from, to), type.name()),
						Map.of("from", from, "to", to, "properties", properties, "marker", marker))
				.single();
			Map<String, Object> now = GraphReads.properties(row.get("props"));
			if (row.get("created").asBoolean(false)) {
				AuditTrail.record(tx, actor, "createRelationship", type.name(), List.of(from, to), Map.of(), now);
				return payload(type, from, to, now, true);
			}
			List<String> different = properties.keySet()
				.stream()
				.filter((key) -> !AuditTrail.same(properties.get(key), now.get(key)))
				.toList();
			if (!different.isEmpty()) {
				throw new BadRequestException(CurationErrors.RELATIONSHIP_EXISTS_DIFFERENT, type.name(), from, to,
						different);
			}
			return payload(type, from, to, now, false);
		});
	}

	RelationshipPayload update(RelType type, String from, String to, List<Map<String, Object>> input, String actor) {
		Map<String, Object> changes = checked(type, input);
		return this.writes.write((tx) -> {
			String ends = ends(tx, type, from, to);
			lockStart(tx, type, from);
			List<Record> rows = tx
				.run("""
						%s
						MATCH (a)-[r:`%s`]->(b)
						WITH r, properties(r) AS before
						SET r += $changes
						RETURN before, properties(r) AS props""".formatted(ends, type.name()),
						Map.of("from", from, "to", to, "changes", changes))
				.list();
			if (rows.isEmpty()) {
				throw new NotFoundException(CurationErrors.NO_RELATIONSHIP, type.name(), from, to);
			}
			Map<String, Object> before = GraphReads.properties(rows.get(0).get("before"));
			Map<String, Object> now = GraphReads.properties(rows.get(0).get("props"));
			boolean changed = !before.equals(now);
			if (changed) {
				AuditTrail.record(tx, actor, "updateRelationship", type.name(), List.of(from, to), before, now);
			}
			return payload(type, from, to, now, changed);
		});
	}

	DeletePayload delete(RelType type, String from, String to, String actor) {
		refuseWorkflowOwned(type);
		return this.writes.write((tx) -> {
			String ends = ends(tx, type, from, to);
			lockStart(tx, type, from);
			List<Record> rows = tx.run("""
					%s
					MATCH (a)-[r:`%s`]->(b)
					WITH r, properties(r) AS before
					DELETE r
					RETURN before""".formatted(ends, type.name()), Map.of("from", from, "to", to)).list();
			if (rows.isEmpty()) {
				throw new NotFoundException(CurationErrors.NO_RELATIONSHIP, type.name(), from, to);
			}
			AuditTrail.record(tx, actor, "deleteRelationship", type.name(), List.of(from, to),
					GraphReads.properties(rows.get(0).get("before")), Map.of());
			return new DeletePayload(from, 1);
		});
	}

	// Updates and deletes of a relationship lock its start node first and read "before"
	// in a later statement. Read where it is written, "before" is the value from before
	// the lock was granted: two concurrent updates would record one "before" twice, and
	// two deletes would both delete, and record, the same relationship.
	private static void lockStart(TransactionContext tx, RelType type, String from) {
		GraphWrites.lock(tx, end(tx, type.from(), from, type, "start"), from);
	}

	// Finds both ends by id among the labels the type may join, one index seek per label,
	// and says which end is missing or of the wrong kind.
	private static String ends(TransactionContext tx, RelType type, String from, String to) {
		NodeLabel start = end(tx, type.from(), from, type, "start");
		NodeLabel end = end(tx, type.to(), to, type, "end");
		return "MATCH (a:`%s` {id: $from}), (b:`%s` {id: $to})".formatted(start.name(), end.name());
	}

	private static NodeLabel end(TransactionContext tx, Set<NodeLabel> allowed, String id, RelType type, String which) {
		for (NodeLabel label : allowed) {
			if (tx.run("MATCH (n:`%s` {id: $id}) RETURN n.id".formatted(label.name()), Map.of("id", id)).hasNext()) {
				return label;
			}
		}
		throw new NotFoundException(which.equals("start") ? CurationErrors.NO_START_NODE : CurationErrors.NO_END_NODE,
				id, type.name(), allowed.stream().map(NodeLabel::name).sorted().collect(Collectors.joining(", ")));
	}

	// Refused before the ends are looked up, so the answer is the same whatever exists.
	private static void refuseWorkflowOwned(RelType type) {
		if (StatusFlow.ownsRelationship(type)) {
			throw new BadRequestException(CurationErrors.RELATIONSHIP_IS_WORKFLOW_STATE, type.name(),
					StatusFlow.writtenBy(type));
		}
	}

	private static Map<String, Object> checked(RelType type, List<Map<String, Object>> input) {
		refuseWorkflowOwned(type);
		Map<String, Object> checked = new LinkedHashMap<>();
		for (Map<String, Object> property : input) {
			String key = (String) property.get("key");
			PropertyKind kind = type.properties().get(key);
			if (kind == null) {
				throw new BadRequestException(CurationErrors.NO_RELATIONSHIP_PROPERTY, type.name(), key,
						type.properties().keySet());
			}
			if (checked.containsKey(key)) {
				throw new BadRequestException(CurationErrors.PROPERTY_TWICE, key);
			}
			checked.put(key, PropertyValues.value(type.rule(key), property.get("value")));
		}
		return checked;
	}

	private static RelationshipPayload payload(RelType type, String from, String to, Map<String, Object> properties,
			boolean changed) {
		List<RelationshipPayload.Property> list = new ArrayList<>();
		properties.forEach((key, value) -> list.add(new RelationshipPayload.Property(key,
				(value instanceof String text) ? text : AuditTrail.toJson(value))));
		return new RelationshipPayload(type.name(), from, to, list, changed);
	}

}
