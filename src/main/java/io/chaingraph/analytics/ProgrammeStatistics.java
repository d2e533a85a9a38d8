package io.chaingraph.analytics;

import java.util.List;
import java.util.Map;

/**
 * Figures counted in the graph for a scope, and the reported figures kept apart from
 * them.
 *
 * @param chains chains in scope
 * @param pilotChains pilot chains in scope
 * @param keyChains key chains in scope
 * @param consortia consortia serving them
 * @param enterprises member enterprises of those consortia
 * @param chainLeaders enterprises leading a chain in scope
 * @param institutes member institutes
 * @param universities member universities
 * @param experts advisory experts
 * @param academicians academicians among them
 * @param technologies bottleneck technologies with the taxonomy above them
 * @param bottlenecks bottleneck technologies
 * @param challengesByStatus challenges per status
 * @param demandsByStatus demands per status
 * @param reportedFigures figures the sources report
 */
record ProgrammeStatistics(long chains, long pilotChains, long keyChains, long consortia, long enterprises,
		long chainLeaders, long institutes, long universities, long experts, long academicians, long technologies,
		long bottlenecks, List<ChallengeStatusCount> challengesByStatus, List<DemandStatusCount> demandsByStatus,
		List<Map<String, Object>> reportedFigures) {

	/**
	 * How many challenges in scope have a status.
	 *
	 * @param status the status
	 * @param count how many
	 */
	record ChallengeStatusCount(String status, long count) {

	}

	/**
	 * How many demands in scope have a status.
	 *
	 * @param status the status
	 * @param count how many
	 */
	record DemandStatusCount(String status, long count) {

	}

}
