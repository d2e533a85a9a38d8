package io.chaingraph.demand;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.expert.ExpertRanking;
import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.GraphWrites;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.system.BadRequestException;
import io.chaingraph.system.ForbiddenException;
import io.chaingraph.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

/**
 * The demand workflow: RAISED → DISPATCHED → ACCEPTED → RESOLVED. The committee of the
 * demand's chain ({@link DemandChains}) dispatches a demand to a department, or a
 * technology demand to experts, suggested by expertsFor when none are named. Only a
 * department or expert it was dispatched to may accept it, and only the one that accepted
 * it resolves it. Each move locks the demand first and then reads what it decides on, in
 * the transaction that makes it, so of concurrent conflicting moves one wins and the rest
 * are refused with the state it left; each is recorded as a {@code StatusChange}.
 */
@Component
public class DemandWorkflow {

	/**
	 * A department or an expert a demand may be sent to, and a key may act for.
	 */
	public record Taker(NodeLabel label, String id) {

	}

	private final Driver driver;

	private final GraphWrites writes;

	private final ExpertRanking ranking;

	DemandWorkflow(Driver driver, GraphWrites writes, ExpertRanking ranking) {
		this.driver = driver;
		this.writes = writes;
		this.ranking = ranking;
	}

	public Map<String, Object> raise(String enterprise, String kind, String name, @Nullable String description,
			List<String> technologies, String actor) {
		// The arguments that become properties pass the model's one check, with the
		// messages curation and import give.
		NodeLabel.Demand.check("kind", "Argument 'kind'", kind);
		NodeLabel.Demand.checkText("name", "Argument 'name'", name);
		NodeLabel.Demand.checkText("description", "Argument 'description'", description);
		if (kind.equals("TECHNOLOGY") && technologies.isEmpty()) {
			throw new BadRequestException("A TECHNOLOGY demand names at least one technology in 'technologies'");
		}
		String id = "demand_" + UUID.randomUUID();
		return write((tx) -> {
			require(tx, "MATCH (e:Enterprise {id: $id}) RETURN e.id", enterprise, "No enterprise with id '%s'");
			for (String technology : technologies) {
				require(tx, "MATCH (t:Technology {id: $id}) RETURN t.id", technology, "No technology with id '%s'");
			}
			Map<String, Object> params = new HashMap<>();
			params.put("id", id);
			params.put("enterprise", enterprise);
			params.put("kind", kind);
			params.put("name", name);
			params.put("description", description);
			params.put("technologies", technologies);
			params.put("at", now());
			tx.run("""
					MATCH (e:Enterprise {id: $enterprise})
					CREATE (e)-[:RAISED]->(d:Demand:`%s` {id: $id, name: $name, description: $description, kind: $kind,
					  status: 'RAISED', raisedAt: $at})
					WITH d
					UNWIND $technologies AS tid
					MATCH (t:Technology {id: tid})
					CREATE (d)-[:CONCERNS]->(t)""".formatted(GlobalIds.LABEL), params).consume();
			return change(tx, id, "RAISED", actor, null);
		});
	}

	public Map<String, Object> dispatch(String demand, String committee, @Nullable String department,
			@Nullable List<String> experts, String actor) {
		List<String> suggested = (department == null && (experts == null || experts.isEmpty())) ? suggestExperts(demand)
				: experts;
		return write((tx) -> {
			Record d = demand(tx, demand);
			expect(d, "RAISED", "dispatched");
			require(tx, "MATCH (p:PartyOrganization {id: $id, kind: 'CHAIN_COMMITTEE'}) RETURN p.id", committee,
					"No chain committee with id '%s'");
			DemandChains.requireCommitteeOf(tx, demand, committee);
			if (department == null && (suggested == null || suggested.isEmpty())) {
				throw new BadRequestException("Dispatch to a department, or to experts for a technology demand");
			}
			if (department != null) {
				require(tx, "MATCH (x:Department {id: $id}) RETURN x.id", department, "No department with id '%s'");
			}
			else {
				for (String expert : suggested) {
					require(tx, "MATCH (x:Expert {id: $id}) RETURN x.id", expert, "No expert with id '%s'");
				}
			}
			if (suggested != null && !suggested.isEmpty() && !d.get("kind").asString().equals("TECHNOLOGY")) {
				throw new BadRequestException("Only a technology demand is dispatched to experts");
			}
			Map<String, Object> params = new HashMap<>();
			params.put("demand", demand);
			params.put("committee", committee);
			params.put("targets", (department != null) ? List.of(department) : suggested);
			params.put("at", now());
			tx.run("""
					MATCH (d:Demand {id: $demand}), (p:PartyOrganization {id: $committee})
					CREATE (p)-[:DISPATCHED]->(d)
					SET d.status = 'DISPATCHED', d.dispatchedAt = $at
					WITH d
					UNWIND $targets AS tid
					MATCH (t {id: tid}) WHERE t:Department OR t:Expert
					CREATE (d)-[:DISPATCHED_TO]->(t)""", params).consume();
			return change(tx, demand, "DISPATCHED", actor, String.join(", ", (List<String>) params.get("targets")));
		});
	}

	/**
	 * A department or expert takes a demand sent to it; {@code as} is the label the taker
	 * must have, Department or Expert, or null for either (an ADMIN key).
	 */
	public Map<String, Object> accept(String demand, String taker, @Nullable NodeLabel as, String actor) {
		return write((tx) -> {
			expect(demand(tx, demand), "DISPATCHED", "accepted");
			String query = """
					MATCH (d:Demand {id: $demand})-[:DISPATCHED_TO]->(x {id: $taker})
					WHERE CASE WHEN $as IS NULL THEN x:Department OR x:Expert ELSE $as IN labels(x) END
					CREATE (x)-[:ACCEPTED]->(d)
					SET d.status = 'ACCEPTED', d.acceptedAt = $at
					RETURN x.id AS id""";
			Map<String, Object> params = new HashMap<>();
			params.put("demand", demand);
			params.put("taker", taker);
			params.put("as", (as != null) ? as.name() : null);
			params.put("at", now());
			if (tx.run(query, params).list().isEmpty()) {
				throw new BadRequestException("Demand '%s' was not dispatched to '%s'".formatted(demand, taker));
			}
			return change(tx, demand, "ACCEPTED", actor, taker);
		});
	}

	/**
	 * Resolves an accepted demand; {@code scope} is what the key acts for, one of which
	 * must have accepted it, or null for anyone (an ADMIN key).
	 */
	public Map<String, Object> resolve(String demand, @Nullable String note, @Nullable List<Taker> scope,
			String actor) {
		NodeLabel.StatusChange.checkText("note", "Argument 'note'", note);
		return write((tx) -> {
			Record d = demand(tx, demand);
			if (scope != null && scope.stream().noneMatch((taker) -> accepted(tx, taker, demand))) {
				throw new ForbiddenException("This key resolves only demands %s accepted".formatted(String.join(" or ",
						scope.stream()
							.map((taker) -> "its %s '%s'".formatted(noun(taker.label()), taker.id()))
							.toList())));
			}
			expect(d, "ACCEPTED", "resolved");
			tx.run("MATCH (d:Demand {id: $demand}) SET d.status = 'RESOLVED', d.resolvedAt = $at",
					Map.of("demand", demand, "at", now()))
				.consume();
			return change(tx, demand, "RESOLVED", actor, note);
		});
	}

	private @Nullable List<String> suggestExperts(String demand) {
		// Right after the demand's write: with the writes' bookmarks, a cluster member
		// serving the read has it.
		try (var session = this.driver.session(SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarkManager(this.driver.executableQueryBookmarkManager())
			.build())) {
			List<Record> rows = session.executeRead((tx) -> tx
				.run("""
						MATCH (d:Demand {id: $id})
						OPTIONAL MATCH (d)-[:CONCERNS]->(t:Technology)
						RETURN d.kind AS kind, d.name + ' ' + coalesce(d.description, '') AS text, collect(t.id)[0] AS technology""",
						Map.of("id", demand))
				.list());
			if (rows.isEmpty() || !rows.get(0).get("kind").asString().equals("TECHNOLOGY")) {
				return null;
			}
			Record row = rows.get(0);
			String technology = row.get("technology").isNull() ? null : row.get("technology").asString();
			// A long description is the demand's own text, not a client's query: it is
			// cut, not refused.
			String text = row.get("text").asString();
			return this.ranking
				.rank(null, technology, text.substring(0, Math.min(text.length(), ExpertRanking.MAX_QUERY)), false,
						null, 3)
				.matches()
				.stream()
				.map((match) -> (String) match.expert().get("id"))
				.toList();
		}
	}

	private static boolean accepted(TransactionContext tx, Taker taker, String demand) {
		return tx
			.run("MATCH (:`%s` {id: $taker})-[:ACCEPTED]->(:Demand {id: $demand}) RETURN $taker"
				.formatted(taker.label().name()), Map.of("taker", taker.id(), "demand", demand))
			.hasNext();
	}

	static String noun(NodeLabel label) {
		return label.name().toLowerCase(Locale.ROOT);
	}

	// Names the state the demand is in, which under the lock is the state the move before
	// left.
	private static void expect(Record demand, String status, String move) {
		String current = demand.get("status").asString();
		if (!current.equals(status)) {
			throw new BadRequestException("Demand '%s' is %s; only %s %s demand can be %s"
				.formatted(demand.get("id").asString(), current, status.startsWith("A") ? "an" : "a", status, move));
		}
	}

	// Locked first and read after, so two moves on one demand run one after the other and
	// the second decides on what the first did.
	private static Record demand(TransactionContext tx, String id) {
		if (!GraphWrites.lock(tx, NodeLabel.Demand, id)) {
			throw new NotFoundException("No demand with id '%s'".formatted(id));
		}
		List<Record> rows = tx
			.run("MATCH (d:Demand {id: $id}) RETURN d.id AS id, d.status AS status, d.kind AS kind", Map.of("id", id))
			.list();
		if (rows.isEmpty()) {
			throw new NotFoundException("No demand with id '%s'".formatted(id));
		}
		return rows.get(0);
	}

	private static void require(TransactionContext tx, String cypher, String id, String message) {
		if (tx.run(cypher, Map.of("id", id)).list().isEmpty()) {
			throw new BadRequestException(message.formatted(id));
		}
	}

	private static Map<String, Object> change(TransactionContext tx, String demand, String status, String actor,
			@Nullable String note) {
		GraphWrites.recordStatus(tx, NodeLabel.Demand, demand, status, actor, note);
		Record row = tx
			.run("MATCH (d:Demand {id: $id}) RETURN properties(d) AS props, labels(d) AS labels", Map.of("id", demand))
			.single();
		return GraphReads.node(row.get("props"), row.get("labels"));
	}

	private static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC);
	}

	private <T> T write(GraphWrites.Work<T> work) {
		return this.writes.write(work);
	}

}
