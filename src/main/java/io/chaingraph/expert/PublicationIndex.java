package io.chaingraph.expert;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.system.database.CypherQueries;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The publications as an in-memory inverted index, scored by BM25F: Lucene's full-text
 * index had no document frequencies of its own worth the name for this (its {@code cjk}
 * analyzer keeps stop words, and a score normalised by the best hit says nothing about
 * how informative the matched words were), and a query could only be its first 300
 * characters. Here a whole paper can be the query.
 * <p>
 * Each publication has two fields, its title ({@code title} and {@code titleEn}, or the
 * name when there is no title) and its abstract ({@code abstract} and
 * {@code abstractEn}). A term's pseudo-frequency in a publication is tf̃ = Σ<sub>f</sub>
 * w<sub>f</sub> · tf<sub>f</sub> / (1 − b + b · len<sub>f</sub> / avglen<sub>f</sub>)
 * with w<sub>title</sub> = {@value #TITLE_WEIGHT}, w<sub>abstract</sub> = 1 and b =
 * {@value #B}; the publication's score for a query is Σ<sub>t</sub> q<sub>t</sub> ·
 * idf<sub>t</sub> · tf̃ / (k<sub>1</sub> + tf̃) with k<sub>1</sub> = {@value #K1},
 * idf<sub>t</sub> = ln(1 + (N − df<sub>t</sub> + 0.5) / (df<sub>t</sub> + 0.5)) and
 * q<sub>t</sub> = (k<sub>3</sub> + 1) · qtf<sub>t</sub> / (k<sub>3</sub> +
 * qtf<sub>t</sub>), k<sub>3</sub> = {@value #K3}, so that a word a long query repeats
 * counts more, but not without bound. A long query keeps its {@value #QUERY_TERMS} most
 * informative terms (highest q<sub>t</sub> · idf<sub>t</sub>), as query reduction for
 * verbose queries does, instead of its first characters.
 * <p>
 * The index also holds each publication's authors and citations, which the ranking walks.
 * It is built from the graph on first use and checked before each search against a stamp
 * read from the database (counts of publications, authorships and citations from the
 * count store, and the audit entries written since a minute before the latest it saw:
 * curation and the import controller record each change with its subject); when the
 * counts differ, or an entry it has not seen names publications, authorship, citations or
 * an import, it is built again before answering. The stamp is read over the driver, so it
 * works the same against the embedded database and a server, and also sees the changes
 * another instance of the service made.
 */
@Component
class PublicationIndex {

	static final double K1 = 1.2;

	static final double B = 0.75;

	static final double TITLE_WEIGHT = 2.0;

	static final double K3 = 8;

	static final int QUERY_TERMS = 64;

	/**
	 * Publications scoring less than this share of the best are not evidence: a single
	 * common word in common.
	 */
	static final double MIN_SHARE = 0.02;

	// What curation and the import controller name as the subject of a change that can
	// alter what the index holds.
	private static final Set<String> SUBJECTS = Set.of("Publication", "AUTHORED", "CITES", "import");

	private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

	private static final Duration MARGIN = Duration.ofMinutes(1);

	private static final ZonedDateTime EPOCH = ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private final GraphReads reads;

	private final CypherQueries queries;

	private volatile @Nullable Snapshot snapshot;

	PublicationIndex(GraphReads reads, CypherQueries queries) {
		this.reads = reads;
		this.queries = queries;
	}

	/**
	 * @param docs publication ids
	 * @param authors per publication, indices into {@code experts}
	 * @param experts expert ids
	 * @param publications per expert, how many publications they authored
	 * @param cites per publication, indices of the publications it cites
	 * @param citedBy per publication, indices of the publications citing it
	 * @param terms the postings by term
	 * @param stamp what the database said when it was read
	 */
	record Snapshot(String[] docs, int[][] authors, String[] experts, int[] publications, int[][] cites,
			int[][] citedBy, Map<String, Postings> terms, Stamp stamp) {

	}

	/**
	 * @param docs publications containing the term, ascending
	 * @param weights per publication, tf̃ / (k1 + tf̃)
	 * @param idf the term's inverse document frequency
	 */
	record Postings(int[] docs, float[] weights, double idf) {

	}

	/**
	 * @param publications how many publications the graph held
	 * @param authored how many AUTHORED relationships
	 * @param cites how many CITES relationships
	 * @param since audit entries after this are checked
	 * @param seen the relevant entries after it that the index already holds
	 */
	record Stamp(long publications, long authored, long cites, ZonedDateTime since, Set<String> seen) {

	}

	/**
	 * The publications matching a query, best first.
	 *
	 * @param index the index they were scored in
	 * @param docs publication indices
	 * @param scores their BM25F scores
	 */
	record Hits(Snapshot index, int[] docs, double[] scores) {

		static Hits none() {
			return new Hits(new Snapshot(new String[0], new int[0][], new String[0], new int[0], new int[0][],
					new int[0][], Map.of(), new Stamp(0, 0, 0, EPOCH, Set.of())), new int[0], new double[0]);
		}

		boolean isEmpty() {
			return this.docs.length == 0;
		}

		double best() {
			return (this.scores.length == 0) ? 0 : this.scores[0];
		}

	}

	/**
	 * The publications scoring at least {@link #MIN_SHARE} of the best for the text.
	 */
	Hits search(String text) {
		return search(current(), text);
	}

	static Hits search(Snapshot index, String text) {
		Map<String, Integer> counts = new HashMap<>();
		TextAnalyzer.terms(text).forEach((term) -> counts.merge(term, 1, Integer::sum));
		List<Map.Entry<Postings, Double>> terms = new ArrayList<>();
		counts.forEach((term, qtf) -> {
			Postings postings = index.terms().get(term);
			if (postings != null) {
				terms.add(Map.entry(postings, (K3 + 1) * qtf / (K3 + qtf) * postings.idf()));
			}
		});
		terms.sort(Map.Entry.<Postings, Double>comparingByValue().reversed());
		double[] accumulated = new double[index.docs().length];
		int[] touched = new int[16];
		int count = 0;
		for (Map.Entry<Postings, Double> term : terms.subList(0, Math.min(QUERY_TERMS, terms.size()))) {
			Postings postings = term.getKey();
			double weight = term.getValue();
			for (int i = 0; i < postings.docs().length; i++) {
				int doc = postings.docs()[i];
				if (accumulated[doc] == 0) {
					if (count == touched.length) {
						touched = Arrays.copyOf(touched, count * 2);
					}
					touched[count++] = doc;
				}
				accumulated[doc] += weight * postings.weights()[i];
			}
		}
		double best = 0;
		for (int i = 0; i < count; i++) {
			best = Math.max(best, accumulated[touched[i]]);
		}
		double floor = best * MIN_SHARE;
		// Sorted as primitive keys, best first and ties in index order (id order, so the
		// same answer whatever the database's): a short text of words every publication
		// shares can keep tens of thousands, and boxing them cost more than scoring.
		long[] keys = new long[count];
		int kept = 0;
		for (int i = 0; i < count; i++) {
			int doc = touched[i];
			if (accumulated[doc] >= floor && accumulated[doc] > 0) {
				long rank = Integer.MAX_VALUE - Float.floatToIntBits((float) accumulated[doc]);
				keys[kept++] = (rank << 32) | doc;
			}
		}
		Arrays.sort(keys, 0, kept);
		int[] docs = new int[kept];
		double[] scores = new double[kept];
		for (int i = 0; i < kept; i++) {
			docs[i] = (int) keys[i];
			scores[i] = accumulated[docs[i]];
		}
		return new Hits(index, docs, scores);
	}

	/**
	 * The index, built again first when the graph's publications changed.
	 */
	Snapshot current() {
		Snapshot index = this.snapshot;
		if (index != null) {
			Record row = stamp(index.stamp().since());
			if (!changed(index.stamp(), row)) {
				ZonedDateTime since = since(row, index.stamp().since());
				if (since.isAfter(index.stamp().since())) {
					// Entries about other things since: the next check starts nearer now,
					// so that it stays a seek over the few written meanwhile.
					Snapshot moved = new Snapshot(index.docs(), index.authors(), index.experts(), index.publications(),
							index.cites(), index.citedBy(), index.terms(), new Stamp(index.stamp().publications(),
									index.stamp().authored(), index.stamp().cites(), since, relevant(row)));
					this.snapshot = moved;
					return moved;
				}
				return index;
			}
		}
		return rebuild(index);
	}

	private synchronized Snapshot rebuild(@Nullable Snapshot seen) {
		Snapshot index = this.snapshot;
		if (index != null && index != seen && !changed(index.stamp(), stamp(index.stamp().since()))) {
			return index;
		}
		// The stamp is read before the data, so a change committed in between makes the
		// next search build again rather than be missed.
		List<Record> latest = this.reads.read(
				"MATCH (a:AuditEntry) WHERE a.at IS NOT NULL RETURN a.at AS latest ORDER BY a.at DESC LIMIT 1",
				Map.of());
		ZonedDateTime since = latest.isEmpty() ? EPOCH : latest.get(0).get("latest").asZonedDateTime().minus(MARGIN);
		Record row = stamp(since);
		Stamp stamp = new Stamp(row.get("publications").asLong(), row.get("authored").asLong(),
				row.get("cites").asLong(), since, relevant(row));
		List<Document> documents = new ArrayList<>();
		// Reading every publication is no user's query: it gets longer than the read
		// timeout that bounds those.
		for (Record doc : this.reads.read(this.queries.get("publication-index"), Map.of(), BUILD_TIMEOUT)) {
			documents.add(new Document(doc.get("id").asString(),
					String.join(" ", text(doc.get("title")), text(doc.get("titleEn"))),
					String.join(" ", text(doc.get("abstract")), text(doc.get("abstractEn"))),
					doc.get("authors").asList(Value::asString), doc.get("cites").asList(Value::asString)));
		}
		Snapshot built = build(documents, stamp);
		this.snapshot = built;
		return built;
	}

	private Record stamp(ZonedDateTime since) {
		return this.reads
			.read(this.queries.get("publication-index-stamp"),
					Map.of("since", since, "subjects", List.copyOf(SUBJECTS)))
			.get(0);
	}

	private static boolean changed(Stamp stamp, Record row) {
		if (row.get("publications").asLong() != stamp.publications() || row.get("authored").asLong() != stamp.authored()
				|| row.get("cites").asLong() != stamp.cites()) {
			return true;
		}
		return !stamp.seen().containsAll(relevant(row));
	}

	private static Set<String> relevant(Record row) {
		return Set.copyOf(row.get("relevant").asList(Value::asString));
	}

	// Where the next check starts: a margin before the latest entry, since an entry's
	// time is taken before its transaction commits, and one about a publication could
	// commit after a later one about something else.
	private static ZonedDateTime since(Record row, ZonedDateTime current) {
		Value latest = row.get("latest");
		if (latest.isNull()) {
			return current;
		}
		ZonedDateTime since = latest.asZonedDateTime().minus(MARGIN);
		return since.isAfter(current) ? since : current;
	}

	private static String text(Value value) {
		return value.isNull() ? "" : value.asString("");
	}

	/**
	 * A publication as the index reads it.
	 */
	record Document(String id, String title, String abstractText, List<String> authors, List<String> cites) {

	}

	static Snapshot build(List<Document> input, Stamp stamp) {
		List<Document> documents = new ArrayList<>(input);
		documents.sort(Comparator.comparing(Document::id));
		int n = documents.size();
		String[] ids = new String[n];
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < n; i++) {
			ids[i] = documents.get(i).id();
			position.put(ids[i], i);
		}
		Map<String, Integer> expertIndex = new HashMap<>();
		List<String> experts = new ArrayList<>();
		int[][] authors = new int[n][];
		List<List<Integer>> cites = new ArrayList<>();
		List<List<Integer>> citedBy = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			cites.add(new ArrayList<>());
			citedBy.add(new ArrayList<>());
		}
		List<Map<String, Integer>> titleCounts = new ArrayList<>();
		List<Map<String, Integer>> abstractCounts = new ArrayList<>();
		int[] titleLength = new int[n];
		int[] abstractLength = new int[n];
		double titleTotal = 0;
		double abstractTotal = 0;
		for (int i = 0; i < n; i++) {
			Document doc = documents.get(i);
			authors[i] = doc.authors()
				.stream()
				.distinct()
				.sorted()
				.mapToInt((id) -> expertIndex.computeIfAbsent(id, (key) -> {
					experts.add(key);
					return experts.size() - 1;
				}))
				.toArray();
			for (String cited : doc.cites()) {
				Integer target = position.get(cited);
				if (target != null && target != i && !cites.get(i).contains(target)) {
					cites.get(i).add(target);
					citedBy.get(target).add(i);
				}
			}
			List<String> title = TextAnalyzer.terms(doc.title());
			List<String> abstractTerms = TextAnalyzer.terms(doc.abstractText());
			titleLength[i] = title.size();
			abstractLength[i] = abstractTerms.size();
			titleTotal += title.size();
			abstractTotal += abstractTerms.size();
			titleCounts.add(counts(title));
			abstractCounts.add(counts(abstractTerms));
		}
		double titleAverage = Math.max(1, titleTotal / Math.max(1, n));
		double abstractAverage = Math.max(1, abstractTotal / Math.max(1, n));
		Map<String, List<float[]>> postings = new HashMap<>();
		for (int i = 0; i < n; i++) {
			double titleNorm = 1 - B + B * titleLength[i] / titleAverage;
			double abstractNorm = 1 - B + B * abstractLength[i] / abstractAverage;
			Map<String, Double> pseudo = new HashMap<>();
			titleCounts.get(i).forEach((term, tf) -> pseudo.merge(term, TITLE_WEIGHT * tf / titleNorm, Double::sum));
			abstractCounts.get(i).forEach((term, tf) -> pseudo.merge(term, tf / abstractNorm, Double::sum));
			int doc = i;
			pseudo.forEach((term, tf) -> postings.computeIfAbsent(term, (key) -> new ArrayList<>())
				.add(new float[] { doc, (float) (tf / (K1 + tf)) }));
		}
		Map<String, Postings> terms = new HashMap<>();
		postings.forEach((term, list) -> {
			int[] docs = new int[list.size()];
			float[] weights = new float[list.size()];
			for (int j = 0; j < list.size(); j++) {
				docs[j] = (int) list.get(j)[0];
				weights[j] = list.get(j)[1];
			}
			double df = docs.length;
			terms.put(term, new Postings(docs, weights, Math.log(1 + (n - df + 0.5) / (df + 0.5))));
		});
		int[] publications = new int[experts.size()];
		for (int[] byDoc : authors) {
			for (int expert : byDoc) {
				publications[expert]++;
			}
		}
		return new Snapshot(ids, authors, experts.toArray(String[]::new), publications, arrays(cites), arrays(citedBy),
				Map.copyOf(terms), stamp);
	}

	private static Map<String, Integer> counts(List<String> terms) {
		Map<String, Integer> counts = new HashMap<>();
		terms.forEach((term) -> counts.merge(term, 1, Integer::sum));
		return counts;
	}

	private static int[][] arrays(List<List<Integer>> lists) {
		return lists.stream()
			.map((list) -> list.stream().mapToInt(Integer::intValue).sorted().toArray())
			.toArray(int[][]::new);
	}

}
