package io.chaingraph.text;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a free text was linked to in the graph's vocabulary.
 *
 * @param technologies the technologies, most confident first: those the text names (or
 * the full-text index found), then broader and narrower ones (how = TAXONOMY)
 * @param chains the chains it names or that its technologies are bottlenecks of
 * @param organisations enterprises, universities, institutes and consortia it names
 * @param experts experts it names
 * @param cities cities it names (only a question is linked to them)
 * @param challenges challenges it names (only a question is linked to them)
 * @param unlinkedText the text without the words linked to a technology, which count
 * through the technology (its declared experts and the publications about it); null when
 * the caller gave the technologies, and the whole text counts as words
 */
public record QueryInterpretation(List<Link> technologies, List<Link> chains, List<Link> organisations,
		List<Link> experts, List<Link> cities, List<Link> challenges, @Nullable String unlinkedText) {

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
