package io.chaingraph.expert;

import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.path.PathRelationship;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.system.error.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The one computation of conflicts of interest, shared by {@code expertsFor}
 * ({@code excludeConflictsWith}), {@code teamsFor} and {@code applyToChallenge}: who has
 * a conflict with an enterprise, an organisation, a consortium or a challenge, why, and
 * the path of real nodes and relationships that shows it. The rules are in
 * {@code cypher/queries/expert-conflicts.cypher}; the reasons are documented on
 * {@code ExpertExclusion.reason} in the schema.
 */
@Component
public class ConflictsOfInterest {

	private final GraphReads reads;

	private final CypherQueries queries;

	private final int coauthorYears;

	ConflictsOfInterest(GraphReads reads, CypherQueries queries, MatchingProperties properties) {
		this.reads = reads;
		this.queries = queries;
		this.coauthorYears = properties.coauthorYears();
	}

	/**
	 * One conflict of one expert.
	 *
	 * @param expert the expert's id
	 * @param reason ADVISES_CONSORTIUM, AFFILIATED, POSTER, LEAD_EMPLOYEE,
	 * MEMBER_EMPLOYEE, COAUTHOR or COMPETING_TEAM
	 * @param applicant whether it also bars the expert from a team applying to the
	 * challenge (the poster's people, their recent co-authors, a competing team)
	 * @param nodes the path's nodes, the expert first and the subject last
	 * @param relationships the path's relationships
	 */
	public record Conflict(String expert, String reason, boolean applicant, List<Map<String, Object>> nodes,
			List<PathRelationship> relationships) {

		/**
		 * The path in words, for messages: {@code a -ADVISES-> b -POSTED-> c}.
		 */
		public String describe() {
			StringBuilder text = new StringBuilder(String.valueOf(this.nodes.get(0).get("id")));
			for (int i = 0; i < this.relationships.size(); i++) {
				PathRelationship rel = this.relationships.get(i);
				Object next = this.nodes.get(i + 1).get("id");
				boolean forward = next.equals(rel.to());
				text.append(forward ? " -" : " <-").append(rel.type()).append(forward ? "-> " : "- ").append(next);
			}
			return text.toString();
		}

	}

	/**
	 * Every conflict of the given experts with {@code subject}; refuses an unknown
	 * subject.
	 */
	public List<Conflict> with(String subject, Collection<String> experts) {
		// Each label through its own index: an unlabelled look-up scans every node.
		if (this.reads.read("""
				CALL () {
				  MATCH (n:Enterprise {id: $id}) RETURN n
				  UNION MATCH (n:Organization {id: $id}) RETURN n
				  UNION MATCH (n:Consortium {id: $id}) RETURN n
				  UNION MATCH (n:Challenge {id: $id}) RETURN n
				}
				RETURN n.id LIMIT 1""", Map.of("id", subject)).isEmpty()) {
			throw new NotFoundException(ExpertErrors.NO_CONFLICT_SUBJECT, subject);
		}
		return this.reads.read(this.queries.get("expert-conflicts"), params(subject, experts))
			.stream()
			.map(ConflictsOfInterest::conflict)
			.toList();
	}

	/**
	 * The conflicts of {@code experts} with {@code subject}, read inside {@code tx}, as
	 * an application does after taking the challenge's lock.
	 */
	public List<Conflict> with(TransactionContext tx, String subject, Collection<String> experts) {
		return tx.run(this.queries.get("expert-conflicts"), params(subject, experts))
			.list()
			.stream()
			.map(ConflictsOfInterest::conflict)
			.toList();
	}

	/**
	 * The first conflict of each expert, in the order the query gives them.
	 */
	public static Map<String, Conflict> firstPerExpert(List<Conflict> conflicts) {
		Map<String, Conflict> first = new java.util.LinkedHashMap<>();
		conflicts.forEach((conflict) -> first.putIfAbsent(conflict.expert(), conflict));
		return first;
	}

	private Map<String, Object> params(String subject, Collection<String> experts) {
		Map<String, Object> params = new HashMap<>();
		params.put("subject", subject);
		params.put("since", Year.now().getValue() - this.coauthorYears);
		params.put("experts", List.copyOf(experts));
		return params;
	}

	private static Conflict conflict(Record row) {
		return new Conflict(row.get("expert").asString(), row.get("reason").asString(),
				row.get("applicant").asBoolean(), row.get("nodes").asList(ConflictsOfInterest::node),
				row.get("rels").asList(PathRelationship::of));
	}

	private static Map<String, Object> node(Value node) {
		return GraphReads.node(node.get("props"), node.get("labels"));
	}

}
