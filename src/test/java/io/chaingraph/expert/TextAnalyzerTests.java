package io.chaingraph.expert;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retrieval model's tokenizer: Latin words lower-cased, stop words dropped, plurals
 * folded; Chinese cut at stop words and split into bigrams.
 */
class TextAnalyzerTests {

	@Test
	void latinWordsAreLowerCasedStemmedAndStopWordsDropped() {
		assertThat(TextAnalyzer.terms("The Systems of LED Substrates, and their batteries")).containsExactly("system",
				"led", "substrate", "battery");
	}

	@Test
	void theSStemmerFoldsOnlyPlurals() {
		assertThat(TextAnalyzer.stem("queries")).isEqualTo("query");
		assertThat(TextAnalyzer.stem("processes")).isEqualTo("processe");
		assertThat(TextAnalyzer.stem("process")).isEqualTo("process");
		assertThat(TextAnalyzer.stem("status")).isEqualTo("status");
		assertThat(TextAnalyzer.stem("gas")).isEqualTo("gas");
	}

	@Test
	void chineseIsSplitIntoBigramsAndCutAtStopWords() {
		assertThat(TextAnalyzer.terms("硅衬底的发光")).containsExactly("硅衬", "衬底", "发光");
		// 本文 and 一种 are stop words; the piece of one character between cuts stays.
		assertThat(TextAnalyzer.terms("本文提出一种钨合金")).containsExactly("钨合", "合金");
		assertThat(TextAnalyzer.terms("钨和铜")).containsExactly("钨", "铜");
	}

	@Test
	void mixedTextKeepsBothScripts() {
		assertThat(TextAnalyzer.terms("硅衬底LED芯片")).containsExactly("硅衬", "衬底", "led", "芯片");
	}

	@Test
	void punctuationAndSingleLettersAreNotTerms() {
		assertThat(TextAnalyzer.terms("a, b; (c) —— 。")).isEmpty();
	}

}
