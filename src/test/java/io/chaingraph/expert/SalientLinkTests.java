package io.chaingraph.expert;

import io.chaingraph.text.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How much a technology named in a text counts: in full when the name is a good part of
 * the text, little when a long text mentions it in passing, as a paper's abstract given
 * as the query may.
 */
class SalientLinkTests {

	private static Link link(String matched, String how) {
		return new Link("tech_pv_root", "Technology", "光伏技术", "Photovoltaic technology", 1.0, matched, how);
	}

	@Test
	void aNameThatIsTheWholeQueryCountsInFull() {
		assertThat(ExpertRanking.salient(link("photovoltaic", "PART"), "photovoltaic")).isEqualTo(1.0);
		assertThat(ExpertRanking.salient(link("硅衬底LED", "EXACT"), "硅衬底LED方面的院士")).isEqualTo(1.0);
	}

	@Test
	void aNameMentionedOnceInALongTextCountsInProportion() {
		String abstractText = "We study scheduling of distributed software builds. ".repeat(30)
				+ "One case study is a photovoltaic plant.";
		double salient = ExpertRanking.salient(link("photovoltaic", "PART"), abstractText);
		assertThat(salient).isCloseTo(12.0 / abstractText.strip().length() / ExpertRanking.SALIENT_SHARE, within(1e-9));
		assertThat(salient).isLessThan(AnswerNotes.CHAIN_CONFIDENCE);
	}

	@Test
	void technologiesTheCallerGaveAreNotDiscounted() {
		assertThat(ExpertRanking.salient(link("", "GIVEN"), "a long text ".repeat(100))).isEqualTo(1.0);
	}

}
