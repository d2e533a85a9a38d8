package io.chaingraph.affiliation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.expert.ExpertRanking;
import io.chaingraph.search.SearchHit;
import io.chaingraph.graph.NodeLabel;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code ExpertMatch.title}, {@code ExpertMatch.affiliations}, {@code SearchHit.title}
 * and {@code SearchHit.affiliations}: who a ranked expert or a hit is, beside a namesake.
 * The affiliations of all matches or hits of a request come from one statement; the title
 * is a property the expert node already carries.
 */
@Controller
class AffiliationController {

	private final Affiliations affiliations;

	AffiliationController(Affiliations affiliations) {
		this.affiliations = affiliations;
	}

	@SchemaMapping(typeName = "ExpertMatch", field = "title")
	@Nullable String matchTitle(ExpertRanking.Match match) {
		return text(match.expert().get("title"));
	}

	@BatchMapping(typeName = "ExpertMatch", field = "affiliations")
	Map<ExpertRanking.Match, List<Affiliations.Affiliation>> matchAffiliations(List<ExpertRanking.Match> matches) {
		Map<String, List<Affiliations.Affiliation>> byExpert = this.affiliations
			.ofExperts(matches.stream().map((match) -> (String) match.expert().get("id")).distinct().toList());
		Map<ExpertRanking.Match, List<Affiliations.Affiliation>> result = new LinkedHashMap<>();
		matches.forEach((match) -> result.put(match, byExpert.get((String) match.expert().get("id"))));
		return result;
	}

	@SchemaMapping(typeName = "SearchHit", field = "title")
	@Nullable String hitTitle(SearchHit hit) {
		Map<?, ?> node = hit.node();
		return (label(node) == NodeLabel.Expert) ? text(node.get("title")) : null;
	}

	@BatchMapping(typeName = "SearchHit", field = "affiliations")
	Map<SearchHit, List<Affiliations.Affiliation>> hitAffiliations(List<SearchHit> hits) {
		Map<String, NodeLabel> nodes = new LinkedHashMap<>();
		for (SearchHit hit : hits) {
			nodes.put(hit.id(), label(hit.node()));
		}
		Map<String, List<Affiliations.Affiliation>> byNode = this.affiliations.of(nodes);
		Map<SearchHit, List<Affiliations.Affiliation>> result = new LinkedHashMap<>();
		hits.forEach((hit) -> result.put(hit, byNode.get(hit.id())));
		return result;
	}

	private static NodeLabel label(Map<?, ?> node) {
		List<?> labels = (List<?>) node.get("labels");
		for (NodeLabel label : NodeLabel.values()) {
			if (label.isIdSpace() && labels.contains(label.name())) {
				return label;
			}
		}
		throw new IllegalStateException("No label of the model on node " + node.get("id"));
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value instanceof String string) ? string : null;
	}

}
