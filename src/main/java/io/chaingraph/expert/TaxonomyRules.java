package io.chaingraph.expert;

import java.util.List;

import io.chaingraph.graph.ConceptRules;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;

/**
 * Technologies form a taxonomy (a narrower one PART_OF a broader one), so a related
 * filter on a technology may count those below it ({@code withNarrower}), as expertise in
 * a narrower technology counts towards a broader one.
 */
public final class TaxonomyRules implements ConceptRules {

	@Override
	public List<Taxonomy> taxonomies() {
		return List.of(new Taxonomy(NodeLabel.Technology, RelType.PART_OF));
	}

}
