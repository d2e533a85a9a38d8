package io.chaingraph.ask;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an answer says about a city the question names is true of the operation that ran:
 * expertsFor filters by it, no other operation takes one.
 */
class MessagesTests {

	private static final AskFilters IN_NANCHANG = new AskFilters(false, null, "city_nanchang", null, List.of(), null);

	@Test
	void anExpertsAnswerSaysTheCityFiltersTheExperts() {
		assertThat(Messages.answered(QuestionType.EXPERTS, List.of(), IN_NANCHANG, Language.ZH)).contains("仅限在该城市工作的专家")
			.doesNotContain("未用于");
		assertThat(Messages.answered(QuestionType.EXPERTS, List.of(), IN_NANCHANG, Language.EN))
			.contains("only experts who work in the city")
			.doesNotContain("not a condition");
	}

	@Test
	void anyOtherAnswerSaysTheCityIsNotApplied() {
		assertThat(Messages.answered(QuestionType.CHALLENGES, List.of(), IN_NANCHANG, Language.ZH))
			.contains("城市条件未用于此查询");
		assertThat(Messages.answered(QuestionType.TALENT_GAPS, List.of(), IN_NANCHANG, Language.EN))
			.contains("the city is not a condition of this query");
	}

	@Test
	void noCityNoNote() {
		assertThat(Messages.answered(QuestionType.EXPERTS, List.of(), AskFilters.NONE, Language.EN))
			.isEqualTo("Answered as experts.");
	}

}
