package io.chaingraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.chaingraph.audit.AuditTrail;
import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.GraphWrites;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.PropertyKind;
import io.chaingraph.graph.StatusFlow;
import io.chaingraph.graph.PropertyRule;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

/**
 * Creates, updates and deletes nodes of every label but {@code StatusChange}, which only
 * the workflows write. Creates are idempotent by id: the unique constraint makes
 * concurrent creates of one id produce one node, and creating it again with the same
 * values changes nothing. An id a node of another label holds is refused
 * ({@link GlobalIds}): ids are unique across the graph. Labels come from
 * {@link NodeLabel}, property names from its properties, so no text of the request
 * reaches Cypher except as a parameter.
 */
@Component
class NodeCuration {

	private final GraphWrites writes;

	NodeCuration(GraphWrites writes) {
		this.writes = writes;
	}

	record Result(Map<String, Object> node, boolean changed) {

	}

	static boolean curates(NodeLabel label) {
		return label.isIdSpace() && !StatusFlow.ownsNodes(label);
	}

	Result create(NodeLabel label, Map<String, Object> input, String actor) {
		// A challenge or demand starts with its workflow's first move, which records its
		// initial status in its history; one made here would have neither.
		StatusFlow.of(label).ifPresent((flow) -> {
			throw new BadRequestException(CurationErrors.CREATED_BY_WORKFLOW, label.name(),
					(flow == StatusFlow.CHALLENGE) ? "postChallenge" : "raiseDemand");
		});
		String id = PropertyValues.id(label, input.get("id"));
		Map<String, Object> properties = checked(label, input);
		properties.values().removeIf(Objects::isNull);
		PropertyValues.requireAll(label, properties);
		String marker = UUID.randomUUID().toString();
		return this.writes.write((tx) -> {
			GlobalIds.refuseTaken(tx, label, id);
			String extraLabels = label.extraLabels()
				.stream()
				.map((extra) -> ", n:`" + extra.name() + "`")
				.reduce(", n:`" + GlobalIds.LABEL + "`", String::concat);
			Record row = tx.run("""
					MERGE (n:`%s` {id: $id})
					ON CREATE SET n += $properties, n.curationMarker = $marker%s
					WITH n, n.curationMarker = $marker AS created
					REMOVE n.curationMarker
					RETURN created, properties(n) AS props, labels(n) AS labels""".formatted(label.name(), extraLabels),
					Map.of("id", id, "properties", properties, "marker", marker))
				.single();
			Map<String, Object> node = GraphReads.node(row.get("props"), row.get("labels"));
			if (row.get("created").asBoolean(false)) {
				AuditTrail.record(tx, actor, "create" + label.name(), label.name(), List.of(id), Map.of(),
						GraphReads.properties(row.get("props")));
				return new Result(node, true);
			}
			List<String> different = new ArrayList<>();
			properties.forEach((key, value) -> {
				if (!AuditTrail.same(value, node.get(key))) {
					different.add(key);
				}
			});
			if (!different.isEmpty()) {
				throw new BadRequestException(CurationErrors.NODE_EXISTS_DIFFERENT, label.name(), id, different);
			}
			return new Result(node, false);
		});
	}

	Result update(NodeLabel label, String id, Map<String, Object> input, String actor) {
		Map<String, Object> changes = checked(label, input);
		if (changes.containsKey("id")) {
			throw new BadRequestException(CurationErrors.ID_CANNOT_CHANGE);
		}
		return this.writes.write((tx) -> {
			lock(tx, label, id);
			List<Record> rows = tx
				.run("""
						MATCH (n:`%s` {id: $id})
						WITH n, properties(n) AS before
						SET n += $changes
						RETURN before, properties(n) AS props, labels(n) AS labels""".formatted(label.name()),
						Map.of("id", id, "changes", changes))
				.list();
			if (rows.isEmpty()) {
				throw new NotFoundException(GraphErrors.NO_NODE_OF_LABEL, label.name(), id);
			}
			Map<String, Object> before = GraphReads.node(rows.get(0).get("before"), rows.get(0).get("labels"));
			Map<String, Object> node = GraphReads.node(rows.get(0).get("props"), rows.get(0).get("labels"));
			boolean changed = !before.equals(node);
			if (changed) {
				AuditTrail.record(tx, actor, "update" + label.name(), label.name(), List.of(id),
						GraphReads.properties(rows.get(0).get("before")),
						GraphReads.properties(rows.get(0).get("props")));
			}
			return new Result(node, changed);
		});
	}

	DeletePayload delete(NodeLabel label, String id, boolean detach, String actor) {
		return this.writes.write((tx) -> {
			lock(tx, label, id);
			List<Record> rows = tx
				.run("""
						MATCH (n:`%s` {id: $id})
						RETURN properties(n) AS props, labels(n) AS labels, COUNT { (n)--() } AS relationships"""
					.formatted(label.name()), Map.of("id", id))
				.list();
			if (rows.isEmpty()) {
				throw new NotFoundException(GraphErrors.NO_NODE_OF_LABEL, label.name(), id);
			}
			long relationships = rows.get(0).get("relationships").asLong();
			refuseWorkflowRelationships(tx, label, id);
			if (relationships > 0 && !detach) {
				throw new BadRequestException(CurationErrors.NODE_HAS_RELATIONSHIPS, label.name(), id, relationships);
			}
			// A workflow's history goes with its challenge or demand.
			tx.run("""
					MATCH (n:`%s` {id: $id})
					OPTIONAL MATCH (n)-[:HAS_STATUS_CHANGE]->(s:StatusChange)
					DETACH DELETE s, n""".formatted(label.name()), Map.of("id", id)).consume();
			AuditTrail.record(tx, actor, "delete" + label.name(), label.name(), List.of(id),
					GraphReads.properties(rows.get(0).get("props")), Map.of());
			return new DeletePayload(id, relationships);
		});
	}

	// Taken before "before" is read, in a statement of its own. Read in the statement
	// that writes, "before" is the value from before the lock was granted, which a
	// concurrent write may have changed since: two audit entries would share one.
	private static void lock(TransactionContext tx, NodeLabel label, String id) {
		if (!GraphWrites.lock(tx, label, id)) {
			throw new NotFoundException(GraphErrors.NO_NODE_OF_LABEL, label.name(), id);
		}
	}

	// A challenge or demand takes its workflow state with it; any other node that is part
	// of one (a team's application, who posted, raised, dispatched or accepted) would
	// leave a workflow whose state no move made.
	private static void refuseWorkflowRelationships(TransactionContext tx, NodeLabel label, String id) {
		if (StatusFlow.of(label).isPresent()) {
			return;
		}
		List<String> types = StatusFlow.ownedRelationships().stream().map(Enum::name).toList();
		List<Record> rows = tx
			.run("""
					MATCH (n:`%s` {id: $id})-[r]-()
					WHERE type(r) IN $types
					RETURN DISTINCT type(r) AS type ORDER BY type""".formatted(label.name()),
					Map.of("id", id, "types", types))
			.list();
		if (!rows.isEmpty()) {
			throw new BadRequestException(CurationErrors.NODE_IN_WORKFLOW, label.name(), id,
					rows.stream().map((row) -> row.get("type").asString()).toList());
		}
	}

	private static Map<String, Object> checked(NodeLabel label, Map<String, Object> input) {
		Map<String, Object> checked = new LinkedHashMap<>();
		input.forEach((key, value) -> {
			PropertyKind kind = label.properties().get(key);
			if (kind != null && StatusFlow.ownsProperty(label, key)) {
				throw new BadRequestException(CurationErrors.PROPERTY_IS_WORKFLOW_STATE, key, label.name(),
						StatusFlow.of(label).map(StatusFlow::moves).orElse("the workflow moves"));
			}
			if (kind == null) {
				throw new BadRequestException(CurationErrors.NO_CURATABLE_PROPERTY, label.name(), key);
			}
			PropertyRule rule = label.rule(key);
			if (value == null && rule.removed(rule.what()) != null) {
				throw new BadRequestException(rule.removed(rule.what()));
			}
			checked.put(key, PropertyValues.value(rule, value));
		});
		return checked;
	}

}
