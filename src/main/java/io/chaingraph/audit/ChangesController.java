package io.chaingraph.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.audit.AuditTrail;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodePages;
import io.chaingraph.system.error.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.changes}: the audit trail, newest first.
 */
@Controller
class ChangesController {

	private final GraphReads reads;

	ChangesController(GraphReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	List<Map<String, Object>> changes(@Argument @Nullable String entity, @Argument @Nullable String actor,
			@Argument @Nullable String since, @Argument int first) {
		NodePages.checkFirst(first);
		Map<String, Object> params = new HashMap<>();
		params.put("entity", entity);
		params.put("actor", actor);
		params.put("first", first);
		try {
			params.put("since", (since != null) ? OffsetDateTime.parse(since) : null);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(AuditErrors.NOT_AN_OFFSET_DATE_TIME, since);
		}
		return this.reads.read("""
				MATCH (a:AuditEntry)
				WHERE ($entity IS NULL OR $entity IN a.ids) AND ($actor IS NULL OR a.actor = $actor)
				  AND ($since IS NULL OR a.at >= $since)
				RETURN properties(a) AS a ORDER BY a.id DESC LIMIT $first""", params)
			.stream()
			.map((row) -> change(row.get("a")))
			.toList();
	}

	private static Map<String, Object> change(Value entry) {
		Map<String, Object> change = GraphReads.properties(entry);
		List<Map<String, Object>> properties = new ArrayList<>();
		AuditTrail.changes(entry.get("changes").asString()).forEach((key, values) -> {
			Map<String, Object> property = new HashMap<>();
			property.put("key", key);
			property.put("before", (values.get(0) != null) ? AuditTrail.toJson(values.get(0)) : null);
			property.put("after", (values.get(1) != null) ? AuditTrail.toJson(values.get(1)) : null);
			properties.add(property);
		});
		change.put("properties", properties);
		return change;
	}

}
