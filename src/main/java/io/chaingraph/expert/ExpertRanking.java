package io.chaingraph.expert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodePages;
import io.chaingraph.path.PathRelationship;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.text.FullText;
import io.chaingraph.system.error.NotFoundException;
import io.chaingraph.system.graphql.TextValues;
import io.chaingraph.text.Link;
import io.chaingraph.text.QueryInterpretation;
import io.chaingraph.text.TextLinker;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Ranks experts for a technology, a free-text need, or both, optionally on one chain; or,
 * given a chain alone, for that chain's bottleneck technologies. Optionally only experts
 * who work in one city. Five components, each between 0 and 1, are weighed by
 * {@link MatchingProperties}:
 * <ol>
 * <li>expertise: the best declared level in the technology or one near it in the
 * taxonomy, level / 5 × decay<sup>distance</sup>;</li>
 * <li>evidence: publications about those technologies, and the text's votes (each
 * publication scored by BM25F in {@link PublicationIndex}, each expert's best ones voting
 * as {@link TextEvidence} says), 1 − e<sup>−w/3</sup> for the sum w of their closeness
 * and votes;</li>
 * <li>propagation: personalised PageRank from the technologies and the publications
 * matching the text over authorship and citation, for text divided by the expert's number
 * of publications, relative to the best candidate;</li>
 * <li>chain: a seat on the advisory committee of a consortium serving the chain (0.5), an
 * affiliation with one of its members (0.3), an achievement on one of its bottlenecks
 * (0.2);</li>
 * <li>track record: 1 − e<sup>−(wins + achievements / 2)</sup>.</li>
 * </ol>
 * Every match carries the graph paths that produced its components.
 */
@Component
public class ExpertRanking {

	public static final int MAX_QUERY = 10_000;

	// More technologies than a taxonomy branch holds is not an interpretation.
	static final int MAX_INTERPRET_AS = 50;

	// Lucene's clause limit: more text than this adds no precision, only clauses.
	static final int QUERY_CHARS_SEARCHED = 300;

	// How many experts the text's votes make candidates, at most: three times the 100
	// answers a ranking may return, so that recall is not capped here (recall@100 0.996
	// on the generated text evaluation), while a short text that matches every
	// publication (a word all of them share) does not read thousands of experts.
	static final int MAX_TEXT_CANDIDATES = 300;

	// How many of the best matching publications the walk restarts at.
	static final int MAX_RESTART = 500;

	// How many experts reached only by the walk become candidates.
	static final int MAX_WALK_CANDIDATES = 100;

	// The severity scale of BOTTLENECK_OF: 1 to 5.
	private static final int MAX_SEVERITY = 5;

	private final GraphReads reads;

	private final CypherQueries queries;

	private final MatchingProperties weights;

	private final TextLinker linker;

	private final AnswerNotes notes;

	private final PublicationIndex index;

	private final ConflictsOfInterest conflicts;

	ExpertRanking(GraphReads reads, CypherQueries queries, MatchingProperties weights, TextLinker linker,
			PublicationIndex index, ConflictsOfInterest conflicts) {
		this.reads = reads;
		this.queries = queries;
		this.weights = weights;
		this.linker = linker;
		this.notes = new AnswerNotes(reads, queries);
		this.index = index;
		this.conflicts = conflicts;
	}

	/**
	 * One ranked expert.
	 *
	 * @param expert the expert node
	 * @param score weighted sum of the components
	 * @param components each component's score and weight
	 * @param evidence the graph paths behind the components
	 */
	public record Match(Map<String, Object> expert, double score, List<ScoreComponent> components,
			List<EvidencePath> evidence) {

	}

	/**
	 * One component of a match's score.
	 *
	 * @param name component name
	 * @param score between 0 and 1
	 * @param weight its weight in the total
	 */
	public record ScoreComponent(String name, double score, double weight) {

	}

	/**
	 * A path of real nodes and relationships.
	 *
	 * @param component which component it supports, or CONFLICT
	 * @param nodes the nodes in order
	 * @param relationships the relationships in order
	 */
	public record EvidencePath(String component, List<Map<String, Object>> nodes,
			List<PathRelationship> relationships) {

	}

	/**
	 * An expert removed for a conflict of interest.
	 *
	 * @param expert the expert
	 * @param reason one of {@link ConflictsOfInterest.Conflict#reason()}
	 * @param path the path that shows the conflict
	 */
	public record ExpertExclusion(Map<String, Object> expert, String reason, EvidencePath path) {

	}

	/**
	 * What {@code expertsFor} answers.
	 *
	 * @param matches best first
	 * @param excluded how many candidates were removed for conflicts
	 * @param exclusions who, and why
	 * @param interpretation what the free text was linked to, or null when there was no
	 * text or linking was turned off
	 * @param notes why the answer is empty, or where it may mislead
	 */
	public record ExpertsForResult(List<Match> matches, int excluded, List<ExpertExclusion> exclusions,
			@Nullable QueryInterpretation interpretation, List<AnswerNote> notes) {

	}

	/**
	 * Something the caller should know about an answer.
	 *
	 * @param code what kind of note, one of {@link AnswerNotes}'s codes
	 * @param message what it means here, in words
	 */
	public record AnswerNote(String code, String message) {

	}

	/**
	 * How free text is read.
	 *
	 * @param interpret whether to link the text to technologies, chains and
	 * organisations; without, the text counts only as words in publications
	 * @param technologies technologies to read the text as instead of linking it, or null
	 */
	public record TextOptions(boolean interpret, @Nullable List<String> technologies) {

		/** Link the text. */
		public static final TextOptions LINKED = new TextOptions(true, null);

	}

	private record Target(double closeness, List<Map<String, Object>> nodes, List<PathRelationship> rels) {

	}

	private static final class Candidate {

		final Map<String, Object> expert;

		final Map<String, Double> scores = new HashMap<>();

		final List<EvidencePath> evidence = new ArrayList<>();

		// The best publications matching the text, as indices into the index: their
		// evidence paths are read only for the matches returned.
		int[] textPublications = new int[0];

		Candidate(Map<String, Object> expert) {
			this.expert = expert;
		}

	}

	public ExpertsForResult rank(@Nullable String chain, @Nullable String technology, @Nullable String query,
			boolean academicianOnly, @Nullable String excludeConflictsWith, int first) {
		return rank(chain, technology, query, null, academicianOnly, excludeConflictsWith, first, TextOptions.LINKED,
				false);
	}

	/**
	 * Ranks as {@link #rank(String, String, String, boolean, String, int)}, with the text
	 * read as {@code text} says.
	 */
	public ExpertsForResult rank(@Nullable String chain, @Nullable String technology, @Nullable String query,
			boolean academicianOnly, @Nullable String excludeConflictsWith, int first, TextOptions text) {
		return rank(chain, technology, query, null, academicianOnly, excludeConflictsWith, first, text, false);
	}

	/**
	 * Ranks as {@link #rank(String, String, String, boolean, String, int, TextOptions)},
	 * only experts affiliated with an enterprise, university or institute located in
	 * {@code city} when it is given.
	 */
	public ExpertsForResult rank(@Nullable String chain, @Nullable String technology, @Nullable String query,
			@Nullable String city, boolean academicianOnly, @Nullable String excludeConflictsWith, int first,
			TextOptions text) {
		return rank(chain, technology, query, city, academicianOnly, excludeConflictsWith, first, text, false);
	}

	ExpertsForResult rank(@Nullable String chain, @Nullable String technology, @Nullable String query,
			boolean academicianOnly, @Nullable String excludeConflictsWith, int first, boolean hideDeclared) {
		return rank(chain, technology, query, null, academicianOnly, excludeConflictsWith, first, TextOptions.LINKED,
				hideDeclared);
	}

	/**
	 * Ranks as {@link #rank(String, String, String, boolean, String, int)}, optionally
	 * with every declared expertise hidden: the evaluation's setting, where experts must
	 * be found from publications and the graph alone.
	 */
	ExpertsForResult rank(@Nullable String chain, @Nullable String technology, @Nullable String query,
			@Nullable String city, boolean academicianOnly, @Nullable String excludeConflictsWith, int first,
			TextOptions text, boolean hideDeclared) {
		NodePages.checkFirst(first);
		boolean noText = query == null || query.isBlank();
		if (chain == null && technology == null && noText) {
			throw new BadRequestException(ExpertErrors.NEEDS_TECHNOLOGY_OR_QUERY);
		}
		if (query != null && query.length() > MAX_QUERY) {
			throw new BadRequestException(ExpertErrors.QUERY_TOO_LONG, MAX_QUERY);
		}
		TextValues.check(TextValues.argument("query"), query, 0);
		if (chain != null && this.reads.read("MATCH (c:Chain {id: $id}) RETURN c.id", Map.of("id", chain)).isEmpty()) {
			throw new NotFoundException(GraphErrors.NO_CHAIN, chain);
		}
		Admission admission = admission(city);
		QueryInterpretation interpretation = interpretation(query, text);
		String rankedChain = (chain != null) ? chain : AnswerNotes.chainFromText(interpretation, query);
		Map<String, Target> targets = targets(technology, interpretation, query);
		// A chain with nothing else to rank for (no technology, no words, no technologies
		// to read them as) asks for help with what holds the chain back: its bottlenecks.
		boolean byBottlenecks = chain != null && technology == null && noText && text.technologies() == null;
		if (byBottlenecks) {
			neighbourhood(bottlenecks(chain), targets);
		}
		// Each word counts once: a technology's name through the technology (its declared
		// experts, the publications about it), the other words in publications. Counted
		// twice, the name let prolific authors of loosely matching papers outrank the
		// technology's leading expert (issue 15, finding 1).
		String words = (interpretation != null && interpretation.unlinkedText() != null) ? interpretation.unlinkedText()
				: query;
		PublicationIndex.Hits texts = texts(words);
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		if (!hideDeclared) {
			declaredExpertise(targets, academicianOnly, admission, candidates);
		}
		publicationEvidence(targets, texts, academicianOnly, admission, candidates);
		Walk walk = propagation(targets, texts, candidates, hideDeclared, academicianOnly, admission);
		chainAndRecord(rankedChain, candidates);
		boolean anyDeclared = candidates.values().stream().anyMatch((c) -> c.scores.getOrDefault("expertise", 0.0) > 0);
		int found = candidates.size();
		List<ExpertExclusion> exclusions = conflicts(excludeConflictsWith, candidates);
		List<Match> matches = candidates.values()
			.stream()
			.map(this::match)
			.sorted(Comparator.comparingDouble(Match::score)
				.reversed()
				.thenComparing((match) -> (String) match.expert().get("id")))
			.limit(first)
			.toList();
		matches = withPaths(matches, candidates, texts, walk);
		List<AnswerNote> notes = this.notes.of(new AnswerNotes.Answer(chain, rankedChain, technology, query, text,
				interpretation, byBottlenecks, city, !targets.isEmpty(), hideDeclared || anyDeclared, found,
				admission.leftOut().size(), exclusions.size(), matches));
		return new ExpertsForResult(matches, exclusions.size(), exclusions, interpretation, notes);
	}

	private @Nullable QueryInterpretation interpretation(@Nullable String query, TextOptions text) {
		if (text.technologies() != null) {
			if (text.technologies().size() > MAX_INTERPRET_AS) {
				throw new BadRequestException(ExpertErrors.TOO_MANY_INTERPRETED_TECHNOLOGIES, MAX_INTERPRET_AS,
						text.technologies().size());
			}
			return this.linker.interpretAs(text.technologies());
		}
		if (query == null || query.isBlank() || !text.interpret()) {
			return null;
		}
		return this.linker.interpret(query);
	}

	// The technology asked for, and those the text was linked to, each as a technology
	// argument would count (itself and its taxonomy neighbours, discounted by distance),
	// weighted by the link's confidence.
	private Map<String, Target> targets(@Nullable String technology, @Nullable QueryInterpretation interpretation,
			@Nullable String query) {
		Map<String, Target> targets = new HashMap<>();
		if (technology != null) {
			// The hop bound is a checked integer from configuration; Cypher takes no
			// parameter there.
			int maxDistance = Math.max(0, Math.min(6, this.weights.maxDistance()));
			List<Record> rows = this.reads.read(
					this.queries.get("technology-neighbourhood").formatted(maxDistance, maxDistance),
					Map.of("technology", technology));
			if (rows.isEmpty()) {
				throw new NotFoundException(GraphErrors.NO_TECHNOLOGY, technology);
			}
			for (Record row : rows) {
				targets.put(row.get("id").asString(),
						new Target(Math.pow(this.weights.decay(), row.get("distance").asInt()), nodes(row.get("nodes")),
								relationships(row.get("rels"))));
			}
		}
		List<Link> linked = (interpretation != null) ? interpretation.namedTechnologies() : List.of();
		neighbourhood(linked.stream()
			.map((link) -> Map.<String, Object>of("id", link.id(), "confidence", salient(link, query)))
			.toList(), targets);
		return targets;
	}

	// Each seed technology (id, confidence) and its taxonomy neighbours as targets, their
	// closeness the seed's confidence discounted by distance; a technology reached from
	// two seeds keeps the closer.
	private void neighbourhood(List<Map<String, Object>> seeds, Map<String, Target> targets) {
		if (seeds.isEmpty()) {
			return;
		}
		int maxDistance = Math.max(0, Math.min(6, this.weights.maxDistance()));
		List<Record> rows = this.reads.read(
				this.queries.get("technologies-neighbourhood").formatted(maxDistance, maxDistance),
				Map.of("technologies", seeds));
		for (Record row : rows) {
			double closeness = row.get("confidence").asDouble()
					* Math.pow(this.weights.decay(), row.get("distance").asInt());
			targets.merge(row.get("id").asString(),
					new Target(closeness, nodes(row.get("nodes")), relationships(row.get("rels"))),
					(a, b) -> (a.closeness() >= b.closeness()) ? a : b);
		}
	}

	// The chain's bottleneck technologies as seeds, each as sure as it is severe
	// (severity / 5): the worst bottleneck counts as a technology asked for by name, a
	// minor one a fifth as much, so its experts come after those of the chain's real
	// blockers without being dropped.
	private List<Map<String, Object>> bottlenecks(String chain) {
		return this.reads
			.read(this.queries.get("chain-bottleneck-technologies"),
					Map.of("chain", chain, "unknownSeverity", (MAX_SEVERITY + 1) / 2))
			.stream()
			.map((row) -> Map.<String, Object>of("id", row.get("id").asString(), "confidence",
					Math.min(1.0, row.get("severity").asInt() / (double) MAX_SEVERITY)))
			.toList();
	}

	// Who may be a candidate: everyone, or with a city only the experts who work there;
	// those left out are counted for the answer's note.
	private static final class Admission {

		private final @Nullable Set<String> experts;

		private final Set<String> leftOut = new HashSet<>();

		Admission(@Nullable Set<String> experts) {
			this.experts = experts;
		}

		Set<String> leftOut() {
			return this.leftOut;
		}

		boolean admits(String expert) {
			if (this.experts == null || this.experts.contains(expert)) {
				return true;
			}
			this.leftOut.add(expert);
			return false;
		}

	}

	private Admission admission(@Nullable String city) {
		if (city == null) {
			return new Admission(null);
		}
		List<Record> rows = this.reads.read(this.queries.get("experts-in-city"), Map.of("city", city));
		if (rows.isEmpty()) {
			throw new NotFoundException(GraphErrors.NO_CITY, city);
		}
		return new Admission(Set.copyOf(rows.get(0).get("experts").asList(Value::asString)));
	}

	// A name that covers a tenth of the text or more counts in full; one mentioned in
	// passing
	// in a long text (a paper's abstract that says "photovoltaic" once) counts that much
	// less, so that it neither brings the technology's experts in ahead of those the
	// words
	// point to nor sets the chain.
	static final double SALIENT_SHARE = 0.1;

	static double salient(Link link, @Nullable String query) {
		if (link.how().equals("GIVEN") || query == null || query.isBlank()) {
			return link.confidence();
		}
		double share = (double) link.matched().strip().length() / query.strip().length();
		return link.confidence() * Math.min(1, share / SALIENT_SHARE);
	}

	// The publications matching the text, scored by the in-memory BM25F model over the
	// whole text (PublicationIndex), not Lucene's top 200 of its first 300 characters.
	private PublicationIndex.Hits texts(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return PublicationIndex.Hits.none();
		}
		return this.index.search(query);
	}

	private static List<Map<String, Object>> targetList(Map<String, Target> targets) {
		return targets.entrySet()
			.stream()
			.map((entry) -> Map.<String, Object>of("id", entry.getKey(), "closeness", entry.getValue().closeness()))
			.toList();
	}

	private void declaredExpertise(Map<String, Target> targets, boolean academicianOnly, Admission admission,
			Map<String, Candidate> candidates) {
		if (targets.isEmpty()) {
			return;
		}
		List<Record> rows = this.reads.read(this.queries.get("expert-declared-expertise"),
				Map.of("targets", targetList(targets), "academicianOnly", academicianOnly));
		for (Record row : rows) {
			if (!admission.admits(row.get("expert").asString())) {
				continue;
			}
			Candidate candidate = candidate(candidates, row.get("x"));
			double score = row.get("level").asInt() / 5.0 * row.get("closeness").asDouble();
			if (score > candidate.scores.getOrDefault("expertise", 0.0)) {
				candidate.scores.put("expertise", score);
				candidate.evidence.removeIf((path) -> path.component().equals("expertise"));
				Map<String, Object> expertNode = GraphReads.node(row.get("x").get("props"), row.get("x").get("labels"));
				Map<String, Object> techNode = GraphReads.node(row.get("t").get("props"), row.get("t").get("labels"));
				Target target = targets.get(row.get("technology").asString());
				List<Map<String, Object>> nodes = new ArrayList<>(List.of(expertNode));
				List<PathRelationship> rels = new ArrayList<>(
						List.of(new PathRelationship("EXPERT_IN", (String) expertNode.get("id"),
								(String) techNode.get("id"), row.get("level").asInt(), null, null)));
				nodes.addAll(target.nodes().isEmpty() ? List.of(techNode) : target.nodes());
				rels.addAll(target.rels());
				candidate.evidence.add(new EvidencePath("expertise", nodes, rels));
			}
		}
	}

	// Evidence: publications about the target technologies (by closeness, in Cypher) and
	// publications matching the text (TextEvidence's votes, in memory), summed per expert
	// and bounded as 1 − e^(−w/3). Every author of every publication scoring at least
	// PublicationIndex.MIN_SHARE of the best is a candidate, up to MAX_TEXT_CANDIDATES by
	// their votes: enough that recall is not capped by a number of hits.
	private void publicationEvidence(Map<String, Target> targets, PublicationIndex.Hits texts, boolean academicianOnly,
			Admission admission, Map<String, Candidate> candidates) {
		Map<String, Double> totals = new HashMap<>();
		if (!targets.isEmpty()) {
			List<Record> rows = this.reads.read(this.queries.get("expert-publication-evidence"),
					Map.of("targets", targetList(targets), "academicianOnly", academicianOnly));
			for (Record row : rows) {
				if (!admission.admits(row.get("expert").asString())) {
					continue;
				}
				Candidate candidate = candidate(candidates, row.get("x"));
				totals.merge(row.get("expert").asString(), row.get("total").asDouble(), Double::sum);
				for (Value best : row.get("best").values()) {
					candidate.evidence.add(publicationPath(row.get("x"), best));
				}
			}
		}
		if (!texts.isEmpty()) {
			TextEvidence votes = TextEvidence.of(texts);
			String[] experts = texts.index().experts();
			List<Integer> voted = new ArrayList<>();
			// Filtered before the cap, so that a city's experts are not cut for others.
			for (int expert = 0; expert < experts.length; expert++) {
				if (votes.scores()[expert] > 0 && admission.admits(experts[expert])) {
					voted.add(expert);
				}
			}
			voted.sort(Comparator.<Integer>comparingDouble((expert) -> -votes.scores()[expert])
				.thenComparing((expert) -> experts[expert]));
			List<Integer> kept = voted.subList(0, Math.min(MAX_TEXT_CANDIDATES, voted.size()));
			addExperts(kept.stream().map((expert) -> experts[expert]).toList(), academicianOnly, candidates);
			for (int expert : kept) {
				Candidate candidate = candidates.get(experts[expert]);
				if (candidate != null) {
					totals.merge(experts[expert], votes.scores()[expert], Double::sum);
					candidate.textPublications = Arrays.copyOf(votes.best()[expert],
							Math.min(3, votes.best()[expert].length));
				}
			}
		}
		totals.forEach((id, total) -> candidates.get(id).scores.put("evidence", 1 - Math.exp(-total / 3)));
	}

	// The experts with these ids (and, when asked, only academicians) as candidates, read
	// in one statement.
	private void addExperts(List<String> ids, boolean academicianOnly, Map<String, Candidate> candidates) {
		List<String> missing = ids.stream().filter((id) -> !candidates.containsKey(id)).toList();
		if (missing.isEmpty()) {
			return;
		}
		for (Record row : this.reads.read("""
				UNWIND $ids AS id
				MATCH (x:Expert {id: id})
				WHERE NOT $academicianOnly OR x.academician IS NOT NULL
				RETURN {props: properties(x), labels: labels(x)} AS x""",
				Map.of("ids", missing, "academicianOnly", academicianOnly))) {
			candidate(candidates, row.get("x"));
		}
	}

	private static EvidencePath publicationPath(Value x, Value row) {
		Map<String, Object> expert = GraphReads.node(x.get("props"), x.get("labels"));
		Map<String, Object> publication = GraphReads.node(row.get("p").get("props"), row.get("p").get("labels"));
		List<Map<String, Object>> nodes = new ArrayList<>(List.of(expert, publication));
		List<PathRelationship> rels = new ArrayList<>(List.of(relationship("AUTHORED", expert, publication)));
		if (!row.get("t").isNull()) {
			Map<String, Object> technology = GraphReads.node(row.get("t").get("props"), row.get("t").get("labels"));
			nodes.add(technology);
			rels.add(relationship("ABOUT", publication, technology));
		}
		return new EvidencePath("evidence", nodes, rels);
	}

	// The graph a ranking's walk ran over and where it restarted, for the paths of the
	// matches returned.
	private record Walk(PropagationGraph graph, Set<String> sources) {

	}

	// Personalised PageRank over technologies, publications and experts (declared
	// expertise, subject, citation, authorship), restarting at the target technologies
	// and at the publications matching the text in proportion to their score relative to
	// the best (the MAX_RESTART best). Around each of those publications the walk sees
	// its
	// authors, the publications it cites and that cite it, and their authors: so an
	// expert whose work the matching publications cite, or who writes what cites them, is
	// reached though their own words did not match. Experts the walk reaches who were not
	// candidates yet become candidates, the MAX_WALK_CANDIDATES with most rank.
	private @Nullable Walk propagation(Map<String, Target> targets, PublicationIndex.Hits texts,
			Map<String, Candidate> candidates, boolean hideDeclared, boolean academicianOnly, Admission admission) {
		Map<String, Double> restart = new HashMap<>();
		targets.forEach((id, target) -> restart.merge("t:" + id, target.closeness(), Double::sum));
		PublicationIndex.Snapshot index = texts.index();
		int restarts = Math.min(MAX_RESTART, texts.docs().length);
		for (int i = 0; i < restarts; i++) {
			restart.merge("p:" + index.docs()[texts.docs()[i]], texts.scores()[i] / texts.best(), Double::sum);
		}
		if (restart.isEmpty()) {
			return null;
		}
		PropagationGraph graph = new PropagationGraph();
		if (!targets.isEmpty()) {
			PropagationNeighbourhood neighbourhood = PropagationNeighbourhood.read(this.reads, this.queries,
					targets.keySet(), List.of());
			for (PropagationNeighbourhood.TechnologyLinks technology : neighbourhood.technologies()) {
				String node = "t:" + technology.id();
				graph.node(node);
				if (!hideDeclared) {
					technology.experts().forEach((expert) -> graph.link("x:" + expert, node, "EXPERT_IN"));
				}
				technology.publications().forEach((pub) -> graph.link("p:" + pub, node, "ABOUT"));
			}
			for (PropagationNeighbourhood.PublicationLinks publication : neighbourhood.publications()) {
				String node = "p:" + publication.id();
				graph.node(node);
				publication.cites().forEach((cited) -> graph.link(node, "p:" + cited, "CITES"));
				publication.citedBy().forEach((citing) -> graph.link("p:" + citing, node, "CITES"));
				publication.authors().forEach((author) -> graph.link("x:" + author, node, "AUTHORED"));
			}
		}
		for (int i = 0; i < restarts; i++) {
			int doc = texts.docs()[i];
			String node = "p:" + index.docs()[doc];
			graph.node(node);
			authors(graph, index, doc);
			for (int cited : index.cites()[doc]) {
				graph.link(node, "p:" + index.docs()[cited], "CITES");
				authors(graph, index, cited);
			}
			for (int citing : index.citedBy()[doc]) {
				graph.link("p:" + index.docs()[citing], node, "CITES");
				authors(graph, index, citing);
			}
		}
		Map<String, Double> walked = graph.pageRank(restart, 0.85, 20);
		// Divided by the expert's degree, their publications in the index (1 for those it
		// does not hold): on an undirected graph a walk's rank grows with degree whatever
		// the restart, so undivided it ranks the prolific first for every query; p(x) /
		// d(x) is how local graph clustering reads a personalised PageRank (Andersen,
		// Chung and Lang 2006). On the generated text evaluation the division took the
		// service's MAP from 0.86 to 0.92. A ranking by technology alone holds no index
		// (the text's hits are empty), so its walk is read as before.
		Map<String, Integer> degree = new HashMap<>();
		for (int expert = 0; expert < index.experts().length; expert++) {
			degree.put(index.experts()[expert], index.publications()[expert]);
		}
		Map<String, Double> rank = new HashMap<>();
		walked.forEach((key, value) -> {
			if (key.startsWith("x:")) {
				rank.put(key, value / Math.max(1, degree.getOrDefault(key.substring(2), 1)));
			}
		});
		List<String> reached = rank.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0 && !candidates.containsKey(entry.getKey().substring(2)))
			// Filtered before the limit: the walk passes through experts elsewhere, but
			// only
			// those in the city may take the places.
			.filter((entry) -> admission.admits(entry.getKey().substring(2)))
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.limit(MAX_WALK_CANDIDATES)
			.map((entry) -> entry.getKey().substring(2))
			.toList();
		addExperts(reached, academicianOnly, candidates);
		double best = candidates.keySet()
			.stream()
			.mapToDouble((id) -> rank.getOrDefault("x:" + id, 0.0))
			.max()
			.orElse(0);
		if (best > 0) {
			candidates.forEach(
					(id, candidate) -> candidate.scores.put("propagation", rank.getOrDefault("x:" + id, 0.0) / best));
		}
		return new Walk(graph, restart.keySet());
	}

	private static void authors(PropagationGraph graph, PublicationIndex.Snapshot index, int doc) {
		String node = "p:" + index.docs()[doc];
		for (int author : index.authors()[doc]) {
			graph.link("x:" + index.experts()[author], node, "AUTHORED");
		}
	}

	// The evidence paths of the matches returned, read only for them: the text evidence
	// (Expert-AUTHORED->Publication, their best matching publications) and the shortest
	// walk from each expert to where the walk restarts, the path along which rank flowed
	// to them.
	private List<Match> withPaths(List<Match> matches, Map<String, Candidate> candidates, PublicationIndex.Hits texts,
			@Nullable Walk walk) {
		Map<String, List<PropagationGraph.Step>> walks = new HashMap<>();
		Set<String> ids = new HashSet<>();
		for (Match match : matches) {
			String id = (String) match.expert().get("id");
			for (int doc : candidates.get(id).textPublications) {
				ids.add(texts.index().docs()[doc]);
			}
			if (walk != null && match.score() > 0) {
				List<PropagationGraph.Step> steps = walk.graph().shortestWalk("x:" + id, walk.sources());
				if (!steps.isEmpty()) {
					walks.put(id, steps);
					steps.forEach((step) -> {
						ids.add(step.from().substring(2));
						ids.add(step.to().substring(2));
					});
				}
			}
		}
		if (ids.isEmpty()) {
			return matches;
		}
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		this.reads.read("""
				UNWIND $ids AS id
				CALL (id) {
				  MATCH (n:Publication {id: id}) RETURN n
				  UNION MATCH (n:Technology {id: id}) RETURN n
				  UNION MATCH (n:Expert {id: id}) RETURN n
				}
				RETURN n.id AS id, properties(n) AS props, labels(n) AS labels""", Map.of("ids", List.copyOf(ids)))
			.forEach((node) -> nodes.put(node.get("id").asString(),
					GraphReads.node(node.get("props"), node.get("labels"))));
		List<Match> withPaths = new ArrayList<>();
		for (Match match : matches) {
			String id = (String) match.expert().get("id");
			List<EvidencePath> evidence = new ArrayList<>(match.evidence());
			for (int doc : candidates.get(id).textPublications) {
				Map<String, Object> publication = nodes.get(texts.index().docs()[doc]);
				if (publication != null) {
					evidence.add(new EvidencePath("evidence", List.of(match.expert(), publication),
							List.of(relationship("AUTHORED", match.expert(), publication))));
				}
			}
			List<PropagationGraph.Step> steps = walks.get(id);
			if (steps != null) {
				List<Map<String, Object>> pathNodes = new ArrayList<>();
				List<PathRelationship> pathRels = new ArrayList<>();
				pathNodes.add(match.expert());
				String at = "x:" + id;
				for (PropagationGraph.Step step : steps) {
					at = step.from().equals(at) ? step.to() : step.from();
					pathNodes.add(nodes.get(at.substring(2)));
					pathRels.add(relationship(step.type(), nodes.get(step.from().substring(2)),
							nodes.get(step.to().substring(2))));
				}
				if (!pathNodes.contains(null) && !pathRels.contains(null)) {
					evidence.add(new EvidencePath("propagation", pathNodes, pathRels));
				}
			}
			withPaths.add(new Match(match.expert(), match.score(), match.components(), List.copyOf(evidence)));
		}
		return withPaths;
	}

	private void chainAndRecord(@Nullable String chain, Map<String, Candidate> candidates) {
		if (candidates.isEmpty()) {
			return;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("experts", List.copyOf(candidates.keySet()));
		params.put("chain", (chain != null) ? chain : "");
		for (Record row : this.reads.read(this.queries.get("expert-chain-affinity-and-record"), params)) {
			Candidate candidate = candidates.get(row.get("expert").asString());
			List<Value> advising = row.get("advising").asList((value) -> value);
			List<Value> affiliation = row.get("affiliation").asList((value) -> value);
			List<Value> chainAchievements = row.get("chainAchievements").asList((value) -> value);
			// Chairing the committee weighs more than sitting on it.
			boolean chair = advising.stream()
				.anyMatch((path) -> path.get("rels").get(0).get("props").get("role").asString("").equals("CHAIR"));
			double chainScore = (advising.isEmpty() ? 0 : chair ? 0.6 : 0.5) + (affiliation.isEmpty() ? 0 : 0.3)
					+ (chainAchievements.isEmpty() ? 0 : 0.2);
			candidate.scores.put("chain", Math.min(1, chainScore));
			for (Value path : concat(advising, affiliation, chainAchievements)) {
				candidate.evidence.add(path("chain", path));
			}
			List<Value> wins = row.get("wins").asList((value) -> value);
			List<Value> achievements = row.get("achievements").asList((value) -> value);
			candidate.scores.put("trackRecord", 1 - Math.exp(-(wins.size() + achievements.size() / 2.0)));
			for (Value path : concat(wins, achievements)) {
				candidate.evidence.add(path("trackRecord", path));
			}
		}
	}

	@SafeVarargs
	private static List<Value> concat(List<Value>... lists) {
		List<Value> all = new ArrayList<>();
		for (List<Value> list : lists) {
			all.addAll(list);
		}
		return all;
	}

	private List<ExpertExclusion> conflicts(@Nullable String subject, Map<String, Candidate> candidates) {
		if (subject == null) {
			return List.of();
		}
		// The computation teamsFor and applications use; whoever judges for the subject
		// may have a conflict of any kind, so every reason excludes here.
		List<ExpertExclusion> exclusions = new ArrayList<>();
		ConflictsOfInterest.firstPerExpert(this.conflicts.with(subject, candidates.keySet()))
			.forEach((expert, conflict) -> {
				Candidate removed = candidates.remove(expert);
				if (removed != null) {
					exclusions.add(new ExpertExclusion(removed.expert, conflict.reason(), new EvidencePath(
							MatchComponentWiring.CONFLICT, conflict.nodes(), conflict.relationships())));
				}
			});
		return exclusions;
	}

	// How relevant an expert must be to the question, as a share of a perfect match on
	// expertise, evidence and propagation, for ties to the chain and the track record to
	// count in full. They say nothing about the question: ungated, an expert who matched
	// one word of a paper given as the query outranked its field's specialists on their
	// achievements alone (with the seed beside a document network, MAP fell from 0.91 to
	// 0.81).
	static final double PRIOR_FULL_RELEVANCE = 0.5;

	private Match match(Candidate candidate) {
		ScoreComponent expertise = component("expertise", candidate, this.weights.expertise(), 1);
		ScoreComponent evidence = component("evidence", candidate, this.weights.evidence(), 1);
		ScoreComponent propagation = component("propagation", candidate, this.weights.propagation(), 1);
		double gate = priorGate(List.of(expertise, evidence, propagation));
		List<ScoreComponent> components = List.of(expertise, evidence, propagation,
				component("chain", candidate, this.weights.chain(), gate),
				component("trackRecord", candidate, this.weights.trackRecord(), gate));
		double score = components.stream().mapToDouble((c) -> c.score() * c.weight()).sum();
		return new Match(candidate.expert, score, components, List.copyOf(candidate.evidence));
	}

	/**
	 * The share of the chain and track-record components that counts: the expert's
	 * relevance (the weighted relevance components over their total weight) against
	 * {@link #PRIOR_FULL_RELEVANCE}, at most 1.
	 */
	static double priorGate(List<ScoreComponent> relevance) {
		double weight = relevance.stream().mapToDouble(ScoreComponent::weight).sum();
		if (weight <= 0) {
			return 1;
		}
		double share = relevance.stream().mapToDouble((c) -> c.score() * c.weight()).sum() / weight;
		return Math.min(1, share / PRIOR_FULL_RELEVANCE);
	}

	private static ScoreComponent component(String name, Candidate candidate, double weight, double gate) {
		return new ScoreComponent(name, candidate.scores.getOrDefault(name, 0.0) * gate, weight);
	}

	private static Candidate candidate(Map<String, Candidate> candidates, Value expert) {
		Map<String, Object> node = GraphReads.node(expert.get("props"), expert.get("labels"));
		return candidates.computeIfAbsent((String) node.get("id"), (id) -> new Candidate(node));
	}

	private static EvidencePath path(String component, Value path) {
		return new EvidencePath(component, nodes(path.get("nodes")), relationships(path.get("rels")));
	}

	private static List<Map<String, Object>> nodes(Value nodes) {
		return nodes.asList((node) -> GraphReads.node(node.get("props"), node.get("labels")));
	}

	private static List<PathRelationship> relationships(Value rels) {
		return rels.asList(PathRelationship::of);
	}

	private static PathRelationship relationship(String type, Map<String, Object> from, Map<String, Object> to) {
		return PathRelationship.between(type, (String) from.get("id"), (String) to.get("id"));
	}

}
