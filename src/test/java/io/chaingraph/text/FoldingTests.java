package io.chaingraph.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a name is also known by, and how questions fold: traditional forms, names without
 * a province or a plural, and names that only a question links to.
 */
class FoldingTests {

	private static final Folding folding = Folding.standard();

	@Test
	void traditionalFormsOfAQuestionFoldAsTheSimplifiedOnes() {
		assertThat(TextLinker.fold("半導體照明產業鏈還缺哪些環節？誰領導？幾位")).isEqualTo(TextLinker.fold("半导体照明产业链还缺哪些环节谁领导几位"));
		assertThat(TextLinker.fold("矽襯底LED技術")).isEqualTo(TextLinker.fold("硅衬底LED技术"));
	}

	@Test
	void aNameIsAlsoKnownWithoutTheProvinceAndAnEnglishNameWithoutItsPlural() {
		assertThat(folding.withoutSuffixes(folding.fold("江西耐普矿机股份有限公司").text())).contains("耐普矿机");
		assertThat(folding.withoutSuffixes(folding.fold("江西省铜产业科技创新联合体").text())).contains("铜产业科技创新联合体");
		assertThat(folding.withoutSuffixes(folding.fold("Photovoltaics").text())).contains("photovoltaic");
		assertThat(folding.withoutSuffixes(folding.fold("Naipu Mining Machinery Co.").text()))
			.contains("naipu mining machinery");
		assertThat(folding.withoutSuffixes(folding.fold("Glass").text())).doesNotContain("glas");
		assertThat(folding.withoutSuffixes(folding.fold("南昌市").text())).contains("南昌");
	}

	@Test
	void citiesAndChallengesTakeNoWordsFromTheLabelsOfExpertMatching() {
		Vocabulary vocabulary = new Vocabulary(folding,
				List.of(new Vocabulary.Named("tech_cu_agwire", "Technology", "铜银合金微细线", null, List.of()),
						new Vocabulary.Named("syn_challenge_02", "Challenge", "赛马：铜银合金微细线（合成）", null, List.of())),
				Map.of(), Map.of());
		Folding.Folded text = folding.fold("铜银合金微细线赛马");
		assertThat(vocabulary.occurrences(text, Set.of("Technology"))).extracting((hit) -> hit.entry().node().id())
			.containsExactly("tech_cu_agwire");
		assertThat(vocabulary.occurrences(text, null)).extracting((hit) -> hit.entry().node().id())
			.contains("tech_cu_agwire", "syn_challenge_02");
	}

}
