package io.chaingraph.challenge;

import java.util.List;
import java.util.Map;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.NodePages;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The challenge mutations. Until requests carry an authenticated user, changes are
 * recorded as made by "anonymous".
 */
@Controller
class ChallengeController {

	static final String ACTOR = "anonymous";

	private final ChallengeWorkflow workflow;

	private final NodePages nodes;

	ChallengeController(ChallengeWorkflow workflow, NodePages nodes) {
		this.workflow = workflow;
		this.nodes = nodes;
	}

	record PostChallengeInput(@Nullable String id, String name, @Nullable String nameEn, @Nullable String description,
			String poster, List<String> technologies, String chain, long budget, String deadline, String mode,
			int maxPartners, boolean requireCoverage) {

	}

	record ApplyToChallengeInput(String challenge, String lead, List<String> partners, @Nullable String teamName) {

	}

	@MutationMapping
	Map<String, Object> postChallenge(@Argument PostChallengeInput input) {
		return payload(this.workflow.post(new ChallengeWorkflow.Posting(input.id(), input.name(), input.nameEn(),
				input.description(), input.poster(), input.technologies(), input.chain(), input.budget(),
				input.deadline(), input.mode(), input.maxPartners(), input.requireCoverage()), ACTOR));
	}

	@MutationMapping
	Map<String, Object> applyToChallenge(@Argument ApplyToChallengeInput input) {
		String team = this.workflow.apply(input.challenge(), input.lead(), input.partners(), input.teamName(), ACTOR);
		return Map.of("team", this.nodes.byId(NodeLabel.Team, team), "challenge",
				this.nodes.byId(NodeLabel.Challenge, input.challenge()));
	}

	@MutationMapping
	Map<String, Object> shortlistTeams(@Argument String challenge, @Argument List<String> teams) {
		return payload(this.workflow.shortlist(challenge, teams, ACTOR));
	}

	@MutationMapping
	Map<String, Object> fundTeams(@Argument String challenge, @Argument List<String> teams) {
		return payload(this.workflow.fund(challenge, teams, ACTOR));
	}

	@MutationMapping
	Map<String, Object> awardChallenge(@Argument String challenge, @Argument String team) {
		return payload(this.workflow.award(challenge, team, ACTOR));
	}

	@MutationMapping
	Map<String, Object> closeChallenge(@Argument String challenge) {
		return payload(this.workflow.close(challenge, ACTOR));
	}

	private static Map<String, Object> payload(Map<String, Object> challenge) {
		return Map.of("challenge", challenge);
	}

}
