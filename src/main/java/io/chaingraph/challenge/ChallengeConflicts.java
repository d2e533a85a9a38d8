package io.chaingraph.challenge;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.NodePages;
import io.chaingraph.system.CypherQueries;

import org.springframework.stereotype.Component;

/**
 * The challenge a team is proposed for, and the experts who may not join it: those with a
 * conflict of interest with its poster.
 */
@Component
class ChallengeConflicts {

	private final GraphReads reads;

	private final CypherQueries queries;

	private final NodePages nodes;

	ChallengeConflicts(GraphReads reads, CypherQueries queries, NodePages nodes) {
		this.reads = reads;
		this.queries = queries;
		this.nodes = nodes;
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

	Set<String> conflicted(String challenge, int since) {
		Set<String> experts = new HashSet<>();
		this.reads.read(this.queries.get("expert-conflicts"), Map.of("subject", challenge, "since", since))
			.forEach((row) -> experts.add(row.get("expert").asString()));
		return experts;
	}

}
