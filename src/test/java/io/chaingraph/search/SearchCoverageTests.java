package io.chaingraph.search;

import java.util.List;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search covers (issue 15, finding 7): experts by their professional title, and
 * achievements, teams and reported figures by their names, through the index V0007 made
 * again over the store the older files had built.
 */
@ChainGraphTest
class SearchCoverageTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test // GH-15
	void migrationRebuildsTheIndexWithTitlesAndTheNewLabels() {
		GraphAssertions graph = new GraphAssertions(this.driver);
		assertThat(graph.strings("MATCH (m:SchemaMigration) RETURN collect(m.file) AS values"))
			.contains("V0003__fulltext.cypher", "V0007__searchable_titles_and_records.cypher");
		Record index = graph.one("""
				SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state
				WHERE name = 'entity_text' RETURN labelsOrTypes, properties, state""");
		assertThat(index.get("state").asString()).isEqualTo("ONLINE");
		assertThat(index.get("labelsOrTypes").asList((value) -> value.asString())).contains("Expert", "Achievement",
				"Team", "ReportedFigure");
		assertThat(index.get("properties").asList((value) -> value.asString())).contains("title");
	}

	@Test // GH-15
	void academicianAndProfessorFindJiangByHisTitle() {
		for (String title : List.of("院士", "教授")) {
			this.graphQl.documentName("search")
				.variable("text", title)
				.variable("types", List.of("EXPERT"))
				.variable("first", 100)
				.execute()
				.path("search[*].node.id")
				.entityList(String.class)
				.contains("person_jiang_fengyi");
		}
	}

	@Test // GH-15
	void achievementsTeamsAndReportedFiguresAreFoundByTheirNames() {
		assertFound("铜银合金线坯", "ACHIEVEMENT", "ach_copper_agwire");
		assertFound("合成团队-001", "TEAM", "syn_team_001");
		assertFound("Synthetic Team 001", "TEAM", "syn_team_001");
		assertFound("日产外延片", "REPORTED_FIGURE", "fig_zhaochi_epi");
		assertFound("Fortune Global 500 rank", "REPORTED_FIGURE", "fig_jcc_fortune_rank");
	}

	@Test // GH-15
	void theNewKindsComeWithoutATypeFilterToo() {
		this.graphQl.documentName("search")
			.variable("text", "铜银合金线坯")
			.variable("first", 30)
			.execute()
			.path("search[*].type")
			.entityList(String.class)
			.contains("ACHIEVEMENT", "REPORTED_FIGURE");
	}

	private void assertFound(String text, String type, String id) {
		this.graphQl.documentName("search")
			.variable("text", text)
			.variable("types", List.of(type))
			.variable("first", 10)
			.execute()
			.path("search[*].node.id")
			.entityList(String.class)
			.contains(id)
			.path("search[*].type")
			.entityList(String.class)
			.satisfies((types) -> assertThat(types).containsOnly(type));
	}

}
