package io.chaingraph.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's sources can be trusted as far as they say (issue 14, finding 10): no link to
 * a spam host, each source's kind and outlet given, every record's confidence no higher
 * than its sources' kinds allow, the seed article and the second article told apart, and
 * a real person named only with a source that can be checked. Asked of the loaded graph,
 * on the seed's own records (ids {@code src_…} for its sources).
 */
@ChainGraphTest
class SourceHonestyTests {

	static final String SEED_HEADLINE = "党建引领产业兴——江西产业链党建试点工作纪实";

	@Autowired
	Driver driver;

	GraphAssertions graph;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
	}

	@Test
	void noSourceLinksToAHostOnTheSpamList() throws IOException {
		Set<String> spam = spamHosts();
		assertThat(spam).contains("www.z895fbe.xyz", "311580.com");
		List<String> urls = this.graph.strings("""
				MATCH (s:Source) WHERE s.url IS NOT NULL AND s.id STARTS WITH 'src_'
				RETURN collect(s.url) AS values""");
		assertThat(urls).hasSizeGreaterThan(100);
		assertThat(urls).filteredOn((url) -> onSpamHost(url, spam)).isEmpty();
	}

	@Test
	void removedSpamKeepsNoLinkButItsOutlet() {
		assertThat(this.graph.strings("""
				MATCH (s:Source {kind: 'spam-removed'}) WHERE s.url IS NOT NULL RETURN collect(s.id) AS values"""))
			.isEmpty();
		assertThat(this.graph.count("""
				MATCH (s:Source {kind: 'spam-removed'}) WHERE s.id STARTS WITH 'src_' AND s.outlet = '凤凰网 (ifeng)'
				RETURN count(s) AS n""")).isPositive();
	}

	@Test
	void everySeedSourceHasAKindAndMirrorsAreMarked() {
		assertThat(this.graph.strings(
				"""
						MATCH (s:Source) WHERE s.id STARTS WITH 'src_'
						  AND NOT coalesce(s.kind, '') IN ['official', 'media', 'trade', 'encyclopedia', 'mirror', 'spam-removed']
						RETURN collect(s.id) AS values"""))
			.isEmpty();
		assertThat(this.graph.count("MATCH (s:Source {kind: 'mirror'}) WHERE s.url IS NOT NULL RETURN count(s) AS n"))
			.isGreaterThan(50);
	}

	/**
	 * NOTES.md, "Source kinds": high needs an official, media, encyclopedia or trade
	 * source (the seed article counts, as Jiangxi Daily), medium a mirror that names its
	 * outlet, anything else is low. A ceiling: a record may stay lower for a reason its
	 * notes give.
	 */
	@Test
	void everyRecordsConfidenceFollowsFromItsSourcesKinds() {
		List<String> checked = this.graph.strings(
				"""
						MATCH (n)-[:SOURCED_FROM]->(:Source) WHERE NOT n:Source AND n.synthetic IS NULL
						  AND n.confidence IS NOT NULL AND EXISTS { (n)-[:SOURCED_FROM]->(s:Source) WHERE s.id STARTS WITH 'src_' }
						RETURN collect(DISTINCT n.id) AS values""");
		assertThat(checked).hasSizeGreaterThan(150);
		assertThat(this.graph.strings(
				"""
						MATCH (n) WHERE n.id IN $ids AND NOT n:Source
						WITH n, [(n)-[:SOURCED_FROM]->(s:Source) | s] AS sources
						WITH n, CASE
						    WHEN any(s IN sources WHERE s.kind IN ['official', 'media', 'encyclopedia', 'trade']) THEN 2
						    WHEN any(s IN sources WHERE s.kind = 'mirror' AND s.outlet IS NOT NULL) THEN 1
						    ELSE 0 END AS ceiling,
						  {low: 0, medium: 1, high: 2}[coalesce(n.confidence, 'none')] AS rank
						WHERE rank IS NULL OR rank > ceiling
						RETURN collect(n.id + ':' + coalesce(n.confidence, 'none') + ' above ' + toString(ceiling)) AS values""",
				"ids", checked))
			.isEmpty();
	}

	@Test
	void aRecordWhoseOnlySourcesWereSpamIsLow() {
		assertThat(this.graph.strings("""
				MATCH (n) WHERE NOT n:Source AND n.synthetic IS NULL
				  AND EXISTS { (n)-[:SOURCED_FROM]->(:Source) }
				  AND all(s IN [(n)-[:SOURCED_FROM]->(s:Source) | s] WHERE s.kind = 'spam-removed')
				RETURN collect(n.id + ':' + coalesce(n.confidence, 'none')) AS values""")).isNotEmpty()
			.allMatch((entry) -> entry.endsWith(":low"));
	}

	@Test
	void theSeedArticleIsItsOwnSourceUnderItsRealHeadline() {
		var seed = this.graph.one("""
				MATCH (s:Source {id: 'src_seed_article'})
				RETURN s.name AS name, s.outlet AS outlet, s.kind AS kind, s.url AS url""");
		assertThat(seed.get("name").asString()).isEqualTo(SEED_HEADLINE);
		assertThat(seed.get("outlet").asString()).isEqualTo("江西日报");
		assertThat(seed.get("kind").asString()).isEqualTo("media");
		assertThat(seed.get("url").isNull()).as("no URL of the seed's page is known").isTrue();
		// The seed's facts cite it: the pilot chains, the province-wide figures.
		assertThat(this.graph.count("""
				MATCH (n)-[:SOURCED_FROM]->(:Source {id: 'src_seed_article'})
				WHERE (n:Chain AND n.pilot) OR (n:ReportedFigure AND n.scope = 'PROVINCE')
				RETURN count(DISTINCT n) AS n""")).isEqualTo(11);
		// And nothing names the seed after the other article.
		assertThat(this.graph.strings("""
				MATCH (s:Source) WHERE s.name CONTAINS '向新力' OR s.what CONTAINS '向新力'
				RETURN collect(s.id) AS values""")).containsExactly("src_second_article");
		assertThat(this.graph.count("""
				MATCH (f:ReportedFigure) WHERE f.sourceNote CONTAINS '向新力' RETURN count(f) AS n""")).isZero();
	}

	@Test
	void aFactFromTheSecondArticleCitesThatArticle() {
		var second = this.graph.one("""
				MATCH (s:Source {id: 'src_second_article'}) RETURN s.name AS name, s.kind AS kind, s.url AS url""");
		assertThat(second.get("name").asString()).isEqualTo("“链”出强劲向新力");
		assertThat(second.get("kind").asString()).isEqualTo("spam-removed");
		assertThat(second.get("url").isNull()).isTrue();
		assertThat(this.graph.strings("""
				MATCH (n)-[:SOURCED_FROM]->(:Source {id: 'src_second_article'}) RETURN collect(n.id) AS values"""))
			.contains("ent_tuantuanyuan", "ent_jcc_yinshan", "tech_fur_waterborne", "chain_furniture");
		// The seed never names 团团圆家具: it does not cite the seed.
		assertThat(this.graph.count("""
				MATCH (:Enterprise {id: 'ent_tuantuanyuan'})-[:SOURCED_FROM]->(:Source {id: 'src_seed_article'})
				RETURN count(*) AS n""")).isZero();
	}

	/**
	 * 何善锦 is named only by the second article, whose one copy was on a spam site and
	 * names no outlet: no source that can be checked names him, so the graph keeps his
	 * organisation (the furniture chain committee) and not his name.
	 */
	@Test
	void heShanjinIsNotNamedWithoutASourceThatCanBeChecked() {
		assertThat(this.graph.strings("""
				MATCH (n) WHERE NOT n:Source AND NOT n:AuditEntry
				  AND any(k IN keys(n) WHERE (n[k] IS :: STRING AND n[k] CONTAINS '何善锦')
				    OR (n[k] IS :: LIST<STRING> AND any(x IN n[k] WHERE x CONTAINS '何善锦')))
				RETURN collect(n.id) AS values""")).isEmpty();
		assertThat(this.graph.count("""
				MATCH (p:PartyOrganization {id: 'party_furniture_chain', kind: 'CHAIN_COMMITTEE'})-[:GUIDES]->
				  (:Chain {id: 'chain_furniture'})
				WHERE p.secretaryName IS NULL RETURN count(p) AS n""")).isOne();
	}

	@Test
	void everyRealPersonHasASourceThatCanBeChecked() {
		assertThat(this.graph.strings("""
				MATCH (x:Expert) WHERE x.synthetic IS NULL
				  AND NOT EXISTS { (x)-[:SOURCED_FROM]->(s:Source)
				    WHERE s.kind <> 'spam-removed' OR s.outlet IS NOT NULL }
				RETURN collect(x.id) AS values""")).isEmpty();
		assertThat(this.graph.strings("""
				MATCH (p:PartyOrganization) WHERE p.secretaryName IS NOT NULL AND p.synthetic IS NULL
				RETURN collect(p.id) AS values""")).isEmpty();
	}

	static Set<String> spamHosts() throws IOException {
		String text = new ClassPathResource("model/spam-hosts.txt").getContentAsString(StandardCharsets.UTF_8);
		return text.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.map((line) -> line.toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.toSet());
	}

	static boolean onSpamHost(String url, Set<String> spam) {
		String rest = url.contains("://") ? url.substring(url.indexOf("://") + 3) : url;
		String host = rest.split("[/:?#]", 2)[0].toLowerCase(java.util.Locale.ROOT);
		return spam.stream().anyMatch((bad) -> host.equals(bad) || host.endsWith("." + bad));
	}

}
