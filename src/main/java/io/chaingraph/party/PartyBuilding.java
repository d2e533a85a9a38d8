package io.chaingraph.party;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Party building on one chain. Everything but {@code reportedFigures} and
 * {@code provinceFigures} is counted in the graph; those two are what the sources say.
 * Nodes are the generic engine's maps, so their relationship fields (a figure's sources)
 * resolve like anywhere else.
 *
 * @param chain the chain, with its formation
 * @param guidanceCommittees its party-building guidance committees
 * @param chainCommittees its chain party committees
 * @param guidanceStations its guidance stations
 * @param enterprises the chain's enterprises in the graph
 * @param enterprisesWithOrganization those with a party organisation of their own
 * @param organizationShare the share of the two; null for a chain without enterprises
 * @param memberOrganizations the chain's enterprises' organisations and those its
 * committee links
 * @param pairings pairings among the guiding and member organisations
 * @param demands demands raised on the chain and dispatched by its committee
 * @param reportedFigures figures the sources report about the chain, its enterprises,
 * their achievements and its organisations
 * @param provinceFigures province-wide figures of the pilots
 */
record PartyBuilding(Map<String, Object> chain, List<Map<String, Object>> guidanceCommittees,
		List<Map<String, Object>> chainCommittees, List<Map<String, Object>> guidanceStations, int enterprises,
		int enterprisesWithOrganization, @Nullable Double organizationShare,
		List<MemberPartyOrganization> memberOrganizations, List<PartyPairing> pairings, ChainCommitteeDemands demands,
		List<Map<String, Object>> reportedFigures, List<Map<String, Object>> provinceFigures) {

	/**
	 * One member organisation.
	 *
	 * @param organization the organisation
	 * @param hosts the enterprises or teams it belongs to
	 * @param hostOnChain whether one of them is an enterprise of the chain
	 * @param linkedByChainCommittee whether an organisation guiding the chain links it
	 */
	record MemberPartyOrganization(Map<String, Object> organization, List<Map<String, Object>> hosts,
			boolean hostOnChain, boolean linkedByChainCommittee) {

	}

	/**
	 * One pairing (共建), in the direction it was recorded.
	 *
	 * @param from the organisation that paired
	 * @param to the one it paired with
	 * @param since since when, where recorded
	 */
	record PartyPairing(Map<String, Object> from, Map<String, Object> to, @Nullable String since) {

	}

	/**
	 * The demand workflow on the chain: 企业点单, 党委派单, 部门接单.
	 *
	 * @param raised demands the chain's enterprises raised
	 * @param dispatched demands the chain's committee dispatched
	 * @param accepted of those, the ones a department took
	 * @param resolved of those, the ones resolved
	 * @param items every demand raised on the chain or dispatched by its committee
	 */
	record ChainCommitteeDemands(int raised, int dispatched, int accepted, int resolved, List<ChainDemand> items) {

	}

	/**
	 * One demand and how it belongs to the chain.
	 *
	 * @param demand the demand
	 * @param raisedOnChain whether an enterprise of the chain raised it
	 * @param dispatchedByChainCommittee whether the chain's committee dispatched it
	 */
	record ChainDemand(Map<String, Object> demand, boolean raisedOnChain, boolean dispatchedByChainCommittee) {

	}

}
