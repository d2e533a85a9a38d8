package io.chaingraph.party;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ChainGraphTest
class PartyBuildingControllerTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void copperChainCountsItsEnterprisesWithAnOrganisationAndThePairingOfJccWithNaipu() {
		this.graphQl.documentName("partyBuilding")
			.variable("chain", "chain_copper")
			.execute()
			.path("partyBuilding.chain.formation")
			.entity(String.class)
			.isEqualTo("LEADER_SOE_LED")
			.path("partyBuilding.guidanceCommittees[*].id")
			.entityList(String.class)
			.containsExactly("party_copper_guidance")
			.path("partyBuilding.chainCommittees[*].id")
			.entityList(String.class)
			.containsExactly("party_copper_chain")
			.path("partyBuilding.guidanceStations")
			.entityList(Object.class)
			.hasSize(0)
			.path("partyBuilding.enterprises")
			.entity(Integer.class)
			.isEqualTo(41)
			.path("partyBuilding.enterprisesWithOrganization")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("partyBuilding.organizationShare")
			.entity(Double.class)
			.satisfies((share) -> assertThat(share).isCloseTo(2.0 / 41, within(1e-9)))
			.path("partyBuilding.memberOrganizations[*].organization.id")
			.entityList(String.class)
			.containsExactly("party_jcc_materials", "party_naipu")
			.path("partyBuilding.memberOrganizations[*].linkedByChainCommittee")
			.entityList(Boolean.class)
			.containsExactly(true, true)
			.path("partyBuilding.memberOrganizations[0].hosts[*].id")
			.entityList(String.class)
			.containsExactly("ent_jcc")
			.path("partyBuilding.pairings[*].from.id")
			.entityList(String.class)
			.containsExactly("party_jcc_materials")
			.path("partyBuilding.pairings[*].to.id")
			.entityList(String.class)
			.containsExactly("party_naipu")
			.path("partyBuilding.demands.raised")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("partyBuilding.demands.dispatched")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("partyBuilding.demands.accepted")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("partyBuilding.demands.resolved")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("partyBuilding.reportedFigures[*].id")
			.entityList(String.class)
			.contains("fig_jcc_fortune_rank", "fig_naipu_years", "fig_agwire_length")
			.path("partyBuilding.provinceFigures[*].value")
			.entityList(Double.class)
			.containsExactly(378.0, 425.0, 253.0);
	}

	@Test
	void photovoltaicChainCountsJinkoAloneWithAnOrganisationAndReportsItsFactoryFigures() {
		this.graphQl.documentName("partyBuilding")
			.variable("chain", "chain_pv")
			.execute()
			.path("partyBuilding.chain.formation")
			.entity(String.class)
			.isEqualTo("CITY_LED")
			.path("partyBuilding.enterprises")
			.entity(Integer.class)
			.isEqualTo(34)
			.path("partyBuilding.enterprisesWithOrganization")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("partyBuilding.memberOrganizations[*].organization.id")
			.entityList(String.class)
			.containsExactly("party_jinko")
			.path("partyBuilding.pairings")
			.entityList(Object.class)
			.hasSize(0)
			.path("partyBuilding.demands.raised")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("partyBuilding.demands.dispatched")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("partyBuilding.demands.resolved")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("partyBuilding.demands.items[*].demand.synthetic")
			.entityList(Boolean.class)
			.satisfies((synthetic) -> assertThat(synthetic).isNotEmpty().containsOnly(true))
			.path("partyBuilding.reportedFigures[*].id")
			.entityList(String.class)
			.containsExactly("fig_jinko_investment", "fig_jinko_months")
			.path("partyBuilding.reportedFigures[0].sources.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("src_seed_article");
	}

	@Test
	void furnitureChainHasItsGuidanceStationsAndTheFiguresTheArticleReportsButNoCountedOrganisation() {
		this.graphQl.documentName("partyBuilding")
			.variable("chain", "chain_furniture")
			.execute()
			.path("partyBuilding.guidanceStations[*].id")
			.entityList(String.class)
			.containsExactly("party_furniture_stations")
			.path("partyBuilding.enterprisesWithOrganization")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("partyBuilding.reportedFigures[*].id")
			.entityList(String.class)
			.contains("fig_furniture_orgs_2022", "fig_furniture_new_orgs", "fig_furniture_station_coverage");
	}

	@Test
	void anUnknownChainIsNotFoundByItsId() {
		this.graphQl.documentName("partyBuilding")
			.variable("chain", "chain_nope")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("NOT_FOUND");
				assertThat(error.getMessage()).contains("chain_nope");
			}));
	}

}
