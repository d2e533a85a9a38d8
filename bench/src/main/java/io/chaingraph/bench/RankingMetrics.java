package io.chaingraph.bench;

import java.util.List;
import java.util.Set;

/**
 * Ranking metrics with binary relevance, over one ranked list of ids and the set of
 * relevant ids (TREC's definitions).
 */
final class RankingMetrics {

	private RankingMetrics() {
	}

	/**
	 * Average precision: the mean, over every relevant id, of the precision at its rank
	 * (0 for those not ranked).
	 */
	static double averagePrecision(List<String> ranked, Set<String> relevant) {
		if (relevant.isEmpty()) {
			return 0;
		}
		double sum = 0;
		int hits = 0;
		for (int i = 0; i < ranked.size(); i++) {
			if (relevant.contains(ranked.get(i))) {
				hits++;
				sum += (double) hits / (i + 1);
			}
		}
		return sum / relevant.size();
	}

	/**
	 * The share of the first k that are relevant (a list shorter than k counts the missing
	 * ranks as misses).
	 */
	static double precisionAt(int k, List<String> ranked, Set<String> relevant) {
		return ranked.stream().limit(k).filter(relevant::contains).count() / (double) k;
	}

	/**
	 * The share of the relevant ids among the first k.
	 */
	static double recallAt(int k, List<String> ranked, Set<String> relevant) {
		if (relevant.isEmpty()) {
			return 0;
		}
		return ranked.stream().limit(k).filter(relevant::contains).count() / (double) relevant.size();
	}

	/**
	 * Normalised discounted cumulative gain at k, gain 1 for a relevant id, discount
	 * 1 / log2(rank + 1), divided by the best possible for this many relevant ids.
	 */
	static double ndcgAt(int k, List<String> ranked, Set<String> relevant) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranked.size()); i++) {
			if (relevant.contains(ranked.get(i))) {
				dcg += 1 / log2(i + 2);
			}
		}
		double ideal = 0;
		for (int i = 0; i < Math.min(k, relevant.size()); i++) {
			ideal += 1 / log2(i + 2);
		}
		return (ideal == 0) ? 0 : dcg / ideal;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
