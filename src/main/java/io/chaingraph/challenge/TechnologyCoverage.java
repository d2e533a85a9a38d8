package io.chaingraph.challenge;

import java.util.List;
import java.util.Map;

/**
 * How a {@link TeamProposal} covers one targeted technology. The technology is a node as
 * every read serves nodes.
 *
 * @param technology the technology
 * @param coveredBy ids of the members who know it or a technology below it
 * @param bestLevel the best level among them, 1 to 5
 */
record TechnologyCoverage(Map<String, Object> technology, List<String> coveredBy, int bestLevel) {

}
