package io.chaingraph.expert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expert scores from publication scores: a voting model (CombSUM over normalised scores,
 * Macdonald and Ounis 2006), in which each of an expert's publications that matched votes
 * with its score relative to the best match, s<sub>d</sub> / s<sub>max</sub>, and only
 * the expert's {@value #PER_EXPERT} best publications vote. Normalising by the best match
 * keeps the scale the same whatever the query's length; the cap keeps a prolific author's
 * many weak matches from outvoting a specialist's few strong ones, the failure of the
 * summed full-text scores before.
 *
 * @param scores per expert index of the index, the sum of votes (0 for those with none)
 * @param best per expert index, the publications that voted, best first (null for none)
 */
record TextEvidence(double[] scores, int[][] best) {

	static final int PER_EXPERT = 10;

	static TextEvidence of(PublicationIndex.Hits hits) {
		int experts = hits.index().experts().length;
		double[] scores = new double[experts];
		int[] counts = new int[experts];
		Map<Integer, List<Integer>> voted = new HashMap<>();
		double top = hits.best();
		if (top <= 0) {
			return new TextEvidence(scores, new int[experts][]);
		}
		for (int i = 0; i < hits.docs().length; i++) {
			int doc = hits.docs()[i];
			double vote = hits.scores()[i] / top;
			for (int expert : hits.index().authors()[doc]) {
				if (counts[expert] < PER_EXPERT) {
					counts[expert]++;
					scores[expert] += vote / Math.sqrt(Math.max(1, hits.index().publications()[expert]));
					voted.computeIfAbsent(expert, (key) -> new ArrayList<>()).add(doc);
				}
			}
		}
		int[][] docs = new int[experts][];
		voted.forEach((expert, list) -> docs[expert] = list.stream().mapToInt(Integer::intValue).toArray());
		return new TextEvidence(scores, docs);
	}

}
