package io.chaingraph.importing;

import java.util.List;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed holds the source article's programme: one test per fact of FACTS.md, each
 * asked of the graph with a count or a path, never read from a stored number.
 */
@ChainGraphTest
class SeedFactsTests {

	@Autowired
	Driver driver;

	GraphAssertions graph;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
	}

	// --- chains
	// ------------------------------------------------------------------------------

	@Test
	void twelveKeyChainsOfThe1269Plan() {
		assertThat(this.graph.count("MATCH (c:Chain {keyChain: true}) RETURN count(c) AS n")).isEqualTo(12);
	}

	@Test
	void eightPilotChainsEachUnderItsKeyChain() {
		assertThat(this.graph.strings("""
				MATCH (p:Chain {pilot: true})-[:SUB_CHAIN_OF]->(k:Chain {keyChain: true})
				RETURN collect(p.name) AS values""")).containsExactlyInAnyOrder("现代家具", "光伏", "航空", "有机硅", "汽车", "铜",
				"钨", "半导体照明");
		assertThat(this.graph.count("MATCH (c:Chain {pilot: true}) RETURN count(c) AS n")).isEqualTo(8);
	}

	@Test
	void threeFormationModels() {
		assertThat(formation("CITY_LED")).containsExactlyInAnyOrder("现代家具", "光伏", "航空", "有机硅");
		assertThat(formation("LEADER_SOE_LED")).containsExactlyInAnyOrder("汽车", "铜", "钨");
		assertThat(formation("ASSOCIATION_LED")).containsExactly("半导体照明");
	}

	@Test
	void everyPilotChainHasGuidanceAndChainCommittees() {
		assertThat(this.graph.count("""
				MATCH (c:Chain {pilot: true})
				WHERE EXISTS { (:PartyOrganization {kind: 'GUIDANCE_COMMITTEE'})-[:GUIDES]->(c) }
				  AND EXISTS { (:PartyOrganization {kind: 'CHAIN_COMMITTEE'})-[:GUIDES]->(c) }
				RETURN count(c) AS n""")).isEqualTo(8);
	}

	@Test
	void photovoltaicSegmentsAsTheArticleOrdersThem() {
		assertThat(segments("chain_pv")).containsExactly("硅片", "电池片", "辅材", "组件", "应用");
		assertThat(this.graph
			.strings("MATCH (:Chain {id: 'chain_pv'})-[:HAS_SEGMENT]->(s {name: '辅材'}) RETURN s.components AS values"))
			.containsExactly("光伏玻璃", "接线盒", "EVA胶膜");
		assertThat(this.graph.count("""
				MATCH path = (:Segment {name: '硅片'})-[:FEEDS*4]->(:Segment {name: '应用'})
				WHERE all(s IN nodes(path) WHERE (:Chain {id: 'chain_pv'})-[:HAS_SEGMENT]->(s))
				RETURN count(path) AS n""")).isEqualTo(1);
	}

	@Test
	void furniturePortsAsTheArticleNamesThem() {
		assertThat(segments("chain_furniture")).containsExactly("原料", "设计", "制造", "销售", "配套");
	}

	@Test
	void otherPilotChainsHaveSourcedSegmentsUpstreamToDownstream() {
		assertThat(this.graph.count("""
				MATCH (c:Chain {pilot: true})-[:HAS_SEGMENT]->(s:Segment)
				WHERE NOT c.id IN ['chain_pv', 'chain_furniture'] AND NOT EXISTS { (s)-[:SOURCED_FROM]->(:Source) }
				RETURN count(s) AS n""")).isZero();
		assertThat(segments("chain_led")).hasSize(6).first().asString().contains("MOCVD");
	}

	// --- consortia: every figure is a count
	// -------------------------------------------------

	@Test
	void sixConsortiaOnThePilotChains() {
		assertThat(this.graph.count("""
				MATCH (k:Consortium) WHERE EXISTS { (k)-[:SERVES]->(:Chain {pilot: true}) }
				RETURN count(k) AS n""")).isEqualTo(6);
	}

	@Test
	void consortiaCover147Enterprises25InstitutesAnd27Universities() {
		assertThat(members("Enterprise")).isEqualTo(147);
		assertThat(members("Institute")).isEqualTo(25);
		assertThat(members("University")).isEqualTo(27);
	}

	@Test
	void advisoryCommitteesHold157ExpertsOfWhom13Academicians() {
		assertThat(this.graph
			.count("MATCH (x:Expert) WHERE EXISTS { (x)-[:ADVISES]->(:Consortium) } RETURN count(x) AS n"))
			.isEqualTo(157);
		assertThat(this.graph.count("""
				MATCH (x:Expert) WHERE x.academician IS NOT NULL AND EXISTS { (x)-[:ADVISES]->(:Consortium) }
				RETURN count(x) AS n""")).isEqualTo(13);
		assertThat(this.graph.count("""
				MATCH (k:Consortium) WHERE NOT EXISTS { (:Expert)-[:ADVISES]->(k) } RETURN count(k) AS n""")).isZero();
	}

	@Test
	void jiangFengyiIsACasAcademicianAtNanchangUniversityAdvisingTheLuminescentConsortium() {
		assertThat(this.graph.count("""
				MATCH (j:Expert {name: '江风益', academician: 'CAS'})-[:AFFILIATED_WITH]->(:University {name: '南昌大学'})
				MATCH (j)-[:ADVISES]->(k:Consortium)-[:SERVES]->(:Chain {name: '半导体照明'})
				WHERE '省发光电材料产业科技创新联合体' IN k.aliases
				RETURN count(*) AS n""")).isEqualTo(1);
	}

	@Test
	void openCompetitionAndHorseRaceChallengesOnBottleneckTechnologies() {
		assertThat(this.graph.strings("MATCH (c:Challenge) RETURN collect(DISTINCT c.mode) AS values"))
			.containsExactlyInAnyOrder("OPEN_COMPETITION", "HORSE_RACE");
		assertThat(this.graph.count("""
				MATCH (c:Challenge)-[:TARGETS]->(t:Technology)
				WHERE NOT EXISTS { (t)-[:BOTTLENECK_OF]->(:Chain) } RETURN count(t) AS n""")).isZero();
		assertThat(this.graph.count("MATCH (:Team)-[a:APPLIED_TO]->(:Challenge) RETURN count(a) AS n")).isPositive();
	}

	// --- named enterprises and what they did
	// ------------------------------------------------

	@Test
	void chainLeaders() {
		assertThat(leader("chain_pv")).isEqualTo("JinkoSolar Holding / Jinko Solar Co., Ltd.");
		assertThat(leader("chain_automotive")).startsWith("Jiangling Motors Corporation Group");
		assertThat(leader("chain_copper")).startsWith("Jiangxi Copper");
		assertThat(leader("chain_aviation")).startsWith("AVIC Changhe");
	}

	@Test
	void jinkoSmartFactoryOf15BillionYuanInProductionWithin4MonthsWithTheChainCommittee() {
		assertThat(figures("ach_jinko_factory")).containsEntry("yuan", 15_000_000_000.0).containsEntry("months", 4.0);
		assertThat(this.graph
			.count("""
					MATCH (:PartyOrganization {id: 'party_pv_chain'})-[:SUPPORTED]->(a:Achievement)<-[:ACHIEVED]-(:Enterprise {id: 'ent_jinko'})
					RETURN count(a) AS n"""))
			.isEqualTo(1);
	}

	@Test
	void caihongPhotovoltaicIsABackboneOfThePvChain() {
		assertThat(this.graph
			.count("""
					MATCH (:Enterprise {name: '江西彩虹光伏有限公司'})-[:OPERATES_IN]->(:Segment {name: '辅材'})<-[:HAS_SEGMENT]-(:Chain {id: 'chain_pv'})
					RETURN count(*) AS n"""))
			.isEqualTo(1);
	}

	@Test
	void hybridTransmissionTaskForceBrokeTheForeignMonopoly() {
		assertThat(this.graph.strings("""
				MATCH (m)-[:MEMBER_OF_TEAM]->(:Team {name: '混动变速箱攻关专班'}) RETURN collect(m.id) AS values"""))
			.containsExactlyInAnyOrder("ent_jmcg", "org_tongji_nc", "ent_magna_jx");
		assertThat(this.graph.count("""
				MATCH (t:Team {name: '混动变速箱攻关专班'})-[:HAS_ORGANIZATION]->(:PartyOrganization {kind: 'BRANCH'})
				MATCH (t)-[:ACHIEVED]->(a:Achievement {year: 2023})-[:ADVANCES]->(:Technology {name: '混动变速箱'})
				RETURN count(a) AS n""")).isEqualTo(1);
	}

	@Test
	void digitalPowertrainTechnologyWonASecondPrize() {
		assertThat(this.graph
			.count("""
					MATCH (:Enterprise {id: 'ent_jmcg'})-[:ACHIEVED]->(a:Achievement {kind: 'AWARD'})-[:ADVANCES]->(:Technology {name: '汽车动力总成数字化技术'})
					WHERE a.name CONTAINS '二等奖' RETURN count(a) AS n"""))
			.isEqualTo(1);
	}

	@Test
	void changheDockingEquipmentCutDockingFrom7ToAbout3Days() {
		assertThat(figures("ach_changhe_docking")).containsEntry("days", 3.0)
			.containsEntry("patents", 13.0)
			.containsEntry("systems", 12.0)
			.containsEntry("packages", 9.0)
			.containsEntry("technologies", 8.0);
		assertThat(this.graph
			.count("""
					MATCH (f:ReportedFigure {id: 'fig_changhe_days_before', value: 7.0})-[:REPORTED_FOR]->(:Achievement)<-[:ACHIEVED]-(:Team)<-[:MEMBER_OF_TEAM]-(:Enterprise {id: 'ent_changfei'})
					RETURN count(f) AS n"""))
			.isEqualTo(1);
	}

	@Test
	void aviationChainJointGroupsAndProblemsSolvedAreReportedFigures() {
		assertThat(figures("chain_aviation")).containsEntry("groups", 60.0).containsEntry("problems", 100.0);
	}

	@Test
	void zhaochiMakesAbout35000EpitaxialWafersADayAndWorksWithTheConsortium() {
		assertThat(figures("ent_zhaochi")).containsEntry("wafers/day", 35000.0);
		assertThat(this.graph.count(
				"MATCH (:Enterprise {id: 'ent_zhaochi'})-[:MEMBER_OF]->(:Consortium {id: 'cons_led'}) RETURN count(*) AS n"))
			.isEqualTo(1);
	}

	@Test
	void siliconSubstrateLedIsTheThirdBlueLedRouteAndChipCapacityIsTopThree() {
		assertThat(this.graph.one("MATCH (t:Technology {id: 'tech_led_si_substrate'}) RETURN t.description AS d")
			.get("d")
			.asString()).contains("第三条蓝光LED技术路线");
		assertThat(figures("chain_led")).containsEntry("rank", 3.0);
	}

	@Test
	void jiangxiCopperRanked157InTheFortuneGlobal500In2024Up14() {
		assertThat(figures("ent_jcc")).containsEntry("rank", 157.0).containsEntry("places", 14.0);
	}

	@Test
	void jiangxiCopperCommitteePairedWithNaipuRatedExcellentFirstTimeIn16Years() {
		assertThat(this.graph
			.count("""
					MATCH (:Enterprise {id: 'ent_jcc'})-[:HAS_ORGANIZATION]->(:PartyOrganization)-[:PAIRED_WITH]->(:PartyOrganization)<-[:HAS_ORGANIZATION]-(n:Enterprise {id: 'ent_naipu', ownership: 'PRIVATE'})
					MATCH (n)-[:ACHIEVED]->(a:Achievement {year: 2022, kind: 'RATING'})
					RETURN count(a) AS n"""))
			.isEqualTo(1);
		assertThat(figures("ach_naipu_rating")).containsEntry("years", 16.0);
	}

	@Test
	void copperChainDrewA0016MillimetreCopperSilverWireThatRuns100Kilometres() {
		assertThat(figures("ach_copper_agwire")).containsEntry("mm", 0.016).containsEntry("km", 100.0);
		assertThat(this.graph
			.count("""
					MATCH (:Achievement {id: 'ach_copper_agwire'})-[:ADVANCES]->(t:Technology)-[:BOTTLENECK_OF]->(:Chain {id: 'chain_copper'})
					WHERE t.name CONTAINS '铜银合金' RETURN count(t) AS n"""))
			.isEqualTo(1);
	}

	@Test
	void chinaTungstenMineCompanyIsARedHeritageSiteOfTheTungstenChain() {
		assertThat(this.graph.one("MATCH (e:Enterprise {name: '中华钨矿公司', historical: true}) RETURN e.description AS d")
			.get("d")
			.asString()).contains("红色");
	}

	@Test
	void catlYichunAndGotionLeadTheLithiumChain() {
		assertThat(
				this.graph.strings("MATCH (e)-[:LEADS]->(:Chain {id: 'chain_lithium'}) RETURN collect(e.id) AS values"))
			.containsExactlyInAnyOrder("ent_yichun_catl", "ent_gotion_jx");
	}

	@Test
	void nanchangHangkongUniversityHasItsThreeColleges() {
		assertThat(this.graph.strings("MATCH (u:University {id: 'org_nchu'}) RETURN u.colleges AS values"))
			.containsExactly("航空制造产业学院", "航空卓越工程师学院", "先进技术研究院");
	}

	@Test
	void furnitureFiguresAreReportedNotCounted() {
		assertThat(figures("chain_furniture")).containsEntry("enterprises", 30.0)
			.containsEntry("people", 500000.0)
			.containsEntry("members", 117.0);
		assertThat(this.graph.count("""
				MATCH (f:ReportedFigure)-[:REPORTED_FOR]->(:Chain {id: 'chain_furniture'})
				RETURN count(f) AS n""")).isEqualTo(9);
		assertThat(this.graph.count("""
				MATCH (e:Enterprise)-[:OPERATES_IN]->(:Segment)<-[:HAS_SEGMENT]-(:Chain {id: 'chain_furniture'})
				RETURN count(DISTINCT e) AS n""")).isLessThan(8000);
	}

	@Test
	void provinceWideFiguresAreReportedWithTheirSource() {
		assertThat(this.graph.rows("""
				MATCH (f:ReportedFigure {scope: 'PROVINCE'})-[:SOURCED_FROM]->(:Source)
				RETURN f.value AS value ORDER BY value""").stream().map((row) -> row.get("value").asDouble()))
			.containsExactly(253.0, 378.0, 425.0);
	}

	@Test
	void demandsInEveryWorkflowStatus() {
		assertThat(this.graph.strings("MATCH (d:Demand) RETURN collect(DISTINCT d.status) AS values"))
			.containsExactlyInAnyOrder("RAISED", "DISPATCHED", "ACCEPTED", "RESOLVED");
		assertThat(this.graph
			.count("""
					MATCH (d:Demand) WHERE d.status <> 'RAISED' AND NOT EXISTS { (:PartyOrganization {kind: 'CHAIN_COMMITTEE'})-[:DISPATCHED]->(d) }
					RETURN count(d) AS n"""))
			.isZero();
		assertThat(this.graph
			.count("""
					MATCH (d:Demand) WHERE d.status IN ['ACCEPTED', 'RESOLVED'] AND NOT EXISTS { (:Department)-[:ACCEPTED]->(d) }
					RETURN count(d) AS n"""))
			.isZero();
	}

	@Test
	void articleCitiesAreInTheGraph() {
		assertThat(this.graph.strings("MATCH (c:City) RETURN collect(c.name) AS values")).contains("南昌市", "萍乡市", "新余市",
				"鹰潭市", "宜春市", "吉安市", "抚州市", "赣州市", "上饶市", "景德镇市");
	}

	// --- data honesty
	// ----------------------------------------------------------------------

	@Test
	void onlyPeopleNamedInTheSourcesAreReal() {
		assertThat(this.graph.strings("MATCH (x:Expert) WHERE x.synthetic IS NULL RETURN collect(x.name) AS values"))
			.containsExactly("江风益");
	}

	@Test
	void everySyntheticNodeIsNamedSoNobodyMistakesIt() {
		assertThat(this.graph.count("""
				MATCH (n {synthetic: true})
				WHERE NOT (n.name CONTAINS '合成' AND toLower(n.nameEn) CONTAINS 'synthetic')
				RETURN count(n) AS n""")).isZero();
	}

	@Test
	void everyRealNodeKeepsItsSourcesAndConfidence() {
		// Unsourced: workflow history, which records moves rather than claims facts, the
		// taxonomy's domain roots, which claim nothing, and the records
		// the sources
		// themselves leave unsourced, which say so with a low confidence.
		assertThat(this.graph.strings("""
				MATCH (n) WHERE NOT n:Source AND NOT n:SchemaMigration AND NOT n:ApiKey AND NOT n:AuditEntry
				  AND NOT n:StatusChange AND n.synthetic IS NULL
				  AND NOT EXISTS { (n)-[:SOURCED_FROM]->(:Source) } AND NOT (n:Technology AND n.kind = 'DOMAIN')
				RETURN collect(n.id + ':' + coalesce(n.confidence, 'none')) AS values"""))
			.allMatch((entry) -> entry.endsWith(":low"))
			.contains("cons_auto_unverified:low");
		assertThat(this.graph.count("""
				MATCH (n) WHERE (n:Enterprise OR n:Organization OR n:Technology OR n:Chain OR n:Expert)
				  AND n.synthetic IS NULL AND NOT n.confidence IN ['high', 'medium', 'low']
				RETURN count(n) AS n""")).isZero();
	}

	@Test
	void realPersonHasNoInventedExpertiseOrAffiliation() {
		assertThat(this.graph.count("""
				MATCH (j:Expert {id: 'person_jiang_fengyi'})-[r]-(other)
				WHERE other.synthetic = true RETURN count(r) AS n""")).isZero();
		assertThat(this.graph.strings("""
				MATCH (:Expert {id: 'person_jiang_fengyi'})-[:EXPERT_IN]->(t) RETURN collect(t.id) AS values"""))
			.containsExactlyInAnyOrder("tech_led_si_substrate", "tech_led_gan_si", "tech_led_yellow");
	}

	@Test
	void realOrganisationsAreConsortiumMembersOnlyWhereASourceSaysSo() {
		assertThat(this.graph.strings("""
				MATCH (o)-[:MEMBER_OF]->(:Consortium) WHERE o.synthetic IS NULL
				RETURN collect(DISTINCT o.id) AS values""")).containsExactlyInAnyOrder("ent_jcc", "org_jxas", "org_csu",
				"org_jxust", "ent_jcc_strip", "ent_xiangrong", "ent_kaian", "org_cnmc_inst", "ent_gb_testing",
				"org_grinm", "ent_jinko", "org_nerc_si_led", "ent_lattice", "ent_zhaochi", "org_nchu");
	}

	@Test
	void syntheticExpertsHavePublicationsAboutWhatTheyKnow() {
		assertThat(this.graph
			.count("""
					MATCH (x:Expert {synthetic: true})-[:AUTHORED]->(p:Publication)-[:ABOUT]->(t)
					WHERE NOT EXISTS { (x)-[:EXPERT_IN]->(t) } AND NOT EXISTS { (co:Expert)-[:AUTHORED]->(p) WHERE (co)-[:EXPERT_IN]->(t) }
					RETURN count(p) AS n"""))
			.isZero();
		assertThat(this.graph
			.count("MATCH (p:Publication {kind: 'PATENT'}) WHERE p.titleEn IS NOT NULL RETURN count(p) AS n"))
			.isPositive();
	}

	private List<String> formation(String model) {
		return this.graph.strings("MATCH (c:Chain {formation: $f}) RETURN collect(c.name) AS values", "f", model);
	}

	private List<String> segments(String chain) {
		return this.graph.strings(
				"MATCH (:Chain {id: $c})-[:HAS_SEGMENT]->(s) WITH s ORDER BY s.position RETURN collect(s.name) AS values",
				"c", chain);
	}

	private long members(String label) {
		return this.graph.count("MATCH (o:$($l))-[:MEMBER_OF]->(:Consortium) RETURN count(DISTINCT o) AS n", "l",
				label);
	}

	private String leader(String chain) {
		return this.graph
			.one("MATCH (e:Enterprise {chainLeader: true})-[:LEADS]->(:Chain {id: $c}) RETURN e.nameEn AS name", "c",
					chain)
			.get("name")
			.asString();
	}

	private java.util.Map<String, Double> figures(String target) {
		java.util.Map<String, Double> byUnit = new java.util.HashMap<>();
		this.graph
			.rows("MATCH (f:ReportedFigure)-[:REPORTED_FOR]->({id: $t}) RETURN f.unit AS unit, f.value AS value", "t",
					target)
			.forEach((row) -> byUnit.merge(row.get("unit").asString(), row.get("value").asDouble(), Math::min));
		return byUnit;
	}

	@SuppressWarnings("unused")
	private static List<String> asStrings(Value value) {
		return value.asList(Value::asString);
	}

}
