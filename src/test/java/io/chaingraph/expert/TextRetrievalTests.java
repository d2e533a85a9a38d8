package io.chaingraph.expert;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.path.PathRelationship;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free text is matched against every publication by the in-memory retrieval model, which
 * follows curation, and the whole text counts, not its first 300 characters.
 */
@ChainGraphTest
class TextRetrievalTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	@Autowired
	ExpertRanking ranking;

	HttpGraphQlTester coordinator;

	// Letters only, so that it is one term, and unique to this run.
	final String word = "zorvex" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

	final String expert = "txr_expert_" + UUID.randomUUID().toString().substring(0, 8);

	final String publication = "txr_pub_" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void signIn() {
		this.coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
	}

	@AfterEach
	void removeTestNodes() {
		new GraphAssertions(this.driver).run("MATCH (n) WHERE n.id IN $ids DETACH DELETE n", "ids",
				List.of(this.expert, this.publication));
	}

	@Test
	void aPublicationCreatedThroughCurationIsFoundRightAfterAndLosesItsAuthorWhenTheLinkGoes() {
		assertThat(ids(this.ranking.rank(null, null, this.word, false, null, 10))).doesNotContain(this.expert);
		authorAPublicationAbout(this.word + " thin films");
		ExpertRanking.ExpertsForResult result = this.ranking.rank(null, null, this.word, false, null, 10);
		assertThat(ids(result)).first().isEqualTo(this.expert);
		assertThat(result.matches().get(0).evidence()).anySatisfy((path) -> {
			assertThat(path.component()).isEqualTo("evidence");
			assertThat(path.relationships()).singleElement()
				.isEqualTo(PathRelationship.between("AUTHORED", this.expert, this.publication));
		});
		call("deleteRelationship", Map.of("type", "AUTHORED", "from", this.expert, "to", this.publication));
		assertThat(ids(this.ranking.rank(null, null, this.word, false, null, 10))).doesNotContain(this.expert);
	}

	@Test
	void anEditedAbstractIsSearchedAsItIsNow() {
		authorAPublicationAbout("ceramic membranes");
		assertThat(ids(this.ranking.rank(null, null, this.word, false, null, 10))).doesNotContain(this.expert);
		call("updatePublication",
				Map.of("id", this.publication, "input", Map.of("abstractEn", "Sintering of " + this.word + ".")));
		assertThat(ids(this.ranking.rank(null, null, this.word, false, null, 10))).first().isEqualTo(this.expert);
	}

	// Before, the text was cut at 300 characters for Lucene and only the authors of its
	// 200
	// best hits were candidates: an expert whose only match is a word at the end of a
	// long
	// text was never found.
	@Test
	void anExpertWhoseWordComesAfterTheFirst300CharactersIsFound() {
		authorAPublicationAbout(this.word + " coatings");
		String query = "硅衬底 LED 芯片 外延 发光 材料 工艺 ".repeat(20) + this.word;
		assertThat(query.length()).isGreaterThan(ExpertRanking.QUERY_CHARS_SEARCHED);
		assertThat(ids(this.ranking.rank(null, null, query, false, null, 100))).contains(this.expert);
	}

	private void authorAPublicationAbout(String title) {
		call("createExpert",
				Map.of("input", Map.of("id", this.expert, "name", "合成专家-检索测试-" + this.expert, "synthetic", true)));
		call("createPublication", Map.of("input",
				Map.of("id", this.publication, "name", title, "titleEn", title, "kind", "PAPER", "synthetic", true)));
		call("createRelationship",
				Map.of("input", Map.of("type", "AUTHORED", "from", this.expert, "to", this.publication)));
	}

	private void call(String operation, Map<String, Object> variables) {
		var request = this.coordinator.documentName("textRetrieval").operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().errors().verify();
	}

	private static List<String> ids(ExpertRanking.ExpertsForResult result) {
		return result.matches().stream().map((match) -> (String) match.expert().get("id")).toList();
	}

}
