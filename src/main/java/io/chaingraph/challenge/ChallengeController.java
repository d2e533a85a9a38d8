package io.chaingraph.challenge;

import java.util.List;
import java.util.Map;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.NodePages;
import org.jspecify.annotations.Nullable;

import io.chaingraph.security.Role;
import io.chaingraph.security.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The challenge mutations, recorded as made by the request's API key. An ENTERPRISE key
 * applies only for teams its enterprise leads, itself or through one of its experts.
 */
@Controller
class ChallengeController {

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

	/**
	 * What a move of the challenge answers.
	 *
	 * @param challenge the challenge, with its new status, as every read serves nodes
	 */
	record ChallengePayload(Map<String, Object> challenge) {

	}

	/**
	 * What an application answers.
	 *
	 * @param team the new team
	 * @param challenge the challenge it applied to
	 */
	record ApplicationPayload(Map<String, Object> team, Map<String, Object> challenge) {

	}

	@MutationMapping
	ChallengePayload postChallenge(@Argument PostChallengeInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return payload(this.workflow.post(new ChallengeWorkflow.Posting(input.id(), input.name(), input.nameEn(),
				input.description(), input.poster(), input.technologies(), input.chain(), input.budget(),
				input.deadline(), input.mode(), input.maxPartners(), input.requireCoverage()), viewer.name()));
	}

	@MutationMapping
	ApplicationPayload applyToChallenge(@Argument ApplyToChallengeInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		// Checked inside the application's transaction: whether the lead is one of the
		// enterprise's experts is read from the graph.
		@Nullable String enterprise = viewer.has(Role.ORGANIZER) ? null : viewer.enterprise();
		viewer.require(viewer.has(Role.ORGANIZER) || enterprise != null, ChallengeErrors.KEY_OF_NO_ENTERPRISE);
		String team = this.workflow.apply(input.challenge(), input.lead(), input.partners(), input.teamName(),
				viewer.name(), enterprise);
		return new ApplicationPayload(this.nodes.byId(NodeLabel.Team, team),
				this.nodes.byId(NodeLabel.Challenge, input.challenge()));
	}

	@MutationMapping
	ChallengePayload shortlistTeams(@Argument String challenge, @Argument List<String> teams,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return payload(this.workflow.shortlist(challenge, teams, viewer.name()));
	}

	@MutationMapping
	ChallengePayload fundTeams(@Argument String challenge, @Argument List<String> teams,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return payload(this.workflow.fund(challenge, teams, viewer.name()));
	}

	@MutationMapping
	ChallengePayload awardChallenge(@Argument String challenge, @Argument String team,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return payload(this.workflow.award(challenge, team, viewer.name()));
	}

	@MutationMapping
	ChallengePayload closeChallenge(@Argument String challenge,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return payload(this.workflow.close(challenge, viewer.name()));
	}

	private static ChallengePayload payload(Map<String, Object> challenge) {
		return new ChallengePayload(challenge);
	}

}
