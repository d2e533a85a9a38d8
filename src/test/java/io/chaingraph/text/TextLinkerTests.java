package io.chaingraph.text;

import java.util.List;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linker over the seeded graph: the vocabulary follows writes, whoever makes them,
 * and on a server the version it watches changes with them.
 */
@ChainGraphTest
class TextLinkerTests {

	@Autowired
	TextLinker linker;

	@Autowired
	GraphVersion version;

	@Autowired
	Driver driver;

	@AfterEach
	void removeNodes() {
		new GraphAssertions(this.driver).run("MATCH (n) WHERE n.id STARTS WITH 'tlinker_' DETACH DELETE n");
	}

	@Test
	void aTechnologyWrittenAroundTheServiceIsLinkedRightAfterWithItsChain() {
		String text = "合成链接器测试工艺的可靠性";
		assertThat(this.linker.interpret(text).technologies()).extracting(Link::id).doesNotContain("tlinker_tech");
		String before = this.version.onServer();
		new GraphAssertions(this.driver)
			.run("""
					MATCH (c:Chain {id: 'chain_led'})
					CREATE (t:Technology {id: 'tlinker_tech', name: '合成链接器测试工艺', synthetic: true})-[:BOTTLENECK_OF {severity: 3}]->(c)""");
		QueryInterpretation interpretation = this.linker.interpret(text);
		assertThat(interpretation.technologies()).first().satisfies((link) -> {
			assertThat(link.id()).isEqualTo("tlinker_tech");
			assertThat(link.matched()).isEqualTo("合成链接器测试工艺");
		});
		assertThat(interpretation.chains()).extracting(Link::id).contains("chain_led");
		assertThat(this.version.onServer()).isNotEqualTo(before);
	}

	@Test
	void theServerVersionChangesWithARename() {
		new GraphAssertions(this.driver)
			.run("CREATE (:Enterprise {id: 'tlinker_ent', name: '合成链接器测试企业', synthetic: true})");
		String before = this.version.onServer();
		new GraphAssertions(this.driver).run("""
				MATCH (e:Enterprise {id: 'tlinker_ent'}) SET e.name = '合成链接器测试企业新名'
				CREATE (:AuditEntry {id: 'au_9999999999999_tlinker', actor: 'test', operation: 'updateEnterprise',
				  subject: 'Enterprise', ids: ['tlinker_ent'], changes: '{}'})""");
		assertThat(this.version.onServer()).isNotEqualTo(before);
		new GraphAssertions(this.driver).run("MATCH (a:AuditEntry {id: 'au_9999999999999_tlinker'}) DELETE a");
		assertThat(this.linker.interpret("合成链接器测试企业新名").organisations()).extracting(Link::id)
			.containsExactly("tlinker_ent");
	}

	@Test
	void organisationsAndExpertsInTextAreNamed() {
		QueryInterpretation interpretation = this.linker.interpret("江铜和江风益能合作吗");
		assertThat(interpretation.organisations()).extracting(Link::id).contains("ent_jcc");
		assertThat(interpretation.experts()).extracting(Link::id).containsExactly("person_jiang_fengyi");
		assertThat(this.linker.names("江铜", 5)).first().extracting(NameMatch::id).isEqualTo("ent_jcc");
		assertThat(this.linker.nearNames("江丰益", 5)).extracting(NameMatch::id).contains("person_jiang_fengyi");
		assertThat(List.of(this.linker.interpret("硅衬底LED").technologies().get(0).id()))
			.containsExactly("tech_led_si_substrate");
	}

	@Test // GH-15: a paper given as the query was linked, through the full-text index, to
			// the technology whose English name shares "from" with it (Lithium extraction
			// from
			// lepidolite), and its experts came in among the paper's
	void aLongTextIsNotLinkedThroughTheFullTextIndexByItsCommonWords() {
		String paper = "Results from a field study of scheduling from several sites. ".repeat(8);
		assertThat(paper.length()).isGreaterThan(TextLinker.FULL_TEXT_MAX_TEXT);
		assertThat(this.linker.interpret(paper).technologies()).isEmpty();
		// A question of a few words still gets the fallback.
		assertThat(this.linker.interpret("extraction from lepidolite").technologies()).extracting(Link::id)
			.contains("tech_auto_lepidolite");
	}

	@Test
	void aMisspeltNameIsLinkedThoughAShortNameSitsInsideIt() {
		// LED (a part of the LED chain's English name) and 铜 (a chain) used to take their
		// characters before the one-character-off match was tried.
		assertThat(this.linker.interpret("硅衬低LED技术").technologies()).first()
			.satisfies((link) -> assertThat(link.id()).isEqualTo("tech_led_si_substrate"));
		assertThat(this.linker.interpret("锂电铜萡").technologies()).extracting(Link::id).contains("tech_cu_foil");
	}

	@Test
	void onlyAQuestionIsLinkedToChallengesAndCities() {
		String text = "赛马：铜银合金微细线 南昌";
		QueryInterpretation plain = this.linker.interpret(text);
		assertThat(plain.challenges()).isEmpty();
		assertThat(plain.cities()).isEmpty();
		assertThat(plain.technologies()).extracting(Link::id).contains("tech_cu_agwire");
		QueryInterpretation question = this.linker.interpretQuestion(text);
		assertThat(question.challenges()).extracting(Link::id).contains("syn_challenge_02");
		assertThat(question.cities()).extracting(Link::id).containsExactly("city_nanchang");
	}

}
