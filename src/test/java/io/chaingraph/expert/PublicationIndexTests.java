package io.chaingraph.expert;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * BM25F over titles and abstracts, and the expert votes aggregated from it.
 */
class PublicationIndexTests {

	private static final PublicationIndex.Stamp STAMP = new PublicationIndex.Stamp(0, 0, 0,
			ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), java.util.Set.of());

	private static PublicationIndex.Document doc(String id, String title, String abstractText, String... authors) {
		return new PublicationIndex.Document(id, title, abstractText, List.of(authors), List.of());
	}

	@Test
	void aScoreIsBm25FOverTheTwoFields() {
		PublicationIndex.Snapshot index = PublicationIndex.build(
				List.of(doc("p1", "tungsten carbide", "coating tools"), doc("p2", "copper", "smelting copper ore")),
				STAMP);
		PublicationIndex.Hits hits = PublicationIndex.search(index, "tungsten");
		assertThat(hits.docs()).hasSize(1);
		// N = 2, df = 1: idf = ln(1 + 1.5 / 1.5); title length 2 = average 2 (p1 2, p2 1:
		// average 1.5), so the title's normalisation is 1 - b + b * 2 / 1.5.
		double norm = 1 - PublicationIndex.B + PublicationIndex.B * 2 / 1.5;
		double tf = PublicationIndex.TITLE_WEIGHT / norm;
		double q = (PublicationIndex.K3 + 1) / (PublicationIndex.K3 + 1);
		double expected = q * Math.log(2) * tf / (PublicationIndex.K1 + tf);
		assertThat(hits.scores()[0]).isCloseTo(expected, offset(1e-6));
	}

	@Test
	void aTitleMatchOutweighsTheSameMatchInTheAbstract() {
		PublicationIndex.Snapshot index = PublicationIndex.build(
				List.of(doc("p1", "carbide", "alloy"), doc("p2", "alloy", "carbide"), doc("p3", "ore", "mine")), STAMP);
		PublicationIndex.Hits hits = PublicationIndex.search(index, "carbide");
		assertThat(hits.docs()).hasSize(2);
		assertThat(index.docs()[hits.docs()[0]]).isEqualTo("p1");
		assertThat(hits.scores()[0]).isGreaterThan(hits.scores()[1]);
	}

	@Test
	void rareWordsWeighMoreThanCommonOnes() {
		List<PublicationIndex.Document> docs = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			docs.add(doc("common" + i, "software development", "software"));
		}
		docs.add(doc("rare", "tungsten", "software development"));
		PublicationIndex.Snapshot index = PublicationIndex.build(docs, STAMP);
		PublicationIndex.Hits hits = PublicationIndex.search(index, "software development tungsten");
		assertThat(index.docs()[hits.docs()[0]]).isEqualTo("rare");
		assertThat(index.terms().get("tungsten").idf()).isGreaterThan(index.terms().get("software").idf());
	}

	@Test
	void aLongQueryKeepsItsMostInformativeTermsWhereverTheyStand() {
		List<PublicationIndex.Document> docs = new ArrayList<>();
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			docs.add(doc("filler" + i, "word" + i, "common text"));
			query.append("common text ");
		}
		docs.add(doc("target", "zirconium", "common"));
		PublicationIndex.Snapshot index = PublicationIndex.build(docs, STAMP);
		// 1,200 characters of common words first: a query cut at 300 characters would
		// never reach the word that matters.
		PublicationIndex.Hits hits = PublicationIndex.search(index, query + "zirconium");
		assertThat(index.docs()[hits.docs()[0]]).isEqualTo("target");
	}

	@Test
	void aQueryOfOnlyStopWordsMatchesNothing() {
		PublicationIndex.Snapshot index = PublicationIndex.build(List.of(doc("p1", "the of", "and")), STAMP);
		assertThat(PublicationIndex.search(index, "the and of").isEmpty()).isTrue();
	}

	@Test
	void votesSumAnExpertsBestMatchesRelativeToTheBestOverTheRootOfTheirPublications() {
		PublicationIndex.Snapshot index = PublicationIndex.build(List.of(doc("p1", "tungsten", "", "x1", "x2"),
				doc("p2", "tungsten tungsten", "tungsten", "x1"), doc("p3", "copper", "", "x3")), STAMP);
		PublicationIndex.Hits hits = PublicationIndex.search(index, "tungsten");
		TextEvidence votes = TextEvidence.of(hits);
		int x1 = List.of(index.experts()).indexOf("x1");
		int x2 = List.of(index.experts()).indexOf("x2");
		int x3 = List.of(index.experts()).indexOf("x3");
		// x1 wrote the best match (vote 1) and the other (its score over the best), and
		// two publications in all.
		double other = hits.scores()[1] / hits.scores()[0];
		assertThat(votes.scores()[x1]).isCloseTo((1 + other) / Math.sqrt(2), offset(1e-9));
		assertThat(votes.scores()[x2]).isCloseTo(other, offset(1e-9));
		assertThat(votes.scores()[x3]).isZero();
		assertThat(votes.best()[x1]).hasSize(2);
	}

	@Test
	void onlyAnExpertsTenBestMatchesVote() {
		List<PublicationIndex.Document> docs = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			docs.add(doc("p%02d".formatted(i), "tungsten", "", "prolific"));
		}
		PublicationIndex.Snapshot index = PublicationIndex.build(docs, STAMP);
		TextEvidence votes = TextEvidence.of(PublicationIndex.search(index, "tungsten"));
		assertThat(votes.scores()[0]).isCloseTo(TextEvidence.PER_EXPERT / Math.sqrt(30), offset(1e-9));
	}

}
