package io.chaingraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic engine takes its concept rules from the concept packages: the rules they
 * register are found, and the engine's own source names no label nor relationship type.
 */
class ConceptRulesTests {

	private static final Path SOURCES = Path.of("src/main/java/io/chaingraph/graph");

	@Test
	void theConceptPackagesRulesAreLoaded() {
		assertThat(Concepts.filters(NodeLabel.Enterprise)).extracting(ConceptRules.Filter::field)
			.containsExactly("onChain");
		assertThat(Concepts.filters(NodeLabel.Demand)).extracting(ConceptRules.Filter::field)
			.containsExactly("onChain");
		assertThat(Concepts.filters(NodeLabel.Technology)).isEmpty();
		assertThat(Concepts.order(Set.of(NodeLabel.Segment))).map(ConceptRules.Order::property).hasValue("position");
		assertThat(Concepts.order(Set.of(NodeLabel.StatusChange))).map(ConceptRules.Order::property).hasValue("at");
		assertThat(Concepts.order(Set.of(NodeLabel.Enterprise))).isEmpty();
		assertThat(Concepts.taxonomy(Set.of(NodeLabel.Technology))).map(ConceptRules.Taxonomy::broader)
			.hasValue(RelType.PART_OF);
		assertThat(Concepts.taxonomy(Set.of(NodeLabel.University))).isEmpty();
	}

	@Test
	void theSortKeysFollowTheRules() {
		assertThat(RelatedNodes.sortKey(RelType.HAS_SEGMENT, true, "n")).isEqualTo("coalesce(n.`position`, 0)");
		assertThat(RelatedNodes.sortKey(RelType.HAS_STATUS_CHANGE, true, "n")).contains("n.`at`.epochSeconds");
		// Chains reached back from a segment, and every unordered relationship, page by
		// id.
		assertThat(RelatedNodes.sortKey(RelType.HAS_SEGMENT, false, "n")).isEqualTo("0");
		assertThat(RelatedNodes.sortKey(RelType.EXPERT_IN, true, "n")).isEqualTo("0");
	}

	@Test
	void theGenericEngineNamesNoLabelNorRelationshipType() throws IOException {
		StringBuilder names = new StringBuilder();
		for (NodeLabel label : NodeLabel.values()) {
			names.append('|').append(label.name());
		}
		for (RelType type : RelType.values()) {
			names.append('|').append(type.name());
		}
		// NodeLabel.Segment, RelType.PART_OF, :Technology or [:PART_OF in a statement.
		Pattern named = Pattern.compile("(NodeLabel\\.|RelType\\.|[:\\[]`?)(" + names.substring(1) + ")\\b");
		for (String engine : new String[] { "NodeFilter.java", "RelatedNodes.java", "OneStatement.java",
				"NodePages.java" }) {
			String source = Files.readString(SOURCES.resolve(engine));
			assertThat(named.matcher(source).results().map((match) -> match.group()).toList()).as(engine).isEmpty();
		}
	}

}
