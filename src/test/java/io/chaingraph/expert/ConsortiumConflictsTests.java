package io.chaingraph.expert;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, finding 3: excludeConflictsWith a consortium left out nobody.
 */
@ChainGraphTest
class ConsortiumConflictsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test // GH-15 finding 3
	void aConsortiumsCommitteeChairIsExcludedWithThePathThatShowsIt() {
		Map<String, Object> result = this.graphQl.documentName("expertsFor")
			.variable("technology", "tech_led_si_substrate")
			.variable("excludeConflictsWith", "cons_led")
			.variable("first", 50)
			.execute()
			.path("expertsFor")
			.entity(Map.class)
			.get();
		List<Map<String, Object>> exclusions = (List<Map<String, Object>>) result.get("exclusions");
		assertThat(result.get("excluded")).isEqualTo(exclusions.size());
		Map<String, Object> jiang = exclusions.stream()
			.filter((exclusion) -> "person_jiang_fengyi".equals(((Map<?, ?>) exclusion.get("expert")).get("id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Jiang Fengyi not excluded: " + exclusions));
		assertThat(jiang.get("reason")).isEqualTo("ADVISES_CONSORTIUM");
		Map<String, Object> path = (Map<String, Object>) jiang.get("path");
		assertThat(path.get("component")).isEqualTo("CONFLICT");
		assertThat((List<Map<String, Object>>) path.get("nodes")).extracting((node) -> node.get("id"))
			.containsExactly("person_jiang_fengyi", "cons_led");
		assertThat((List<Map<String, Object>>) path.get("relationships"))
			.extracting((rel) -> List.of(rel.get("type"), rel.get("from"), rel.get("to")))
			.containsExactly(List.of("ADVISES", "person_jiang_fengyi", "cons_led"));
		assertThat(exclusions).extracting((exclusion) -> exclusion.get("reason"))
			.isSubsetOf("ADVISES_CONSORTIUM", "LEAD_EMPLOYEE", "MEMBER_EMPLOYEE", "COAUTHOR");
		assertThat((List<Map<String, Object>>) result.get("matches"))
			.extracting((match) -> (Object) ((Map<?, ?>) match.get("expert")).get("id"))
			.doesNotContain("person_jiang_fengyi");
	}

}
