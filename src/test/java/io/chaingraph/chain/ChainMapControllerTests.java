package io.chaingraph.chain;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@ChainGraphTest
class ChainMapControllerTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void chainMapDrawsSegmentsUpstreamToDownstreamWithTheLeaderMarked() {
		this.graphQl.documentName("chainMap")
			.variable("chain", "chain_pv")
			.execute()
			.path("chainMap.segments[*].segment.name")
			.entityList(String.class)
			.containsExactly("硅片", "电池片", "辅材", "组件", "应用")
			.path("chainMap.segments[*].enterprises[?(@.chainLeader == true)].enterprise.id")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).containsOnly("ent_jinko"))
			.path("chainMap.segments[2].enterprises[*].enterprise.name")
			.entityList(String.class)
			.contains("江西彩虹光伏有限公司")
			.path("chainMap.consortia[*].id")
			.entityList(String.class)
			.containsExactly("cons_pv");
	}

	@Test
	void gapsAreSegmentsWithFewerEnterprisesThanTheThreshold() {
		List<Map<String, Object>> segments = this.graphQl.documentName("chainMap")
			.variable("chain", "chain_organosilicon")
			.variable("gapThreshold", 2)
			.execute()
			.path("chainMap.segments")
			.entityList(Map.class)
			.get()
			.stream()
			.map((segment) -> (Map<String, Object>) segment)
			.toList();
		assertThat(segments).allSatisfy((segment) -> assertThat(segment.get("gap"))
			.isEqualTo(((Number) segment.get("enterpriseCount")).intValue() < 2));
		long gaps = segments.stream().filter((segment) -> (Boolean) segment.get("gap")).count();
		this.graphQl.documentName("chainMap")
			.variable("chain", "chain_organosilicon")
			.variable("gapThreshold", 2)
			.execute()
			.path("chainMap.gaps")
			.entityList(Object.class)
			.hasSize((int) gaps);
		this.graphQl.documentName("chainMap")
			.variable("chain", "chain_organosilicon")
			.variable("gapThreshold", 1000)
			.execute()
			.path("chainMap.gaps")
			.entityList(Object.class)
			.hasSize(segments.size());
	}

	@Test
	void talentGapsRankBottlenecksByShortageShowingBothSides() {
		List<Map<String, Object>> gaps = this.graphQl.documentName("talentGaps")
			.variable("chain", "chain_led")
			.variable("first", 50)
			.execute()
			.path("talentGaps")
			.entityList(Map.class)
			.get()
			.stream()
			.map((gap) -> (Map<String, Object>) gap)
			.toList();
		assertThat(gaps).isNotEmpty();
		assertThat(gaps).extracting((gap) -> ((Number) gap.get("shortage")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(gaps).allSatisfy((gap) -> {
			int demand = ((Number) gap.get("demand")).intValue();
			assertThat(demand).isEqualTo(
					((Number) gap.get("severity")).intValue() + 2 * ((Number) gap.get("openChallenges")).intValue()
							+ ((Number) gap.get("openDemands")).intValue());
			assertThat(((Number) gap.get("shortage")).doubleValue())
				.isEqualTo((double) demand / (1 + ((Number) gap.get("supply")).intValue()));
		});
		assertThat(gaps)
			.filteredOn((gap) -> ((Map<?, ?>) gap.get("technology")).get("id").equals("tech_led_si_substrate"))
			.singleElement()
			.satisfies((gap) -> assertThat(((Number) gap.get("supply")).intValue()).as("Jiang Fengyi and others")
				.isGreaterThanOrEqualTo(1));
	}

	@Test
	void unknownChainIsNotFound() {
		this.graphQl.documentName("chainMap")
			.variable("chain", "no_such_chain")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
	}

}
