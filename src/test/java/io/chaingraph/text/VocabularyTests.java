package io.chaingraph.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linker's matching without the application: folding, longest match first, name parts
 * and generic endings, variants and one-character errors.
 */
class VocabularyTests {

	private static final Folding folding = Folding.standard();

	private static final Vocabulary vocabulary = new Vocabulary(folding,
			List.of(named("tech_led_si_substrate", "Technology", "硅衬底LED技术", "Silicon-substrate LED technology",
					"硅衬底LED", "GaN-on-Si LED"),
					named("tech_w_tools", "Technology", "硬质合金涂层刀片、数控刀片、整体刀具",
							"Coated carbide inserts, CNC inserts, solid carbide tools"),
					named("tech_tungsten_root", "Technology", "钨材料技术", "Tungsten materials technology"),
					named("chain_tungsten", "Chain", "钨", "Tungsten"),
					named("chain_led", "Chain", "半导体照明", "Semiconductor lighting"),
					named("ent_jcc", "Enterprise", "江西铜业集团有限公司", "Jiangxi Copper Corporation (JCC)", "江铜"),
					named("ent_jcc_shangrao", "Enterprise", "江铜(上饶)工业园区项目", "JCC Shangrao industrial park projects"),
					named("person_jiang_fengyi", "Expert", "江风益", "Jiang Fengyi"),
					named("tech_bio", "Technology", "生物技术", "Biotechnology")),
			Map.of("tech_w_tools", List.of("tech_tungsten_root")),
			Map.of("tech_w_tools", Set.of("chain_tungsten"), "tech_led_si_substrate", Set.of("chain_led")));

	private static Vocabulary.Named named(String id, String label, String name, String nameEn, String... aliases) {
		return new Vocabulary.Named(id, label, name, nameEn, List.of(aliases));
	}

	private static List<String> ids(String text) {
		return vocabulary.occurrences(folding.fold(text)).stream().map((hit) -> hit.entry().node().id()).toList();
	}

	// "experts in permanent-magnet motors" linked nothing: a part of a name was only what
	// separators bound, never one side of "and" or 与.
	@Test
	void eachSideOfAConjunctionIsAPartOfTheNameButNotOfAWordThatHoldsIt() {
		assertThat(Vocabulary.parts("Permanent-magnet motors and drive systems")).contains("Permanent-magnet motors",
				"drive systems");
		assertThat(Vocabulary.parts("锂云母提锂与锂渣综合利用")).contains("锂云母提锂", "锂渣综合利用");
		assertThat(Vocabulary.parts("中节能晶和照明有限公司")).containsExactly("中节能晶和照明有限公司");
		assertThat(Vocabulary.parts("Sandstone band")).containsExactly("Sandstone band");
		assertThat(Vocabulary.parts("X and Y")).containsExactly("X and Y");
	}

	@Test
	void foldingReadsFullWidthCaseSpacesAndPunctuationAsOne() {
		assertThat(folding.fold("硅衬底　ＬＥＤ").text()).isEqualTo("硅衬底led");
		assertThat(folding.fold("硅衬底 LED").text()).isEqualTo("硅衬底led");
		assertThat(folding.fold("GaN-on-Si  LED").text()).isEqualTo("gan on si led");
		assertThat(folding.fold("Jiangxi Copper (JCC)").text()).isEqualTo("jiangxi copper jcc");
	}

	@Test
	void foldingReadsCharacterVariantsAsOneAndKeepsTheSpan() {
		Folding.Folded folded = folding.fold("江鳳益");
		assertThat(folded.text()).isEqualTo(folding.fold("江风益").text());
		assertThat(folded.exact()).isNotEqualTo(folded.text());
		assertThat(folding.fold("江凤益").text()).isEqualTo(folding.fold("江風益").text());
		Folding.Folded spaced = folding.fold("a  ＬＥＤ");
		assertThat(spaced.from()[2]).isEqualTo(3);
		assertThat(spaced.to()[4]).isEqualTo(6);
	}

	@Test
	void aliasInTextLinksWithFullConfidenceAndItsSpan() {
		String text = "关于硅衬底LED外延片的可靠性";
		List<Vocabulary.Hit> hits = vocabulary.occurrences(folding.fold(text));
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.entry().node().id()).isEqualTo("tech_led_si_substrate");
			assertThat(hit.confidence()).isEqualTo(1.0);
			assertThat(text.substring(hit.from(), hit.to())).isEqualTo("硅衬底LED");
		});
	}

	@Test
	void englishNameWithoutItsGenericEndingLinksAsAPart() {
		List<Vocabulary.Hit> hits = vocabulary.occurrences(folding.fold("experts in silicon substrate LED?"));
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.entry().node().id()).isEqualTo("tech_led_si_substrate");
			assertThat(hit.how()).isEqualTo("PART");
			assertThat(hit.confidence()).isEqualTo(Vocabulary.PART);
		});
	}

	@Test
	void onePartOfAnEnumeratedNameLinks() {
		assertThat(ids("硬质合金涂层刀片")).containsExactly("tech_w_tools");
		assertThat(ids("coated carbide inserts for steel")).containsExactly("tech_w_tools");
	}

	@Test
	void longestMatchFirstHidesNamesInsideIt() {
		assertThat(ids("钨材料技术")).containsExactly("tech_tungsten_root");
		assertThat(ids("钨的深加工")).containsExactly("chain_tungsten");
		assertThat(vocabulary.occurrences(folding.fold("钨")).get(0).confidence()).isEqualTo(Vocabulary.SINGLE);
	}

	@Test
	void latinNamesMatchWholeWordsOnly() {
		assertThat(ids("biotechnology")).containsExactly("tech_bio");
		assertThat(ids("tungstenite")).isEmpty();
		assertThat(ids("TUNGSTEN")).containsExactly("chain_tungsten");
	}

	@Test
	void aVariantLinksAtALowerConfidence() {
		List<Vocabulary.Hit> hits = vocabulary.occurrences(folding.fold("江凤益"));
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.entry().node().id()).isEqualTo("person_jiang_fengyi");
			assertThat(hit.how()).isEqualTo("VARIANT");
			assertThat(hit.confidence()).isEqualTo(Vocabulary.VARIANT);
		});
	}

	@Test
	void namesOneCharacterOffAreFoundForNamesOfThreeCharactersOrMore() {
		assertThat(vocabulary.oneEditFrom(folding.fold("江丰益").text())).extracting((e) -> e.node().id())
			.containsExactly("person_jiang_fengyi");
		assertThat(vocabulary.oneEditFrom(folding.fold("江风益x").text())).extracting((e) -> e.node().id())
			.containsExactly("person_jiang_fengyi");
		assertThat(vocabulary.oneEditFrom(folding.fold("jiang fengy").text())).extracting((e) -> e.node().id())
			.containsExactly("person_jiang_fengyi");
		assertThat(vocabulary.oneEditFrom(folding.fold("江益").text())).isEmpty();
		assertThat(vocabulary.oneEditFrom(folding.fold("江丰丰").text())).isEmpty();
	}

	@Test
	void withinOneEditCountsOneInsertionDeletionOrSubstitution() {
		assertThat(Folding.withinOneEdit("abc", "abd")).isTrue();
		assertThat(Folding.withinOneEdit("abc", "abcd")).isTrue();
		assertThat(Folding.withinOneEdit("abc", "ac")).isTrue();
		assertThat(Folding.withinOneEdit("abc", "bca")).isFalse();
		assertThat(Folding.withinOneEdit("abc", "a")).isFalse();
	}

	@Test
	void anAliasIsAnExactNameAndAPrefixRanksByHowMuchOfTheNameItIs() {
		assertThat(vocabulary.exactly(folding.fold("江铜").text())).extracting((e) -> e.node().id())
			.containsExactly("ent_jcc", "ent_jcc_shangrao");
		assertThat(vocabulary.exactly(folding.fold("江铜").text())).extracting(Vocabulary.Entry::weight)
			.containsExactly(1.0, Vocabulary.PART);
		assertThat(vocabulary.startingWith(folding.fold("Jiangxi Copper").text(), 10)).extracting((e) -> e.node().id())
			.containsExactly("ent_jcc", "ent_jcc");
		assertThat(vocabulary.exactly(folding.fold("江西铜业").text())).extracting((e) -> e.node().id())
			.containsExactly("ent_jcc");
	}

	@Test
	void taxonomyAndChainsAreKept() {
		assertThat(vocabulary.parents("tech_w_tools")).containsExactly("tech_tungsten_root");
		assertThat(vocabulary.children("tech_tungsten_root")).containsExactly("tech_w_tools");
		assertThat(vocabulary.chainsOf("tech_w_tools")).containsExactly("chain_tungsten");
	}

}
