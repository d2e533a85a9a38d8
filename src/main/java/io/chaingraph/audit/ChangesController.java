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
	List<Change> changes(@Argument @Nullable String entity, @Argument @Nullable String actor,
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

	private static Change change(Value entry) {
		List<PropertyChange> properties = new ArrayList<>();
		AuditTrail.changes(entry.get("changes").asString())
			.forEach(
					(key, values) -> properties.add(new PropertyChange(key, json(values.get(0)), json(values.get(1)))));
		return new Change(entry.get("id").asString(), (String) GraphReads.plain(entry.get("at").asObject()),
				entry.get("actor").asString(), entry.get("operation").asString(), entry.get("subject").asString(),
				entry.get("ids").asList(Value::asString), properties);
	}

	// A property absent on one side of the change is null, not the JSON text "null".
	private static @Nullable String json(@Nullable Object value) {
		return (value != null) ? AuditTrail.toJson(value) : null;
	}

}
