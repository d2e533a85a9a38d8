package io.chaingraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.text.FullText;
import io.chaingraph.system.error.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The one text-understanding step of the service: links free text to the graph's
 * vocabulary (names, aliases and English names of technologies, chains, segments,
 * organisations and experts), for expertsFor and search alike. Every name occurring in
 * the text counts, longest first; words no name covers go to the full-text index at a
 * lower confidence, and short texts also match names one character off. Technologies are
 * widened through the taxonomy and give the chains they are bottlenecks of.
 * <p>
 * The vocabulary is held in memory and rebuilt when {@link GraphVersion} says the graph
 * changed, so linking costs no statement when the text is all names.
 */
@Component
public class TextLinker {

	/** Confidence of a technology found only by the full-text index, for the best hit. */
	static final double FULL_TEXT = 0.5;

	/** A step broader or narrower in the taxonomy. */
	static final double TAXONOMY = 0.5;

	/** A chain that a linked technology is a bottleneck of. */
	static final double BOTTLENECK = 0.8;

	// Fuzzy matching tries every piece of the text: only for texts of a few words.
	static final int FUZZY_TEXT = 100;

	private static final int FULL_TEXT_CHARS = 300;

	// The full-text fallback scores technologies relative to the best hit, so any text
	// gets one at full fallback confidence. For a question of a few lines that is a
	// partial name; in a paper given as the query it was a technology whose English name
	// shares "from" or "of" with it, which brought that technology's experts in among the
	// paper's (with the seed beside a document network, MAP 0.91 fell to 0.81). The words
	// of a long text count as publication text instead.
	static final int FULL_TEXT_MAX_TEXT = 300;

	private static final Set<String> ORGANISATIONS = Set.of(NodeLabel.Enterprise.name(), NodeLabel.University.name(),
			NodeLabel.Institute.name(), NodeLabel.Consortium.name());

	// What expertsFor and search link to. Cities and challenges are names too, but their
	// names hold technologies' (揭榜挂帅：铜银合金微细线): only a question, which may name
	// either, links to them, so that they take no words from a technology elsewhere.
	private static final Set<String> LINKED = Set.of(NodeLabel.Technology.name(), NodeLabel.Chain.name(),
			NodeLabel.Segment.name(), NodeLabel.Enterprise.name(), NodeLabel.University.name(),
			NodeLabel.Institute.name(), NodeLabel.Consortium.name(), NodeLabel.Expert.name());

	private static final Folding FOLDING = Folding.standard();

	private final GraphReads reads;

	private final CypherQueries queries;

	private final GraphVersion version;

	private final Folding folding = FOLDING;

	private volatile @Nullable Snapshot snapshot;

	private record Snapshot(Object version, Vocabulary vocabulary) {

	}

	TextLinker(GraphReads reads, CypherQueries queries, GraphVersion version) {
		this.reads = reads;
		this.queries = queries;
		this.version = version;
	}

	/**
	 * What the text names, with a confidence and the words each link came from.
	 */
	public QueryInterpretation interpret(String text) {
		return interpret(text, LINKED);
	}

	/**
	 * What a question names: as {@link #interpret(String)}, and also the cities and
	 * challenges it names; names only, without the full-text index.
	 */
	public QueryInterpretation interpretQuestion(String text) {
		return interpret(text, null);
	}

	/**
	 * Text as the linker compares it (lower case, full-width forms, traditional and
	 * variant characters read as one, no punctuation), for grammars that look for words
	 * in it.
	 */
	public static String fold(String text) {
		return FOLDING.fold(text).text();
	}

	private QueryInterpretation interpret(String text, @Nullable Set<String> labels) {
		Vocabulary vocabulary = vocabulary();
		Folding.Folded folded = vocabulary.fold(text);
		List<Vocabulary.Hit> hits = new ArrayList<>(vocabulary.occurrences(folded, labels));
		boolean[] covered = new boolean[folded.length()];
		int[][] shortHit = new int[folded.length()][];
		for (Vocabulary.Hit hit : hits) {
			cover(folded, covered, shortHit, hit);
		}
		if (folded.length() <= FUZZY_TEXT) {
			for (Vocabulary.Hit hit : fuzzy(vocabulary, folded, covered, shortHit, labels)) {
				// A misspelt name is not also the short names inside it (LED in
				// 硅衬低LED技术).
				hits.removeIf((inner) -> inner.from() >= hit.from() && inner.to() <= hit.to());
				hits.add(hit);
				cover(folded, covered, new int[folded.length()][], hit);
			}
		}
		Links links = new Links();
		char[] unlinked = text.toCharArray();
		for (Vocabulary.Hit hit : hits) {
			Vocabulary.Named node = hit.entry().node();
			links.add(link(node, hit.confidence(), text.substring(hit.from(), hit.to()), hit.how()));
			if (node.label().equals(NodeLabel.Technology.name())) {
				Arrays.fill(unlinked, hit.from(), hit.to(), ' ');
			}
		}
		// A question's other words are its grammar (哪些, 院士, who), which the full-text
		// index would read as a technology's description.
		if (labels != null) {
			fullText(text, folded, covered, vocabulary, links);
		}
		return widened(vocabulary, links, new String(unlinked).strip());
	}

	/**
	 * The interpretation a caller gives instead of linking: these technologies, each at
	 * confidence 1, widened and with their chains as a linked text's would be.
	 */
	public QueryInterpretation interpretAs(List<String> technologies) {
		Vocabulary vocabulary = vocabulary();
		Links links = new Links();
		for (String id : technologies) {
			Vocabulary.Named node = vocabulary.node(id);
			if (node == null || !node.label().equals(NodeLabel.Technology.name())) {
				throw new NotFoundException(GraphErrors.NO_TECHNOLOGY, id);
			}
			links.add(link(node, 1.0, id, "GIVEN"));
		}
		return widened(vocabulary, links, null);
	}

	/**
	 * Nodes whose name the whole text is (EXACT, also a part of a name or one without its
	 * generic ending, at a lower closeness) or begins (PREFIX), best first.
	 */
	public List<NameMatch> names(String text, int limit) {
		Vocabulary vocabulary = vocabulary();
		Folding.Folded folded = vocabulary.fold(text);
		String key = folded.text();
		if (key.isEmpty()) {
			return List.of();
		}
		String exact = folded.exact();
		Map<String, NameMatch> matches = new LinkedHashMap<>();
		for (Vocabulary.Entry entry : vocabulary.exactly(key)) {
			if (!Vocabulary.within(entry, LINKED)) {
				continue;
			}
			double closeness = entry.weight() * (entry.exact().equals(exact) ? 1 : Vocabulary.VARIANT);
			matches.merge(entry.node().id(), new NameMatch(entry.node().id(), entry.node().label(), "EXACT", closeness),
					TextLinker::better);
		}
		for (Vocabulary.Entry entry : vocabulary.startingWith(key, limit)) {
			if (!Vocabulary.within(entry, LINKED)) {
				continue;
			}
			double closeness = entry.weight() * key.length() / entry.key().length();
			matches.merge(entry.node().id(),
					new NameMatch(entry.node().id(), entry.node().label(), "PREFIX", closeness), TextLinker::better);
		}
		return sorted(matches, limit);
	}

	/**
	 * Nodes whose whole name, alias or English name is one character off the text, for
	 * names of at least three characters.
	 */
	public List<NameMatch> nearNames(String text, int limit) {
		Vocabulary vocabulary = vocabulary();
		String key = vocabulary.fold(text).text();
		if (key.length() < 3) {
			return List.of();
		}
		Map<String, NameMatch> matches = new LinkedHashMap<>();
		for (Vocabulary.Entry entry : vocabulary.oneEditFrom(key)) {
			if (!Vocabulary.within(entry, LINKED)) {
				continue;
			}
			matches.merge(entry.node().id(),
					new NameMatch(entry.node().id(), entry.node().label(), "FUZZY", Vocabulary.FUZZY),
					TextLinker::better);
		}
		return sorted(matches, limit);
	}

	private static NameMatch better(NameMatch a, NameMatch b) {
		int tier = Integer.compare(rank(a.tier()), rank(b.tier()));
		if (tier != 0) {
			return (tier > 0) ? a : b;
		}
		return (a.closeness() >= b.closeness()) ? a : b;
	}

	/**
	 * EXACT above PREFIX above FUZZY.
	 */
	public static int rank(String tier) {
		return switch (tier) {
			case "EXACT" -> 3;
			case "PREFIX" -> 2;
			default -> 1;
		};
	}

	private static List<NameMatch> sorted(Map<String, NameMatch> matches, int limit) {
		return matches.values()
			.stream()
			.sorted(Comparator.comparingInt((NameMatch match) -> rank(match.tier()))
				.thenComparingDouble(NameMatch::closeness)
				.reversed()
				.thenComparing(NameMatch::id))
			.limit(limit)
			.toList();
	}

	// Marks the folded characters a hit covers; for a short hit (up to SHORT_HIT folded
	// characters: 铜, LED, 光伏) also where it starts and ends, so that a longer misspelt
	// name may span it whole.
	private static void cover(Folding.Folded folded, boolean[] covered, int[][] shortHit, Vocabulary.Hit hit) {
		int first = -1;
		int end = -1;
		for (int i = 0; i < folded.length(); i++) {
			if (folded.from()[i] >= hit.from() && folded.to()[i] <= hit.to()) {
				covered[i] = true;
				first = (first < 0) ? i : first;
				end = i + 1;
			}
		}
		if (first >= 0 && end - first <= SHORT_HIT) {
			int[] span = { first, end };
			// Names occur without overlapping one another: one span per character.
			for (int i = first; i < end; i++) {
				shortHit[i] = span;
			}
		}
	}

	// Names this short inside a longer piece of text may be part of a misspelt name.
	private static final int SHORT_HIT = 3;

	// Pieces of the text from three characters up, one edit from a whole name, longest
	// first, as exact names are: pieces no name covers, and pieces that hold short names
	// whole as long as at least half of the piece is covered by none.
	private static List<Vocabulary.Hit> fuzzy(Vocabulary vocabulary, Folding.Folded folded, boolean[] covered,
			int[][] shortHit, @Nullable Set<String> labels) {
		String text = folded.text();
		List<Vocabulary.Hit> found = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == ' ' || !folded.boundaryBefore(i)
					|| (covered[i] && (shortHit[i] == null || shortHit[i][0] != i))) {
				continue;
			}
			int last = Math.min(text.length(), i + Vocabulary.FUZZY_MAX + 1);
			int free = 0;
			for (int end = i + 1; end <= last; end++) {
				int at = end - 1;
				if (covered[at] && (shortHit[at] == null || shortHit[at][0] < i)) {
					break;
				}
				free += covered[at] ? 0 : 1;
				if (end < i + 3 || free * 2 < end - i || (covered[at] && shortHit[at][1] > end)) {
					continue;
				}
				if (!folded.boundaryBefore(end) || text.charAt(end - 1) == ' ') {
					continue;
				}
				for (Vocabulary.Entry entry : vocabulary.oneEditFrom(text.substring(i, end))) {
					if (!Vocabulary.within(entry, labels)) {
						continue;
					}
					found.add(new Vocabulary.Hit(entry, folded.from()[i], folded.to()[end - 1],
							Vocabulary.FUZZY * entry.weight(), "FUZZY"));
				}
			}
		}
		found.sort(Comparator.comparingInt((Vocabulary.Hit hit) -> hit.to() - hit.from())
			.reversed()
			.thenComparingInt(Vocabulary.Hit::from));
		List<Vocabulary.Hit> kept = new ArrayList<>();
		for (Vocabulary.Hit hit : found) {
			boolean overlaps = kept.stream()
				.anyMatch((other) -> other.from() < hit.to() && hit.from() < other.to()
						&& !other.entry().key().equals(hit.entry().key()));
			if (!overlaps) {
				kept.add(hit);
			}
		}
		return kept;
	}

	// What no name covers, through the full-text index: partial names and descriptions,
	// relative to the best hit.
	private void fullText(String text, Folding.Folded folded, boolean[] covered, Vocabulary vocabulary, Links links) {
		char[] rest = text.toCharArray();
		for (int i = 0; i < folded.length(); i++) {
			if (covered[i]) {
				Arrays.fill(rest, folded.from()[i], folded.to()[i], ' ');
			}
		}
		String remainder = new String(rest).strip();
		if (text.strip().length() > FULL_TEXT_MAX_TEXT
				|| remainder.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
			return;
		}
		List<Record> rows = this.reads.read(this.queries.get("technologies-matching-text"),
				Map.of("q", FullText.query(remainder, FULL_TEXT_CHARS)));
		double best = rows.stream().mapToDouble((row) -> row.get("score").asDouble()).max().orElse(1);
		String matched = (remainder.length() > 60) ? remainder.substring(0, 60) + "…" : remainder;
		for (Record row : rows) {
			Vocabulary.Named node = vocabulary.node(row.get("id").asString());
			double confidence = FULL_TEXT * row.get("score").asDouble() / best;
			if (node != null && confidence >= FULL_TEXT / 4) {
				links.add(link(node, confidence, matched, "FULL_TEXT"));
			}
		}
	}

	private static QueryInterpretation widened(Vocabulary vocabulary, Links links, @Nullable String unlinked) {
		List<Link> named = List.copyOf(links.technologies.values());
		for (Link technology : named) {
			Set<String> near = new LinkedHashSet<>(vocabulary.parents(technology.id()));
			near.addAll(vocabulary.children(technology.id()));
			for (String id : near) {
				Vocabulary.Named node = vocabulary.node(id);
				if (node != null) {
					links.add(link(node, technology.confidence() * TAXONOMY, technology.matched(), "TAXONOMY"));
				}
			}
			for (String chain : vocabulary.chainsOf(technology.id())) {
				Vocabulary.Named node = vocabulary.node(chain);
				if (node != null) {
					links.add(link(node, technology.confidence() * BOTTLENECK, technology.matched(), "BOTTLENECK"));
				}
			}
		}
		// A segment named in the text points at its chain.
		for (Link segment : List.copyOf(links.segments.values())) {
			for (String chain : vocabulary.chainsOf(segment.id())) {
				Vocabulary.Named node = vocabulary.node(chain);
				if (node != null) {
					links.add(link(node, segment.confidence() * BOTTLENECK, segment.matched(), "SEGMENT"));
				}
			}
		}
		return new QueryInterpretation(best(links.technologies), best(links.chains), best(links.organisations),
				best(links.experts), best(links.cities), best(links.challenges), unlinked);
	}

	private static List<Link> best(Map<String, Link> links) {
		return links.values()
			.stream()
			.sorted(Comparator.comparingDouble(Link::confidence).reversed().thenComparing(Link::id))
			.toList();
	}

	private static Link link(Vocabulary.Named node, double confidence, String matched, String how) {
		return new Link(node.id(), node.label(), node.name(), node.nameEn(), Math.round(confidence * 1000) / 1000.0,
				matched, how);
	}

	private static final class Links {

		final Map<String, Link> technologies = new LinkedHashMap<>();

		final Map<String, Link> chains = new LinkedHashMap<>();

		final Map<String, Link> segments = new LinkedHashMap<>();

		final Map<String, Link> organisations = new LinkedHashMap<>();

		final Map<String, Link> experts = new LinkedHashMap<>();

		final Map<String, Link> cities = new LinkedHashMap<>();

		final Map<String, Link> challenges = new LinkedHashMap<>();

		void add(Link link) {
			Map<String, Link> into = switch (link.label()) {
				case "Technology" -> this.technologies;
				case "Chain" -> this.chains;
				case "Segment" -> this.segments;
				case "Expert" -> this.experts;
				case "City" -> this.cities;
				case "Challenge" -> this.challenges;
				default -> ORGANISATIONS.contains(link.label()) ? this.organisations : null;
			};
			if (into != null) {
				into.merge(link.id(), link, (a, b) -> (a.confidence() >= b.confidence()) ? a : b);
			}
		}

	}

	/**
	 * The vocabulary for the graph as it is now: rebuilt when it may have changed.
	 */
	Vocabulary vocabulary() {
		Object now = this.version.current();
		Snapshot held = this.snapshot;
		if (held != null && held.version().equals(now)) {
			return held.vocabulary();
		}
		synchronized (this) {
			held = this.snapshot;
			if (held != null && held.version().equals(now)) {
				return held.vocabulary();
			}
			Vocabulary built = build();
			this.snapshot = new Snapshot(now, built);
			return built;
		}
	}

	private Vocabulary build() {
		List<Vocabulary.Named> named = new ArrayList<>();
		for (Record row : this.reads.read(this.queries.get("text-vocabulary-names"),
				Map.of("labels", List.copyOf(GraphVersion.LABELS)))) {
			if (row.get("name").isNull() || row.get("label").isNull()) {
				continue;
			}
			Value aliases = row.get("aliases");
			named.add(new Vocabulary.Named(row.get("id").asString(), row.get("label").asString(),
					row.get("name").asString(), row.get("nameEn").isNull() ? null : row.get("nameEn").asString(),
					aliases.isNull() ? List.of() : aliases.asList(Value::asString)));
		}
		Map<String, List<String>> parents = new HashMap<>();
		Map<String, Set<String>> chains = new HashMap<>();
		for (Record row : this.reads.read(this.queries.get("text-vocabulary-taxonomy"), Map.of())) {
			String from = row.get("from").asString();
			String to = row.get("to").asString();
			if (row.get("kind").asString().equals("PART_OF")) {
				parents.computeIfAbsent(from, (id) -> new ArrayList<>()).add(to);
			}
			else {
				chains.computeIfAbsent(from, (id) -> new LinkedHashSet<>()).add(to);
			}
		}
		return new Vocabulary(this.folding, named, parents, chains);
	}

}
