package io.chaingraph.demand;

import java.util.ArrayList;
import io.chaingraph.graph.GraphErrors;
import io.chaingraph.system.error.ErrorMessage;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.audit.StatusHistory;
import io.chaingraph.expert.ExpertRanking;
import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.GraphWrites;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.ForbiddenException;
import io.chaingraph.system.error.NotFoundException;
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
		NodeLabel.Demand.check("kind", "kind", kind);
		NodeLabel.Demand.checkText("name", "name", name);
		NodeLabel.Demand.checkText("description", "description", description);
		if (kind.equals("TECHNOLOGY") && technologies.isEmpty()) {
			throw new BadRequestException(DemandErrors.TECHNOLOGY_DEMAND_WITHOUT_TECHNOLOGY);
		}
		String id = "demand_" + UUID.randomUUID();
		return write((tx) -> {
			require(tx, "MATCH (e:Enterprise {id: $id}) RETURN e.id", enterprise, GraphErrors.NO_ENTERPRISE);
			for (String technology : technologies) {
				require(tx, "MATCH (t:Technology {id: $id}) RETURN t.id", technology, GraphErrors.NO_TECHNOLOGY);
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
			expect(d, "RAISED", DemandErrors.DEMAND_NOT_RAISED);
			require(tx, "MATCH (p:PartyOrganization {id: $id, kind: 'CHAIN_COMMITTEE'}) RETURN p.id", committee,
					DemandErrors.NO_CHAIN_COMMITTEE);
			DemandChains.requireCommitteeOf(tx, demand, committee);
			if (department == null && (suggested == null || suggested.isEmpty())) {
				throw new BadRequestException(DemandErrors.DISPATCH_WITHOUT_TAKER);
			}
			if (department != null) {
				require(tx, "MATCH (x:Department {id: $id}) RETURN x.id", department, GraphErrors.NO_DEPARTMENT);
			}
			else {
				for (String expert : suggested) {
					require(tx, "MATCH (x:Expert {id: $id}) RETURN x.id", expert, GraphErrors.NO_EXPERT);
				}
			}
			if (suggested != null && !suggested.isEmpty() && !d.get("kind").asString().equals("TECHNOLOGY")) {
				throw new BadRequestException(DemandErrors.EXPERTS_ONLY_FOR_TECHNOLOGY);
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
			expect(demand(tx, demand), "DISPATCHED", DemandErrors.DEMAND_NOT_DISPATCHED);
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
				throw new BadRequestException(DemandErrors.NOT_DISPATCHED_TO, demand, taker);
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
		NodeLabel.StatusChange.checkText("note", "note", note);
		return write((tx) -> {
			Record d = demand(tx, demand);
			if (scope != null && scope.stream().noneMatch((taker) -> accepted(tx, taker, demand))) {
				throw outOfScope(scope, DemandErrors.RESOLVES_ONLY_DEPARTMENT, DemandErrors.RESOLVES_ONLY_EXPERT,
						DemandErrors.RESOLVES_ONLY_DEPARTMENT_OR_EXPERT, null);
			}
			expect(d, "ACCEPTED", DemandErrors.DEMAND_NOT_ACCEPTED);
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

	// Names the state the demand is in, which under the lock is the state the move before
	// left.
	private static void expect(Record demand, String status, DemandErrors otherwise) {
		String current = demand.get("status").asString();
		if (!current.equals(status)) {
			throw new BadRequestException(otherwise, demand.get("id").asString(), current);
		}
	}

	/**
	 * The refusal of a key whose department or expert is not the one the move needs,
	 * naming what the key acts for, and last the taker it asked for, if any.
	 */
	static ForbiddenException outOfScope(List<Taker> scope, DemandErrors department, DemandErrors expert,
			DemandErrors both, @Nullable String asked) {
		List<Object> arguments = new ArrayList<>(scope.stream().map(Taker::id).toList());
		if (asked != null) {
			arguments.add(asked);
		}
		boolean byDepartment = scope.stream().anyMatch((taker) -> taker.label() == NodeLabel.Department);
		boolean byExpert = scope.stream().anyMatch((taker) -> taker.label() == NodeLabel.Expert);
		if (byDepartment && byExpert) {
			return new ForbiddenException(both, arguments.toArray());
		}
		if (byDepartment || byExpert) {
			return new ForbiddenException(byDepartment ? department : expert, arguments.toArray());
		}
		return new ForbiddenException(DemandErrors.ACTS_FOR_NO_TAKER, (asked != null) ? asked : "");
	}

	// Locked first and read after, so two moves on one demand run one after the other and
	// the second decides on what the first did.
	private static Record demand(TransactionContext tx, String id) {
		if (!GraphWrites.lock(tx, NodeLabel.Demand, id)) {
			throw new NotFoundException(DemandErrors.NO_DEMAND, id);
		}
		List<Record> rows = tx
			.run("MATCH (d:Demand {id: $id}) RETURN d.id AS id, d.status AS status, d.kind AS kind", Map.of("id", id))
			.list();
		if (rows.isEmpty()) {
			throw new NotFoundException(DemandErrors.NO_DEMAND, id);
		}
		return rows.get(0);
	}

	private static void require(TransactionContext tx, String cypher, String id, ErrorMessage message) {
		if (tx.run(cypher, Map.of("id", id)).list().isEmpty()) {
			throw new BadRequestException(message, id);
		}
	}

	private static Map<String, Object> change(TransactionContext tx, String demand, String status, String actor,
			@Nullable String note) {
		StatusHistory.record(tx, NodeLabel.Demand, demand, status, actor, note);
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
