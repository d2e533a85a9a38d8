package io.chaingraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The three baselines the service's text ranking is held against, computed in memory over
 * the same documents the service imported and asked the same queries. All share one plain
 * tokenizer (lower-cased Latin words, Chinese as character bigrams, the common English stop
 * words dropped), so that they differ from each other only in the model.
 * <ul>
 * <li><b>TF-IDF profile</b>: each author's documents concatenated into one profile, (1 +
 * ln tf) · ln(N / df) over profiles, ranked by cosine with the query;</li>
 * <li><b>voting</b>: documents scored by BM25 (k1 = 1.2, b = 0.75, one field), an author's
 * score the sum of the scores of all their documents (Votes / CombSUM);</li>
 * <li><b>PageRank</b>: personalised PageRank (damping 0.85, 30 iterations) over the whole
 * authorship and citation graph, undirected, restarting at the 100 best BM25 documents in
 * proportion to their scores; authors ranked by their rank.</li>
 * </ul>
 */
final class TextBaselines {

	private static final Set<String> STOP = Set.of("the", "of", "and", "in", "to", "a", "for", "is", "on", "with", "by",
			"we", "this", "that", "are", "from", "as", "an", "be", "our", "which", "it", "at", "or", "its");

	private final List<TopicCorpus.Document> documents;

	private final List<Map<String, Integer>> documentTerms = new ArrayList<>();

	private final int[] lengths;

	private final double averageLength;

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	private final Map<String, Map<String, Double>> profiles = new HashMap<>();

	private final Map<String, Double> profileNorms = new HashMap<>();

	private final Map<String, Integer> profileFrequency = new HashMap<>();

	// The walk's graph: documents first, then authors.
	private final Map<String, Integer> nodes = new HashMap<>();

	private final List<List<Integer>> neighbours = new ArrayList<>();

	TextBaselines(List<TopicCorpus.Document> documents) {
		this.documents = documents;
		this.lengths = new int[documents.size()];
		long total = 0;
		Map<String, Map<String, Integer>> profileCounts = new HashMap<>();
		for (int i = 0; i < documents.size(); i++) {
			List<String> terms = terms(documents.get(i).text());
			Map<String, Integer> counts = counts(terms);
			this.documentTerms.add(counts);
			this.lengths[i] = terms.size();
			total += terms.size();
			counts.keySet().forEach((term) -> this.documentFrequency.merge(term, 1, Integer::sum));
			for (String author : documents.get(i).authors()) {
				Map<String, Integer> profile = profileCounts.computeIfAbsent(author, (key) -> new HashMap<>());
				counts.forEach((term, tf) -> profile.merge(term, tf, Integer::sum));
			}
		}
		this.averageLength = Math.max(1, (double) total / Math.max(1, documents.size()));
		profileCounts.values().forEach((profile) -> profile.keySet()
			.forEach((term) -> this.profileFrequency.merge(term, 1, Integer::sum)));
		int profilesCount = profileCounts.size();
		profileCounts.forEach((author, counts) -> {
			Map<String, Double> vector = new HashMap<>();
			counts.forEach((term, tf) -> vector.put(term,
					(1 + Math.log(tf)) * Math.log((double) profilesCount / this.profileFrequency.get(term))));
			this.profiles.put(author, vector);
			this.profileNorms.put(author, Math.sqrt(vector.values().stream().mapToDouble((w) -> w * w).sum()));
		});
		for (int i = 0; i < documents.size(); i++) {
			node("p:" + documents.get(i).id());
		}
		for (int i = 0; i < documents.size(); i++) {
			TopicCorpus.Document document = documents.get(i);
			for (String author : document.authors()) {
				link(i, node("x:" + author));
			}
			for (String cited : document.cites()) {
				Integer target = this.nodes.get("p:" + cited);
				if (target != null) {
					link(i, target);
				}
			}
		}
	}

	List<String> tfidfProfile(String query, int first) {
		Map<String, Integer> counts = counts(terms(query));
		int profilesCount = this.profiles.size();
		Map<String, Double> vector = new HashMap<>();
		counts.forEach((term, tf) -> {
			Integer df = this.profileFrequency.get(term);
			if (df != null) {
				vector.put(term, (1 + Math.log(tf)) * Math.log((double) profilesCount / df));
			}
		});
		double norm = Math.sqrt(vector.values().stream().mapToDouble((w) -> w * w).sum());
		Map<String, Double> scores = new HashMap<>();
		this.profiles.forEach((author, profile) -> {
			double dot = 0;
			for (Map.Entry<String, Double> term : vector.entrySet()) {
				dot += term.getValue() * profile.getOrDefault(term.getKey(), 0.0);
			}
			double denominator = norm * this.profileNorms.get(author);
			if (dot > 0 && denominator > 0) {
				scores.put(author, dot / denominator);
			}
		});
		return top(scores, first);
	}

	List<String> voting(String query, int first) {
		double[] bm25 = bm25(query);
		Map<String, Double> scores = new HashMap<>();
		for (int i = 0; i < bm25.length; i++) {
			if (bm25[i] > 0) {
				for (String author : this.documents.get(i).authors()) {
					scores.merge(author, bm25[i], Double::sum);
				}
			}
		}
		return top(scores, first);
	}

	List<String> pageRank(String query, int first) {
		double[] bm25 = bm25(query);
		List<Integer> best = new ArrayList<>();
		for (int i = 0; i < bm25.length; i++) {
			if (bm25[i] > 0) {
				best.add(i);
			}
		}
		best.sort(Comparator.<Integer>comparingDouble((i) -> -bm25[i]).thenComparing((i) -> i));
		int size = this.neighbours.size();
		double[] restart = new double[size];
		double total = 0;
		for (int i : best.subList(0, Math.min(100, best.size()))) {
			restart[i] = bm25[i];
			total += bm25[i];
		}
		if (total == 0) {
			return List.of();
		}
		for (int i = 0; i < size; i++) {
			restart[i] /= total;
		}
		double[] rank = restart.clone();
		for (int iteration = 0; iteration < 30; iteration++) {
			double[] next = new double[size];
			for (int i = 0; i < size; i++) {
				next[i] += 0.15 * restart[i];
				List<Integer> list = this.neighbours.get(i);
				if (list.isEmpty()) {
					next[i] += 0.85 * rank[i];
					continue;
				}
				double share = 0.85 * rank[i] / list.size();
				for (int j : list) {
					next[j] += share;
				}
			}
			rank = next;
		}
		Map<String, Double> scores = new HashMap<>();
		for (Map.Entry<String, Integer> node : this.nodes.entrySet()) {
			if (node.getKey().startsWith("x:") && rank[node.getValue()] > 0) {
				scores.put(node.getKey().substring(2), rank[node.getValue()]);
			}
		}
		return top(scores, first);
	}

	private double[] bm25(String query) {
		double[] scores = new double[this.documents.size()];
		int n = this.documents.size();
		for (String term : counts(terms(query)).keySet()) {
			Integer df = this.documentFrequency.get(term);
			if (df == null) {
				continue;
			}
			double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
			for (int i = 0; i < n; i++) {
				Integer tf = this.documentTerms.get(i).get(term);
				if (tf != null) {
					double norm = 1.2 * (1 - 0.75 + 0.75 * this.lengths[i] / this.averageLength);
					scores[i] += idf * tf * 2.2 / (tf + norm);
				}
			}
		}
		return scores;
	}

	private int node(String key) {
		return this.nodes.computeIfAbsent(key, (k) -> {
			this.neighbours.add(new ArrayList<>());
			return this.neighbours.size() - 1;
		});
	}

	private void link(int a, int b) {
		if (a != b && !this.neighbours.get(a).contains(b)) {
			this.neighbours.get(a).add(b);
			this.neighbours.get(b).add(a);
		}
	}

	private static List<String> top(Map<String, Double> scores, int first) {
		return scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.limit(first)
			.map(Map.Entry::getKey)
			.toList();
	}

	static List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		String lower = text.toLowerCase(Locale.ROOT);
		for (int i = 0; i <= lower.length(); i++) {
			char c = (i < lower.length()) ? lower.charAt(i) : ' ';
			boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
			if (Character.isLetterOrDigit(c) && !han) {
				word.append(c);
				continue;
			}
			if (!word.isEmpty() && !STOP.contains(word.toString())) {
				terms.add(word.toString());
			}
			word.setLength(0);
			if (han && i + 1 < lower.length()
					&& Character.UnicodeScript.of(lower.charAt(i + 1)) == Character.UnicodeScript.HAN) {
				terms.add(lower.substring(i, i + 2));
			}
		}
		return terms;
	}

	private static Map<String, Integer> counts(List<String> terms) {
		Map<String, Integer> counts = new HashMap<>();
		terms.forEach((term) -> counts.merge(term, 1, Integer::sum));
		return counts;
	}

}
