package io.chaingraph.expert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodePages;
import io.chaingraph.system.BadRequestException;
import io.chaingraph.system.CypherQueries;
import io.chaingraph.system.FullText;
import io.chaingraph.system.NotFoundException;
import io.chaingraph.system.TextValues;
import io.chaingraph.text.Link;
import io.chaingraph.text.QueryInterpretation;
import io.chaingraph.text.TextLinker;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Ranks experts for a technology, a free-text need, or both, optionally on one chain.
 * Five components, each between 0 and 1, are weighed by {@link MatchingProperties}:
 * <ol>
 * <li>expertise: the best declared level in the technology or one near it in the
 * taxonomy, level / 5 × decay<sup>distance</sup>;</li>
 * <li>evidence: publications about those technologies or matching the text, 1 −
 * e<sup>−w/3</sup> for the sum w of their closeness or text scores;</li>
 * <li>propagation: personalised PageRank from those publications over authorship and
 * citation, relative to the best candidate;</li>
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

	private final GraphReads reads;

	private final CypherQueries queries;

	private final MatchingProperties weights;

	private final TextLinker linker;

	private final AnswerNotes notes;

	ExpertRanking(GraphReads reads, CypherQueries queries, MatchingProperties weights, TextLinker linker) {
		this.reads = reads;
		this.queries = queries;
		this.weights = weights;
		this.linker = linker;
		this.notes = new AnswerNotes(reads, queries);
	}

	/**
	 * One ranked expert.
	 *
	 * @param expert the expert node
	 * @param score weighted sum of the components
	 * @param components each component's score and weight
	 * @param evidence the graph paths behind the components
	 */
	public record Match(Map<String, Object> expert, double score, List<ComponentScore> components,
			List<EvidencePath> evidence) {

	}

	/**
	 * @param name component name
	 * @param score between 0 and 1
	 * @param weight its weight in the total
	 */
	public record ComponentScore(String name, double score, double weight) {

	}

	/**
	 * A path of real nodes and relationships.
	 *
	 * @param component which component it supports, or CONFLICT
	 * @param nodes the nodes in order
	 * @param relationships the relationships in order
	 */
	public record EvidencePath(String component, List<Map<String, Object>> nodes,
			List<Map<String, Object>> relationships) {

	}

	/**
	 * An expert removed for a conflict of interest.
	 *
	 * @param expert the expert
	 * @param reason one of {@link ConflictsOfInterest.Conflict#reason()}
	 * @param path the path that shows the conflict
	 */
	public record Exclusion(Map<String, Object> expert, String reason, EvidencePath path) {

	}

	/**
	 * @param matches best first
	 * @param excluded how many candidates were removed for conflicts
	 * @param exclusions who, and why
	 * @param interpretation what the free text was linked to, or null when there was no
	 * text or linking was turned off
	 * @param notes why the answer is empty, or where it may mislead
	 */
	public record Result(List<Match> matches, int excluded, List<Exclusion> exclusions,
			@Nullable QueryInterpretation interpretation, List<Note> notes) {

	}

	/**
	 * Something the caller should know about an answer.
	 *
	 * @param code what kind of note, one of {@link AnswerNotes}'s codes
	 * @param message what it means here, in words
	 */
	public record Note(String code, String message) {

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

	private record Target(double closeness, List<Map<String, Object>> nodes, List<Map<String, Object>> rels) {

	}

	private static final class Candidate {

		final Map<String, Object> expert;

		final Map<String, Double> scores = new HashMap<>();

		final List<EvidencePath> evidence = new ArrayList<>();

		Candidate(Map<String, Object> expert) {
			this.expert = expert;
		}

	}

	public Result rank(@Nullable String chain, @Nullable String technology, @Nullable String query,
			boolean academicianOnly, @Nullable String excludeConflictsWith, int first) {
		return rank(chain, technology, query, academicianOnly, excludeConflictsWith, first, TextOptions.LINKED, false);
	}

	/**
	 * Ranks as {@link #rank(String, String, String, boolean, String, int)}, with the text
	 * read as {@code text} says.
	 */
	public Result rank(@Nullable String chain, @Nullable String technology, @Nullable String query,
			boolean academicianOnly, @Nullable String excludeConflictsWith, int first, TextOptions text) {
		return rank(chain, technology, query, academicianOnly, excludeConflictsWith, first, text, false);
	}

	Result rank(@Nullable String chain, @Nullable String technology, @Nullable String query, boolean academicianOnly,
			@Nullable String excludeConflictsWith, int first, boolean hideDeclared) {
		return rank(chain, technology, query, academicianOnly, excludeConflictsWith, first, TextOptions.LINKED,
				hideDeclared);
	}

	/**
	 * Ranks as {@link #rank(String, String, String, boolean, String, int)}, optionally
	 * with every declared expertise hidden: the evaluation's setting, where experts must
	 * be found from publications and the graph alone.
	 */
	Result rank(@Nullable String chain, @Nullable String technology, @Nullable String query, boolean academicianOnly,
			@Nullable String excludeConflictsWith, int first, TextOptions text, boolean hideDeclared) {
		NodePages.checkFirst(first);
		if (technology == null && (query == null || query.isBlank())) {
			throw new BadRequestException("Give a technology, a query, or both");
		}
		if (query != null && query.length() > MAX_QUERY) {
			throw new BadRequestException("Argument 'query' is longer than %d characters".formatted(MAX_QUERY));
		}
		TextValues.check("Argument 'query'", query, 0);
		if (chain != null && this.reads.read("MATCH (c:Chain {id: $id}) RETURN c.id", Map.of("id", chain)).isEmpty()) {
			throw new NotFoundException("No chain with id '%s'".formatted(chain));
		}
		QueryInterpretation interpretation = interpretation(query, text);
		String rankedChain = (chain != null) ? chain : AnswerNotes.chainFromText(interpretation);
		Map<String, Target> targets = targets(technology, interpretation);
		// Each word counts once: a technology's name through the technology (its declared
		// experts, the publications about it), the other words in publications. Counted
		// twice, the name let prolific authors of loosely matching papers outrank the
		// technology's leading expert (issue 15, finding 1).
		String words = (interpretation != null && interpretation.unlinkedText() != null) ? interpretation.unlinkedText()
				: query;
		List<Map<String, Object>> texts = texts(words);
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		if (!hideDeclared) {
			declaredExpertise(targets, academicianOnly, candidates);
		}
		publicationEvidence(targets, texts, academicianOnly, candidates);
		propagation(targets, texts, candidates, hideDeclared);
		chainAndRecord(rankedChain, candidates);
		boolean anyDeclared = candidates.values().stream().anyMatch((c) -> c.scores.getOrDefault("expertise", 0.0) > 0);
		int found = candidates.size();
		List<Exclusion> exclusions = conflicts(excludeConflictsWith, candidates);
		List<Match> matches = candidates.values()
			.stream()
			.map(this::match)
			.sorted(Comparator.comparingDouble(Match::score)
				.reversed()
				.thenComparing((match) -> (String) match.expert().get("id")))
			.limit(first)
			.toList();
		List<Note> notes = this.notes.of(new AnswerNotes.Answer(chain, rankedChain, technology, query, text,
				interpretation, !targets.isEmpty(), hideDeclared || anyDeclared, found, exclusions.size(), matches));
		return new Result(matches, exclusions.size(), exclusions, interpretation, notes);
	}

	private @Nullable QueryInterpretation interpretation(@Nullable String query, TextOptions text) {
		if (text.technologies() != null) {
			if (text.technologies().size() > MAX_INTERPRET_AS) {
				throw new BadRequestException("Argument 'interpretAs' names more than %d technologies; got %d"
					.formatted(MAX_INTERPRET_AS, text.technologies().size()));
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
	private Map<String, Target> targets(@Nullable String technology, @Nullable QueryInterpretation interpretation) {
		Map<String, Target> targets = new HashMap<>();
		if (technology != null) {
			// The hop bound is a checked integer from configuration; Cypher takes no
			// parameter there.
			int maxDistance = Math.max(0, Math.min(6, this.weights.maxDistance()));
			List<Record> rows = this.reads.read(
					this.queries.get("technology-neighbourhood").formatted(maxDistance, maxDistance),
					Map.of("technology", technology));
			if (rows.isEmpty()) {
				throw new NotFoundException("No technology with id '%s'".formatted(technology));
			}
			for (Record row : rows) {
				targets.put(row.get("id").asString(),
						new Target(Math.pow(this.weights.decay(), row.get("distance").asInt()), nodes(row.get("nodes")),
								relationships(row.get("rels"))));
			}
		}
		List<Link> linked = (interpretation != null) ? interpretation.namedTechnologies() : List.of();
		if (!linked.isEmpty()) {
			int maxDistance = Math.max(0, Math.min(6, this.weights.maxDistance()));
			List<Map<String, Object>> seeds = linked.stream()
				.map((link) -> Map.<String, Object>of("id", link.id(), "confidence", link.confidence()))
				.toList();
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
		return targets;
	}

	private List<Map<String, Object>> texts(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		List<Record> rows = this.reads.read(this.queries.get("publications-matching-text"),
				Map.of("q", FullText.query(query, QUERY_CHARS_SEARCHED)));
		double best = rows.stream().mapToDouble((row) -> row.get("score").asDouble()).max().orElse(1);
		return rows.stream()
			.map((row) -> Map.<String, Object>of("id", row.get("id").asString(), "weight",
					row.get("score").asDouble() / best))
			.toList();
	}

	private static List<Map<String, Object>> targetList(Map<String, Target> targets) {
		return targets.entrySet()
			.stream()
			.map((entry) -> Map.<String, Object>of("id", entry.getKey(), "closeness", entry.getValue().closeness()))
			.toList();
	}

	private void declaredExpertise(Map<String, Target> targets, boolean academicianOnly,
			Map<String, Candidate> candidates) {
		List<Record> rows = this.reads.read(this.queries.get("expert-declared-expertise"),
				Map.of("targets", targetList(targets), "academicianOnly", academicianOnly));
		for (Record row : rows) {
			Candidate candidate = candidate(candidates, row.get("x"));
			double score = row.get("level").asInt() / 5.0 * row.get("closeness").asDouble();
			if (score > candidate.scores.getOrDefault("expertise", 0.0)) {
				candidate.scores.put("expertise", score);
				candidate.evidence.removeIf((path) -> path.component().equals("expertise"));
				Map<String, Object> expertNode = GraphReads.node(row.get("x").get("props"), row.get("x").get("labels"));
				Map<String, Object> techNode = GraphReads.node(row.get("t").get("props"), row.get("t").get("labels"));
				Target target = targets.get(row.get("technology").asString());
				List<Map<String, Object>> nodes = new ArrayList<>(List.of(expertNode));
				List<Map<String, Object>> rels = new ArrayList<>(List
					.of(relationship("EXPERT_IN", expertNode, techNode, Map.of("level", row.get("level").asLong()))));
				nodes.addAll(target.nodes().isEmpty() ? List.of(techNode) : target.nodes());
				rels.addAll(target.rels());
				candidate.evidence.add(new EvidencePath("expertise", nodes, rels));
			}
		}
	}

	private void publicationEvidence(Map<String, Target> targets, List<Map<String, Object>> texts,
			boolean academicianOnly, Map<String, Candidate> candidates) {
		List<Record> rows = this.reads.read(this.queries.get("expert-publication-evidence"),
				Map.of("targets", targetList(targets), "texts", texts, "academicianOnly", academicianOnly));
		for (Record row : rows) {
			Candidate candidate = candidate(candidates, row.get("x"));
			candidate.scores.put("evidence", 1 - Math.exp(-row.get("total").asDouble() / 3));
			for (Value best : row.get("best").values()) {
				candidate.evidence.add(publicationPath(row.get("x"), best));
			}
		}
	}

	private static EvidencePath publicationPath(Value x, Value row) {
		Map<String, Object> expert = GraphReads.node(x.get("props"), x.get("labels"));
		Map<String, Object> publication = GraphReads.node(row.get("p").get("props"), row.get("p").get("labels"));
		List<Map<String, Object>> nodes = new ArrayList<>(List.of(expert, publication));
		List<Map<String, Object>> rels = new ArrayList<>(
				List.of(relationship("AUTHORED", expert, publication, Map.of())));
		if (!row.get("t").isNull()) {
			Map<String, Object> technology = GraphReads.node(row.get("t").get("props"), row.get("t").get("labels"));
			nodes.add(technology);
			rels.add(relationship("ABOUT", publication, technology, Map.of()));
		}
		return new EvidencePath("evidence", nodes, rels);
	}

	// Personalised PageRank over technologies, publications and experts (declared
	// expertise,
	// subject, citation, authorship), restarting at the target technologies and the
	// publications
	// matching the text in proportion to their weight.
	private void propagation(Map<String, Target> targets, List<Map<String, Object>> texts,
			Map<String, Candidate> candidates, boolean hideDeclared) {
		Map<String, Double> restart = new HashMap<>();
		targets.forEach((id, target) -> restart.merge("t:" + id, target.closeness(), Double::sum));
		texts.forEach((hit) -> restart.merge("p:" + hit.get("id"), (Double) hit.get("weight"), Double::sum));
		if (restart.isEmpty()) {
			return;
		}
		PropagationNeighbourhood neighbourhood = PropagationNeighbourhood.read(this.reads, this.queries,
				targets.keySet(), texts.stream().map((hit) -> (String) hit.get("id")).toList());
		PropagationGraph graph = new PropagationGraph();
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
		Map<String, Double> rank = graph.pageRank(restart, 0.85, 20);
		double best = candidates.keySet()
			.stream()
			.mapToDouble((id) -> rank.getOrDefault("x:" + id, 0.0))
			.max()
			.orElse(0);
		if (best > 0) {
			candidates.forEach(
					(id, candidate) -> candidate.scores.put("propagation", rank.getOrDefault("x:" + id, 0.0) / best));
			propagationPaths(candidates, graph, restart.keySet());
		}
	}

	// The shortest walk from each expert to where the walk restarts: the path along which
	// rank flowed to them.
	private void propagationPaths(Map<String, Candidate> candidates, PropagationGraph graph, Set<String> sources) {
		Map<String, List<PropagationGraph.Step>> walks = new HashMap<>();
		for (String id : candidates.keySet()) {
			List<PropagationGraph.Step> walk = graph.shortestWalk("x:" + id, sources);
			if (!walk.isEmpty()) {
				walks.put(id, walk);
			}
		}
		Set<String> ids = new java.util.HashSet<>();
		walks.values().forEach((walk) -> walk.forEach((step) -> {
			ids.add(step.from().substring(2));
			ids.add(step.to().substring(2));
		}));
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		if (!ids.isEmpty()) {
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
		}
		walks.forEach((id, walk) -> {
			List<Map<String, Object>> pathNodes = new ArrayList<>();
			List<Map<String, Object>> pathRels = new ArrayList<>();
			pathNodes.add(nodes.get(id));
			String at = "x:" + id;
			for (PropagationGraph.Step step : walk) {
				at = step.from().equals(at) ? step.to() : step.from();
				pathNodes.add(nodes.get(at.substring(2)));
				pathRels.add(relationship(step.type(), nodes.get(step.from().substring(2)),
						nodes.get(step.to().substring(2)), Map.of()));
			}
			if (!pathNodes.contains(null)) {
				candidates.get(id).evidence.add(new EvidencePath("propagation", pathNodes, pathRels));
			}
		});
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

	private List<Exclusion> conflicts(@Nullable String subject, Map<String, Candidate> candidates) {
		if (subject == null) {
			return List.of();
		}
		// The computation teamsFor and applications use; whoever judges for the subject
		// may have a conflict of any kind, so every reason excludes here.
		ConflictsOfInterest conflicts = new ConflictsOfInterest(this.reads, this.queries, this.weights.coauthorYears());
		List<Exclusion> exclusions = new ArrayList<>();
		ConflictsOfInterest.firstPerExpert(conflicts.with(subject, candidates.keySet())).forEach((expert, conflict) -> {
			Candidate removed = candidates.remove(expert);
			if (removed != null) {
				exclusions.add(new Exclusion(removed.expert, conflict.reason(),
						new EvidencePath("CONFLICT", conflict.nodes(), conflict.relationships())));
			}
		});
		return exclusions;
	}

	private Match match(Candidate candidate) {
		List<ComponentScore> components = List.of(component("expertise", candidate, this.weights.expertise()),
				component("evidence", candidate, this.weights.evidence()),
				component("propagation", candidate, this.weights.propagation()),
				component("chain", candidate, this.weights.chain()),
				component("trackRecord", candidate, this.weights.trackRecord()));
		double score = components.stream().mapToDouble((c) -> c.score() * c.weight()).sum();
		return new Match(candidate.expert, score, components, List.copyOf(candidate.evidence));
	}

	private static ComponentScore component(String name, Candidate candidate, double weight) {
		return new ComponentScore(name, candidate.scores.getOrDefault(name, 0.0), weight);
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

	private static List<Map<String, Object>> relationships(Value rels) {
		return rels.asList((rel) -> {
			Map<String, Object> map = new HashMap<>(GraphReads.properties(rel.get("props")));
			map.put("type", rel.get("type").asString());
			map.put("from", rel.get("from").asString());
			map.put("to", rel.get("to").asString());
			return map;
		});
	}

	private static Map<String, Object> relationship(String type, Map<String, Object> from, Map<String, Object> to,
			Map<String, Object> props) {
		Map<String, Object> map = new HashMap<>(props);
		map.put("type", type);
		map.put("from", from.get("id"));
		map.put("to", to.get("id"));
		return map;
	}

}
