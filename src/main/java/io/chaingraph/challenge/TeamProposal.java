package io.chaingraph.challenge;

import java.util.List;

/**
 * One team {@code Query.teamsFor} proposes for a challenge. Public for the benchmark,
 * which runs the proposals in process beside the query.
 *
 * @param members the lead first, then the partners
 * @param coverage for each targeted technology, who in the team covers it
 * @param communicationCost sum of the pairwise distances between members
 * @param coverageValue sum over targets of the best member's level plus the bonus for the
 * second best
 * @param objective what proposals are ranked by, higher first
 * @param method how the proposal was found
 * @param explanation why this team, in words
 * @param ties the ties between members that lower the cost
 */
public record TeamProposal(List<TeamMember> members, List<TechnologyCoverage> coverage, int communicationCost,
		double coverageValue, double objective, TeamSearch.Method method, String explanation, List<TeamTie> ties) {

}
