package io.chaingraph.importing;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import io.chaingraph.graph.StatusFlow;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * The import's check of workflow state ({@link StatusFlow}): statuses, their timestamps,
 * {@code APPLIED_TO.status}, {@code StatusChange} nodes and {@code HAS_STATUS_CHANGE}. An
 * imported challenge or demand either starts in its initial status with no history, and
 * the import then records that first change itself (actor {@value #ACTOR}), or brings its
 * whole history: StatusChange rows linked by HAS_STATUS_CHANGE whose statuses, ordered by
 * {@code at} then id, are moves of its workflow from the initial status to its own, with
 * each status's timestamp on the node equal to its change's {@code at}. A history in the
 * graph is never rewritten: the files may repeat it as it is (an export imported again),
 * not replace, extend or move it. The importer feeds every row here while it validates,
 * then calls {@link #check}; nothing is written when it reports an error.
 */
final class HistoryCheck {

	static final String ACTOR = "import";

	private record At(String file, int line) {

	}

	/** A row of the files, or (with no place) a node of the graph. */
	private record Row(Map<String, Object> props, @Nullable At at) {

	}

	private record Link(NodeLabel label, String subject, String change, At at) {

	}

	private record Application(String team, String challenge, @Nullable Object status, At at) {

	}

	/** A first change the import records for a challenge or demand that has none. */
	private record Initial(NodeLabel label, String subject, String status, ZonedDateTime at,
			@Nullable String timestamp) {

	}

	/** A challenge or demand as the graph has it. */
	private record Stored(Map<String, Object> props, List<Map<String, Object>> history) {

	}

	private final Map<NodeLabel, Map<String, Row>> subjects = new EnumMap<>(NodeLabel.class);

	private final Map<String, Row> changes = new LinkedHashMap<>();

	private final List<Link> links = new ArrayList<>();

	private final List<Application> applications = new ArrayList<>();

	private final List<Initial> initials = new ArrayList<>();

	void node(ImportHeader.Nodes header, List<@Nullable String> row, String file, int line) {
		NodeLabel label = header.idSpace();
		if (label != NodeLabel.StatusChange && StatusFlow.of(label).isEmpty()) {
			return;
		}
		String id = row.get(header.idColumn());
		if (id == null) {
			return;
		}
		Row parsed = new Row(GraphImporter.properties(row, header.properties(), (reason) -> {
		}), new At(file, line));
		if (label == NodeLabel.StatusChange) {
			this.changes.putIfAbsent(id, parsed);
		}
		else {
			this.subjects.computeIfAbsent(label, (key) -> new LinkedHashMap<>()).putIfAbsent(id, parsed);
		}
	}

	void relationship(ImportHeader.Relationships header, List<@Nullable String> row, String file, int line) {
		String type = row.get(header.typeColumn());
		String start = row.get(header.startColumn());
		String end = row.get(header.endColumn());
		if (type == null || start == null || end == null) {
			return;
		}
		At at = new At(file, line);
		if (type.strip().equals(RelType.HAS_STATUS_CHANGE.name()) && StatusFlow.of(header.start()).isPresent()
				&& header.end() == NodeLabel.StatusChange) {
			this.links.add(new Link(header.start(), start, end, at));
		}
		else if (type.strip().equals(RelType.APPLIED_TO.name()) && header.end() == NodeLabel.Challenge) {
			Object status = GraphImporter.properties(row, header.properties(), (reason) -> {
			}).get("status");
			this.applications.add(new Application(start, end, status, at));
		}
	}

	/**
	 * Checks what was fed against itself and the graph, reporting into the job; on
	 * success, remembers the first changes to record. Without a driver the graph is taken
	 * to be empty (a bulk load's new store): nothing is read from it.
	 */
	void check(ImportJob job, @Nullable Driver driver) {
		if (this.subjects.isEmpty() && this.changes.isEmpty() && this.links.isEmpty() && this.applications.isEmpty()) {
			return;
		}
		Map<String, Row> storedChanges = new HashMap<>();
		Map<String, List<String>> storedOwners = new HashMap<>();
		Map<NodeLabel, Map<String, Stored>> stored = new EnumMap<>(NodeLabel.class);
		Map<String, Map<String, Object>> storedApplications = new HashMap<>();
		if (driver != null) {
			read(driver, storedChanges, storedOwners, stored, storedApplications);
		}
		checkChanges(job, storedChanges, storedOwners);
		Map<String, String> statusBeforeClosed = new HashMap<>();
		Map<String, String> effectiveStatus = new HashMap<>();
		Set<String> rewritten = new LinkedHashSet<>();
		for (StatusFlow flow : StatusFlow.values()) {
			Set<String> ids = new LinkedHashSet<>(this.subjects.getOrDefault(flow.label(), Map.of()).keySet());
			this.links.stream()
				.filter((link) -> link.label() == flow.label())
				.forEach((link) -> ids.add(link.subject()));
			for (String id : ids) {
				checkSubject(job, flow, id, stored.getOrDefault(flow.label(), Map.of()).get(id), storedChanges,
						effectiveStatus, statusBeforeClosed, rewritten);
			}
		}
		checkApplications(job, stored.getOrDefault(NodeLabel.Challenge, Map.of()), storedApplications, effectiveStatus,
				statusBeforeClosed, rewritten);
	}

	/**
	 * Records the first change of every imported challenge or demand that came with no
	 * history, after the files' rows are written.
	 */
	void write(GraphWriter writer) {
		// In batches, as the rows were: one transaction per first change would make an
		// import of many open challenges as slow as one request per row.
		List<Map<String, Object>> changes = new ArrayList<>();
		Map<NodeLabel, List<Map<String, Object>>> links = new EnumMap<>(NodeLabel.class);
		Map<NodeLabel, List<Map<String, Object>>> timestamps = new EnumMap<>(NodeLabel.class);
		for (Initial initial : this.initials) {
			String id = "sc_import_" + UUID.randomUUID();
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("name", initial.status());
			props.put("status", initial.status());
			props.put("at", initial.at());
			props.put("actor", ACTOR);
			props.put("note", "imported");
			changes.add(Map.of("id", id, "props", props));
			links.computeIfAbsent(initial.label(), (label) -> new ArrayList<>())
				.add(Map.of("s", initial.subject(), "e", id, "props", Map.of()));
			if (initial.timestamp() != null) {
				timestamps.computeIfAbsent(initial.label(), (label) -> new ArrayList<>())
					.add(Map.of("id", initial.subject(), "props", Map.of(initial.timestamp(), initial.at())));
			}
		}
		for (int from = 0; from < changes.size(); from += BATCH) {
			writer.nodes(NodeLabel.StatusChange, Set.of(),
					changes.subList(from, Math.min(changes.size(), from + BATCH)));
		}
		links.forEach((label, rows) -> {
			for (int from = 0; from < rows.size(); from += BATCH) {
				writer.relationships(label, RelType.HAS_STATUS_CHANGE, NodeLabel.StatusChange,
						rows.subList(from, Math.min(rows.size(), from + BATCH)));
			}
		});
		timestamps.forEach((label, rows) -> {
			for (int from = 0; from < rows.size(); from += BATCH) {
				writer.nodes(label, label.extraLabels(), rows.subList(from, Math.min(rows.size(), from + BATCH)));
			}
		});
	}

	private static final int BATCH = 5_000;

	// --- the graph's side
	// ------------------------------------------------------------------

	private void read(Driver driver, Map<String, Row> storedChanges, Map<String, List<String>> storedOwners,
			Map<NodeLabel, Map<String, Stored>> stored, Map<String, Map<String, Object>> storedApplications) {
		Set<String> changeIds = new LinkedHashSet<>(this.changes.keySet());
		this.links.forEach((link) -> changeIds.add(link.change()));
		Map<NodeLabel, Set<String>> subjectIds = new EnumMap<>(NodeLabel.class);
		this.subjects.forEach((label, rows) -> subjectIds.computeIfAbsent(label, (key) -> new LinkedHashSet<>())
			.addAll(rows.keySet()));
		this.links.forEach(
				(link) -> subjectIds.computeIfAbsent(link.label(), (key) -> new LinkedHashSet<>()).add(link.subject()));
		this.applications
			.forEach((application) -> subjectIds.computeIfAbsent(NodeLabel.Challenge, (key) -> new LinkedHashSet<>())
				.add(application.challenge()));
		try (Session session = driver.session()) {
			for (List<String> chunk : chunks(changeIds)) {
				session.executeRead((tx) -> tx
					.run("""
							UNWIND $ids AS id
							MATCH (h:StatusChange {id: id})
							RETURN h.id AS id, properties(h) AS props,
							       [(s)-[:HAS_STATUS_CHANGE]->(h) | [l IN labels(s) WHERE l <> $global][0] + ' ' + s.id] AS owners""",
							Values.parameters("ids", chunk, "global", GlobalIds.LABEL))
					.list()).forEach((row) -> {
						String id = row.get("id").asString();
						storedChanges.put(id, new Row(row.get("props").asMap(HistoryCheck::plain), null));
						storedOwners.put(id, row.get("owners").asList(Value::asString));
					});
			}
			subjectIds.forEach((label, ids) -> {
				for (List<String> chunk : chunks(ids)) {
					List<Record> rows = session.executeRead((tx) -> tx
						.run("""
								UNWIND $ids AS id
								MATCH (s:`%s` {id: id})
								RETURN s.id AS id, properties(s) AS props,
								       [(s)-[:HAS_STATUS_CHANGE]->(h:StatusChange) | properties(h)] AS history,
								       [(t:Team)-[a:APPLIED_TO]->(s) | {team: t.id, status: a.status}] AS applications"""
							.formatted(label.name()), Values.parameters("ids", chunk))
						.list());
					for (Record row : rows) {
						String id = row.get("id").asString();
						stored.computeIfAbsent(label, (key) -> new HashMap<>())
							.put(id, new Stored(row.get("props").asMap(HistoryCheck::plain),
									row.get("history").asList((change) -> change.asMap(HistoryCheck::plain))));
						if (label == NodeLabel.Challenge) {
							Map<String, Object> byTeam = new HashMap<>();
							row.get("applications")
								.asList((application) -> application)
								.forEach((application) -> byTeam.put(application.get("team").asString(),
										application.get("status").asString(null)));
							storedApplications.put(id, byTeam);
						}
					}
				}
			});
		}
	}

	// --- the checks
	// -------------------------------------------------------------------------

	private void checkChanges(ImportJob job, Map<String, Row> storedChanges, Map<String, List<String>> storedOwners) {
		Map<String, Link> owners = new HashMap<>();
		for (Link link : this.links) {
			String owner = owner(link.label(), link.subject());
			Link first = owners.putIfAbsent(link.change(), link);
			if (first != null && !owner(first.label(), first.subject()).equals(owner)) {
				job.error(link.at().file(), link.at().line(),
						"StatusChange '%s' is already in the history of %s (%s:%d); a change belongs to one challenge or demand"
							.formatted(link.change(), describe(first.label(), first.subject()), first.at().file(),
									first.at().line()));
			}
			for (String stored : storedOwners.getOrDefault(link.change(), List.of())) {
				if (!stored.equals(owner)) {
					job.error(link.at().file(), link.at().line(),
							"StatusChange '%s' belongs to the history of %s in the graph; it cannot move to %s"
								.formatted(link.change(), stored.replace(" ", " '") + "'",
										describe(link.label(), link.subject())));
				}
			}
		}
		this.changes.forEach((id, row) -> {
			if (!owners.containsKey(id) && storedOwners.getOrDefault(id, List.of()).isEmpty()) {
				error(job, row.at(),
						"StatusChange '%s' is in no history: link it from its challenge or demand with HAS_STATUS_CHANGE"
							.formatted(id));
			}
			List<String> missing = new ArrayList<>();
			for (String key : List.of("status", "at", "actor")) {
				if (row.props().get(key) == null) {
					missing.add(key);
				}
			}
			if (!missing.isEmpty()) {
				error(job, row.at(), "StatusChange '%s' needs %s".formatted(id, String.join(", ", missing)));
			}
			Row before = storedChanges.get(id);
			if (before != null) {
				List<String> different = row.props()
					.keySet()
					.stream()
					.filter((key) -> !same(row.props().get(key), before.props().get(key)))
					.toList();
				if (!different.isEmpty()) {
					error(job, row.at(),
							"StatusChange '%s' exists in the graph with other values for %s; a history is not rewritten"
								.formatted(id, different));
				}
			}
		});
	}

	private void checkSubject(ImportJob job, StatusFlow flow, String id, @Nullable Stored stored,
			Map<String, Row> storedChanges, Map<String, String> effectiveStatus, Map<String, String> statusBeforeClosed,
			Set<String> rewritten) {
		NodeLabel label = flow.label();
		Row row = this.subjects.getOrDefault(label, Map.of()).get(id);
		List<Link> own = this.links.stream()
			.filter((link) -> link.label() == label && link.subject().equals(id))
			.toList();
		At at = (row != null) ? row.at() : own.get(0).at();
		Map<String, Object> props = new HashMap<>((stored != null) ? stored.props() : Map.of());
		if (row != null) {
			props.putAll(row.props());
		}
		Object status = props.get("status");
		List<Map<String, Object>> history = (stored != null) ? stored.history() : List.of();
		if (!own.isEmpty()) {
			Set<String> given = new LinkedHashSet<>();
			own.forEach((link) -> given.add(link.change()));
			Set<String> existing = new LinkedHashSet<>();
			history.forEach((change) -> existing.add((String) change.get("id")));
			if (!existing.isEmpty() && !existing.equals(given)) {
				error(job, own.get(0).at(),
						"%s already has a history of %d change(s) in the graph; the files give another (%d change(s)); a history is not rewritten"
							.formatted(describe(label, id), existing.size(), given.size()));
				return;
			}
			if (existing.isEmpty()) {
				history = new ArrayList<>();
				for (String change : given) {
					Row changeRow = this.changes.containsKey(change) ? this.changes.get(change)
							: storedChanges.get(change);
					if (changeRow == null) {
						// Reported by the importer as a missing StatusChange.
						return;
					}
					Map<String, Object> entry = new HashMap<>(changeRow.props());
					entry.put("id", change);
					history.add(entry);
				}
				rewritten.add(owner(label, id));
			}
		}
		if (history.isEmpty()) {
			checkWithoutHistory(job, flow, id, stored, row, props, at);
			if (status instanceof String text) {
				effectiveStatus.put(owner(label, id), text);
			}
			return;
		}
		List<Map<String, Object>> ordered = new ArrayList<>(history);
		if (ordered.stream().anyMatch((change) -> !(change.get("at") instanceof ZonedDateTime))) {
			// A change without its time is reported with its row.
			return;
		}
		ordered
			.sort(Comparator.comparing((Map<String, Object> change) -> ((ZonedDateTime) change.get("at")).toInstant())
				.thenComparing((change) -> (String) change.get("id")));
		Object mode = props.get("mode");
		String previous = null;
		List<String> path = new ArrayList<>();
		for (Map<String, Object> change : ordered) {
			String next = String.valueOf(change.get("status"));
			if (previous == null) {
				if (!next.equals(flow.initial())) {
					error(job, at, "The history of %s starts at %s (StatusChange '%s'); a %s starts %s"
						.formatted(describe(label, id), next, change.get("id"), label.name(), flow.initial()));
					return;
				}
			}
			else if (!flow.next(previous, (mode instanceof String text) ? text : null).contains(next)) {
				error(job, at,
						"The history of %s moves from %s to %s (StatusChange '%s'), which is not a move of %s; from %s it goes to %s"
							.formatted(describe(label, id), previous, next, change.get("id"), what(flow, mode),
									previous, new java.util.TreeSet<>(
											flow.next(previous, (mode instanceof String text) ? text : null))));
				return;
			}
			path.add(next);
			previous = next;
		}
		if (!previous.equals(status)) {
			error(job, at,
					(status == null)
							? "%s needs its status, %s, where its history ends".formatted(describe(label, id), previous)
							: "%s is %s, but its history ends at %s; its status changes only by %s"
								.formatted(describe(label, id), status, previous, flow.moves()));
			return;
		}
		effectiveStatus.put(owner(label, id), previous);
		if (path.size() >= 2) {
			statusBeforeClosed.put(owner(label, id), path.get(path.size() - 2));
		}
		for (String state : flow.statuses()) {
			String timestamp = flow.timestampOf(state);
			if (timestamp == null) {
				continue;
			}
			int index = path.indexOf(state);
			Object value = props.get(timestamp);
			if (index < 0) {
				if (value != null) {
					error(job, at, "%s has %s, but its history never reached %s".formatted(describe(label, id),
							timestamp, state));
				}
				continue;
			}
			ZonedDateTime changed = (ZonedDateTime) ordered.get(index).get("at");
			if (!(value instanceof ZonedDateTime when)) {
				error(job, at, "%s needs %s, the time of its change to %s (%s)".formatted(describe(label, id),
						timestamp, state, changed));
			}
			else if (Duration.between(when.toInstant(), changed.toInstant())
				.abs()
				.compareTo(StatusFlow.TIMESTAMP_TOLERANCE) > 0) {
				error(job, at, "%s has %s %s, but its change to %s (StatusChange '%s') is at %s"
					.formatted(describe(label, id), timestamp, when, state, ordered.get(index).get("id"), changed));
			}
		}
	}

	private void checkWithoutHistory(ImportJob job, StatusFlow flow, String id, @Nullable Stored stored,
			@Nullable Row row, Map<String, Object> props, At at) {
		NodeLabel label = flow.label();
		Object status = props.get("status");
		Object given = (row != null) ? row.props().get("status") : null;
		if (stored != null) {
			Object before = stored.props().get("status");
			if (given != null && !given.equals(before)) {
				error(job, at, "%s is %s in the graph; the files make it %s, but its status changes only by %s"
					.formatted(describe(label, id), before, given, flow.moves()));
				return;
			}
			if (!flow.initial().equals(status)) {
				// A challenge or demand stored before workflows kept a history: the files
				// leave its status as it is.
				return;
			}
		}
		else if (!flow.initial().equals(status)) {
			error(job, at, (status == null) ? "%s needs its status, %s".formatted(describe(label, id), flow.initial())
					: "%s is %s, but the files give it no history: an imported %s starts %s, or comes with its StatusChange rows linked by HAS_STATUS_CHANGE"
						.formatted(describe(label, id), status, label.name(), flow.initial()));
			return;
		}
		for (String timestamp : flow.timestampProperties()) {
			if (!timestamp.equals(flow.timestampOf(flow.initial())) && props.get(timestamp) != null) {
				error(job, at, "%s has %s, but it is %s and has no history".formatted(describe(label, id), timestamp,
						flow.initial()));
				return;
			}
		}
		String timestamp = flow.timestampOf(flow.initial());
		Object when = (timestamp != null) ? props.get(timestamp) : null;
		ZonedDateTime first = (when instanceof ZonedDateTime zoned) ? zoned : ZonedDateTime.now(ZoneOffset.UTC);
		this.initials.add(new Initial(label, id, flow.initial(), first, (when == null) ? timestamp : null));
	}

	private void checkApplications(ImportJob job, Map<String, Stored> stored,
			Map<String, Map<String, Object>> storedApplications, Map<String, String> effectiveStatus,
			Map<String, String> statusBeforeClosed, Set<String> rewritten) {
		Map<String, Map<String, Application>> byChallenge = new LinkedHashMap<>();
		for (Application application : this.applications) {
			byChallenge.computeIfAbsent(application.challenge(), (key) -> new LinkedHashMap<>())
				.put(application.team(), application);
		}
		// A new history sets a status the graph's applications must fit too.
		for (String owner : rewritten) {
			if (owner.startsWith(NodeLabel.Challenge.name() + " ")) {
				byChallenge.computeIfAbsent(owner.substring(NodeLabel.Challenge.name().length() + 1),
						(key) -> new LinkedHashMap<>());
			}
		}
		byChallenge.forEach((challenge, given) -> {
			String owner = owner(NodeLabel.Challenge, challenge);
			String status = effectiveStatus.get(owner);
			if (status == null) {
				Stored before = stored.get(challenge);
				Object text = (before != null) ? before.props().get("status") : null;
				status = (text instanceof String value) ? value : null;
			}
			if (status == null) {
				return;
			}
			Set<String> allowed = StatusFlow.applicationStatuses(status, statusBeforeClosed.get(owner));
			Map<String, Object> before = storedApplications.getOrDefault(challenge, Map.of());
			Map<String, Object> merged = new LinkedHashMap<>(before);
			given.forEach((team, application) -> {
				if (application.status() != null) {
					merged.put(team, application.status());
				}
			});
			for (Application application : given.values()) {
				Object value = merged.get(application.team());
				if (value == null) {
					error(job, application.at(), "Team '%s' applies to challenge '%s' without the application's status"
						.formatted(application.team(), challenge));
				}
				else if (!allowed.contains(value)) {
					error(job, application.at(),
							"Team '%s' is %s on challenge '%s', which is %s; a %s challenge's applications are %s (they change only by %s)"
								.formatted(application.team(), value, challenge, status, status,
										new java.util.TreeSet<>(allowed), StatusFlow.writtenBy(RelType.APPLIED_TO)));
				}
			}
			if (rewritten.contains(owner)) {
				At at = this.subjects.getOrDefault(NodeLabel.Challenge, Map.of()).containsKey(challenge)
						? this.subjects.get(NodeLabel.Challenge).get(challenge).at() : null;
				for (Map.Entry<String, Object> entry : storedApplications.getOrDefault(challenge, Map.of())
					.entrySet()) {
					if (!given.containsKey(entry.getKey()) && at != null
							&& (entry.getValue() == null || !allowed.contains(entry.getValue()))) {
						error(job, at, "Team '%s' is %s on challenge '%s' in the graph, which its history makes %s"
							.formatted(entry.getKey(), entry.getValue(), challenge, status));
					}
				}
			}
			long awarded = merged.values().stream().filter("AWARDED"::equals).count();
			if (awarded > 1) {
				Application last = given.values().stream().reduce((a, b) -> b).orElse(null);
				if (last != null) {
					error(job, last.at(), "Challenge '%s' would have %d AWARDED teams; it is awarded to one"
						.formatted(challenge, awarded));
				}
			}
		});
	}

	// --- helpers
	// ----------------------------------------------------------------------------

	private static void error(ImportJob job, At at, String reason) {
		job.error(at.file(), at.line(), reason);
	}

	private static String owner(NodeLabel label, String id) {
		return label.name() + " " + id;
	}

	private static String describe(NodeLabel label, String id) {
		return "%s '%s'".formatted(label.name(), id);
	}

	private static String what(StatusFlow flow, @Nullable Object mode) {
		return (flow == StatusFlow.CHALLENGE) ? "a challenge in mode " + mode : "a demand";
	}

	private static boolean same(@Nullable Object a, @Nullable Object b) {
		if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
			return x.toInstant().equals(y.toInstant());
		}
		return Objects.equals(a, b);
	}

	// Values from the driver as the importer reads them: datetimes as ZonedDateTime.
	private static @Nullable Object plain(Value value) {
		if (value.isNull()) {
			return null;
		}
		return switch (value.type().name()) {
			case "DATE_TIME" -> value.asZonedDateTime();
			default -> value.asObject();
		};
	}

	private static List<List<String>> chunks(Set<String> ids) {
		List<String> all = new ArrayList<>(ids);
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += 10_000) {
			chunks.add(all.subList(from, Math.min(all.size(), from + 10_000)));
		}
		return chunks;
	}

}
