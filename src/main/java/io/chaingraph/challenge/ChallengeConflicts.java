package io.chaingraph.challenge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.expert.ConflictsOfInterest;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.NodePages;
import io.chaingraph.system.database.CypherQueries;

import org.springframework.stereotype.Component;

/**
 * The challenge a team is proposed for, and the experts who may not join it: the poster's
 * people and those whose conflict of interest with the challenge bars an applicant.
 */
@Component
class ChallengeConflicts {

	private final GraphReads reads;

	private final CypherQueries queries;

	private final NodePages nodes;

	private final ConflictsOfInterest conflicts;

	ChallengeConflicts(GraphReads reads, CypherQueries queries, NodePages nodes, ConflictsOfInterest conflicts) {
		this.reads = reads;
		this.queries = queries;
		this.nodes = nodes;
		this.conflicts = conflicts;
	}

	Map<String, Object> challenge(String id) {
		return this.nodes.byId(NodeLabel.Challenge, id);
	}

	/**
	 * The experts among the poster's people, who may neither apply nor be proposed.
	 */
	Set<String> posterPeople(String challenge) {
		Set<String> experts = new HashSet<>();
		this.reads.read(ChallengeRules.POSTER_PEOPLE, Map.of("challenge", challenge))
			.stream()
			.filter((row) -> row.get("labels").asList(org.neo4j.driver.Value::asString).contains("Expert"))
			.forEach((row) -> experts.add(row.get("id").asString()));
		return experts;
	}

	/**
	 * The experts whose conflict with the challenge bars them from a team applying to it
	 * (see {@link ConflictsOfInterest}): the same rule applyToChallenge enforces.
	 */
	Set<String> barredApplicants(String challenge) {
		List<String> eligible = this.reads
			.read(this.queries.get("team-eligible-experts"), Map.of("challenge", challenge))
			.get(0)
			.get("experts")
			.asList(org.neo4j.driver.Value::asString);
		Set<String> experts = new HashSet<>();
		this.conflicts.with(challenge, eligible)
			.stream()
			.filter(ConflictsOfInterest.Conflict::applicant)
			.forEach((conflict) -> experts.add(conflict.expert()));
		return experts;
	}

}
