package io.chaingraph.challenge;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.teamsFor}.
 */
@Controller
class TeamProposalController {

	private final TeamProposals proposals;

	TeamProposalController(TeamProposals proposals) {
		this.proposals = proposals;
	}

	@QueryMapping
	List<TeamProposal> teamsFor(@Argument String challenge, @Argument int first) {
		return this.proposals.propose(challenge, first);
	}

}
