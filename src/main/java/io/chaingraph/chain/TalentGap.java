package io.chaingraph.chain;

import java.util.List;
import java.util.Map;

/**
 * {@code TalentGap}: a bottleneck technology with the demand for experts in it set
 * against their supply, so that the scarcest come first.
 *
 * @param technology the technology node
 * @param chains ids of the chains it is a bottleneck of
 * @param severity its worst severity as a bottleneck
 * @param openChallenges challenges still open on it
 * @param openDemands unresolved enterprise demands concerning it
 * @param demand severity + 2 × openChallenges + openDemands
 * @param supply experts at level 3 or above in it or a technology below it
 * @param shortage demand / (1 + supply)
 */
record TalentGap(Map<String, Object> technology, List<String> chains, int severity, int openChallenges, int openDemands,
		int demand, int supply, double shortage) {

}
