package io.chaingraph.challenge;

import java.util.Map;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.NodePages;
import io.chaingraph.system.error.NotFoundException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Subscription.challengeMatches}.
 */
@Controller
class ChallengeSubscriptionController {

	private final ChallengeEvents events;

	private final GraphReads reads;

	private final NodePages nodes;

	ChallengeSubscriptionController(ChallengeEvents events, GraphReads reads, NodePages nodes) {
		this.events = events;
		this.reads = reads;
		this.nodes = nodes;
	}

	@SubscriptionMapping
	Flux<Map<String, Object>> challengeMatches(@Argument String expert) {
		this.nodes.byId(NodeLabel.Expert, expert);
		// The check reads the graph, so it runs off the thread that emitted the event.
		return this.events.posted()
			.publishOn(Schedulers.boundedElastic())
			.filter((challenge) -> knows(expert, challenge))
			.mapNotNull(this::challenge);
	}

	// A challenge deleted since it was posted is not pushed: the subscription goes on.
	private @Nullable Map<String, Object> challenge(String id) {
		try {
			return this.nodes.byId(NodeLabel.Challenge, id);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private boolean knows(String expert, String challenge) {
		return !this.reads.read("""
				MATCH (:Expert {id: $expert})-[:EXPERT_IN]->(:Technology)-[:PART_OF*0..]->(t:Technology)
				      <-[:TARGETS]-(:Challenge {id: $challenge})
				RETURN t.id LIMIT 1""", Map.of("expert", expert, "challenge", challenge)).isEmpty();
	}

}
