package io.chaingraph.ask;

/**
 * What a question asks, each answered by one named query.
 */
enum QuestionType {

	/** Experts for a technology and/or a chain: expertsFor. */
	EXPERTS,
	/** Teams for a challenge: teamsFor. */
	TEAMS,
	/** A chain's segments and its gaps (补链): chainMap. */
	CHAIN_MAP,
	/** Bottlenecks short of experts: talentGaps. */
	TALENT_GAPS,
	/** How two named nodes are connected: connection. */
	CONNECTION,
	/** Who leads a chain (链主): chain's leaders. */
	CHAIN_LEADERS,
	/**
	 * The consortia serving a chain and their advisers: chain's consortia or consortium.
	 */
	CONSORTIA,
	/** Counts over the programme, a chain or a consortium: statistics. */
	STATISTICS,
	/** Challenges on a chain: challenges(where). */
	CHALLENGES,
	/** Demands of an enterprise or on a chain and their status: demands(where). */
	DEMANDS,
	/** Party-building figures of a chain: partyBuilding. */
	PARTY_BUILDING

}
