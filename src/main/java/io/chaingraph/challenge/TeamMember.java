package io.chaingraph.challenge;

import java.util.Map;

/**
 * A member of a {@link TeamProposal}. The expert is a node as every read serves nodes, so
 * its own fields resolve as anywhere else. Public for the benchmark, which compares the
 * members it proposes in process with those the query answers.
 *
 * @param expert the expert
 * @param role LEAD or PARTNER
 */
public record TeamMember(Map<String, Object> expert, String role) {

}
