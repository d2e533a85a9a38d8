package io.chaingraph.text;

import java.util.List;
import java.util.Set;

/**
 * What a free text was linked to in the graph's vocabulary.
 *
 * @param technologies the technologies, most confident first: those the text names (or
 * the full-text index found), then broader and narrower ones (how = TAXONOMY)
 * @param chains the chains it names or that its technologies are bottlenecks of
 * @param organisations enterprises, universities, institutes and consortia it names
 * @param experts experts it names
 */
public record QueryInterpretation(List<Link> technologies, List<Link> chains, List<Link> organisations,
		List<Link> experts) {

	/**
	 * The technologies the text itself was linked to, without the taxonomy's neighbours.
	 */
	public List<Link> namedTechnologies() {
		return this.technologies.stream().filter((link) -> !link.how().equals("TAXONOMY")).toList();
	}

	/**
	 * The ids of the chains, for checking a chain the caller gave.
	 */
	public Set<String> chainIds() {
		return this.chains.stream().map(Link::id).collect(java.util.stream.Collectors.toSet());
	}

}
