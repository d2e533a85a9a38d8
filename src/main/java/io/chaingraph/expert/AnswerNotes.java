package io.chaingraph.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.text.Link;
import io.chaingraph.text.QueryInterpretation;
import org.jspecify.annotations.Nullable;

/**
 * Why an answer of expertsFor is empty, or where it may mislead, in words: an empty list
 * that says nothing reads as "nobody", when the cause may be a technology no one works
 * in, a chain without advisers, conflicts that removed everyone, or text that named no
 * technology.
 */
final class AnswerNotes {

	/** No expert declares expertise in the technology or near it in the taxonomy. */
	static final String NO_EXPERT_IN_TECHNOLOGY = "NO_EXPERT_IN_TECHNOLOGY";

	/** No one sits on an advisory committee of a consortium serving the chain. */
	static final String CHAIN_HAS_NO_ADVISERS = "CHAIN_HAS_NO_ADVISERS";

	/** Every candidate had a conflict of interest. */
	static final String ALL_EXCLUDED_BY_CONFLICTS = "ALL_EXCLUDED_BY_CONFLICTS";

	/** The text named no technology and the full-text index found none. */
	static final String TEXT_MATCHED_NO_TECHNOLOGY = "TEXT_MATCHED_NO_TECHNOLOGY";

	/** The text's technologies are not bottlenecks of the chain asked for. */
	static final String TEXT_OFF_CHAIN = "TEXT_OFF_CHAIN";

	/** None of the best matches has a tie to the chain. */
	static final String TOP_MATCHES_OFF_CHAIN = "TOP_MATCHES_OFF_CHAIN";

	/** The chain was taken from the text. */
	static final String CHAIN_FROM_TEXT = "CHAIN_FROM_TEXT";

	/**
	 * A chain given alone has no bottleneck technology, so there was nothing to rank for.
	 */
	static final String CHAIN_HAS_NO_BOTTLENECKS = "CHAIN_HAS_NO_BOTTLENECKS";

	/** The city filter left out every candidate. */
	static final String NO_EXPERT_IN_CITY = "NO_EXPERT_IN_CITY";

	/** A chain the text points at this surely counts as the chain argument. */
	static final double CHAIN_CONFIDENCE = 0.5;

	// How many of the best matches must show a chain tie before the answer is trusted for
	// the chain.
	private static final int TOP = 3;

	private final GraphReads reads;

	private final CypherQueries queries;

	AnswerNotes(GraphReads reads, CypherQueries queries) {
		this.reads = reads;
		this.queries = queries;
	}

	/**
	 * What the ranking knew when it answered.
	 *
	 * @param chain the chain the caller gave
	 * @param rankedChain the chain ranked for: the caller's, or the text's
	 * @param technology the technology the caller gave
	 * @param query the free text
	 * @param text how the text was read
	 * @param interpretation what it was linked to
	 * @param byBottlenecks whether the chain was given alone and ranked for its
	 * bottleneck technologies
	 * @param city the city experts must work in, or null
	 * @param anyTarget whether any technology was a target
	 * @param anyDeclared whether any candidate declares expertise in a target (or
	 * declarations were hidden)
	 * @param found how many candidates there were before conflicts
	 * @param outsideCity how many experts the city filter left out
	 * @param excluded how many conflicts removed
	 * @param matches the answer
	 */
	record Answer(@Nullable String chain, @Nullable String rankedChain, @Nullable String technology,
			@Nullable String query, ExpertRanking.TextOptions text, @Nullable QueryInterpretation interpretation,
			boolean byBottlenecks, @Nullable String city, boolean anyTarget, boolean anyDeclared, int found,
			int outsideCity, int excluded, List<ExpertRanking.Match> matches) {

	}

	/**
	 * The chain the text points at most surely, when the caller gave none.
	 */
	static @Nullable String chainFromText(@Nullable QueryInterpretation interpretation, @Nullable String query) {
		if (interpretation == null) {
			return null;
		}
		return interpretation.chains()
			.stream()
			.filter((link) -> ExpertRanking.salient(link, query) >= CHAIN_CONFIDENCE)
			.findFirst()
			.map(Link::id)
			.orElse(null);
	}

	List<ExpertRanking.AnswerNote> of(Answer answer) {
		List<ExpertRanking.AnswerNote> notes = new ArrayList<>();
		QueryInterpretation interpretation = answer.interpretation();
		List<Link> linked = (interpretation != null) ? interpretation.namedTechnologies() : List.of();
		if (answer.query() != null && !answer.query().isBlank() && answer.text().interpret()
				&& answer.text().technologies() == null && linked.isEmpty()) {
			notes.add(new ExpertRanking.AnswerNote(TEXT_MATCHED_NO_TECHNOLOGY,
					"The text names no technology in the graph, and the full-text index found none: only "
							+ "publications matching its words count"));
		}
		if (answer.chain() == null && answer.rankedChain() != null && interpretation != null) {
			Link chain = interpretation.chains()
				.stream()
				.filter((link) -> link.id().equals(answer.rankedChain()))
				.findFirst()
				.orElseThrow();
			notes.add(new ExpertRanking.AnswerNote(CHAIN_FROM_TEXT,
					"Ranked for chain %s (%s), which the text points at (confidence %.2f); give chain to choose another"
						.formatted(chain.id(), chain.name(), chain.confidence())));
		}
		if (answer.chain() != null && !linked.isEmpty() && !interpretation.chainIds().contains(answer.chain())) {
			String elsewhere = interpretation.chains()
				.stream()
				.map((link) -> link.id() + " (" + link.name() + ")")
				.collect(Collectors.joining(", "));
			notes.add(new ExpertRanking.AnswerNote(TEXT_OFF_CHAIN,
					"The text was linked to %s, which %s not a bottleneck of chain %s%s".formatted(names(linked),
							(linked.size() == 1) ? "is" : "are", answer.chain(),
							elsewhere.isEmpty() ? "" : "; the text points at " + elsewhere)));
		}
		if (answer.byBottlenecks() && !answer.anyTarget()) {
			notes.add(new ExpertRanking.AnswerNote(CHAIN_HAS_NO_BOTTLENECKS, ("Chain %s has no bottleneck technology "
					+ "(BOTTLENECK_OF the chain or one of its segments), so a chain alone gives nothing to rank for; "
					+ "give a technology or a query")
				.formatted(answer.chain())));
		}
		if (answer.anyTarget() && !answer.anyDeclared()) {
			String asked = (answer.technology() != null) ? "technology " + answer.technology()
					: answer.byBottlenecks() ? "the bottleneck technologies of chain " + answer.chain()
							: "the technologies the text was linked to (" + names(linked) + ")";
			notes.add(new ExpertRanking.AnswerNote(NO_EXPERT_IN_TECHNOLOGY,
					"No expert declares expertise in %s or in a ".formatted(asked)
							+ "technology near it in the taxonomy (broader or narrower)" + (answer.found() == 0
									? ", and no one wrote about them" : "; the matches come from publications")));
		}
		if (answer.matches().isEmpty() && answer.excluded() > 0) {
			notes.add(new ExpertRanking.AnswerNote(ALL_EXCLUDED_BY_CONFLICTS,
					"All %d candidates were left out for conflicts of interest; see exclusions"
						.formatted(answer.excluded())));
		}
		if (answer.matches().isEmpty() && answer.outsideCity() > 0) {
			notes.add(new ExpertRanking.AnswerNote(NO_EXPERT_IN_CITY,
					"None of the %d experts found works for an enterprise, university or institute located in city %s"
						.formatted(answer.outsideCity(), answer.city())));
		}
		String chain = answer.rankedChain();
		boolean anyTie = answer.matches()
			.stream()
			.limit(TOP)
			.anyMatch((match) -> match.components()
				.stream()
				.anyMatch((component) -> component.name().equals("chain") && component.score() > 0));
		if (chain != null && !anyTie) {
			if (!answer.matches().isEmpty()) {
				notes.add(new ExpertRanking.AnswerNote(TOP_MATCHES_OFF_CHAIN,
						"None of the %d best matches has a tie to chain %s (an advisory seat, an affiliation with a "
							.formatted(Math.min(TOP, answer.matches().size()), chain)
								+ "member of its consortium, an achievement on its bottlenecks)"));
			}
			if (advisers(chain) == 0) {
				notes.add(new ExpertRanking.AnswerNote(CHAIN_HAS_NO_ADVISERS,
						"No expert sits on the advisory committee of a consortium serving chain %s".formatted(chain)));
			}
		}
		return notes;
	}

	private long advisers(String chain) {
		return this.reads.read(this.queries.get("chain-advisers"), Map.of("chain", chain))
			.get(0)
			.get("advisers")
			.asLong();
	}

	private static String names(List<Link> links) {
		return links.stream()
			.limit(5)
			.map((link) -> "%s %s (%.2f)".formatted(link.id(), link.name(), link.confidence()))
			.collect(Collectors.joining(", "));
	}

}
