package io.chaingraph.challenge;

/**
 * A tie between two candidates of {@link TeamProposals}: the distances between candidates
 * are computed from these, and a {@link TeamProposal} shows those between its members as
 * the evidence for its cost.
 *
 * @param from one candidate's id
 * @param to the other's
 * @param tie COAUTHOR, SAME_CONSORTIUM or SAME_AFFILIATION
 * @param via the id of what they share: the publication, the consortium or the employer
 */
record TeamTie(String from, String to, String tie, String via) {

}
