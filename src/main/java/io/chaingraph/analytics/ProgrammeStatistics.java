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
		long bottlenecks, List<StatusCount> challengesByStatus, List<StatusCount> demandsByStatus,
		List<Map<String, Object>> reportedFigures) {

	record StatusCount(String status, long count) {

	}

}
