package io.chaingraph.expert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.GraphReads;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * How well expertsFor finds experts it was not told about. For every technology that some
 * expert declares at level 3 or above, those experts are the relevant answers; the
 * ranking is then asked for that technology with every declared expertise hidden, so that
 * it must rely on publications and the graph alone. Reports mean average precision (MAP)
 * and precision at 10 (P@10) over the technologies, and the same for a ranking that knows
 * nothing (the relevant share of candidates), as the floor to beat.
 */
@Component
public class RankingEvaluation {

	private final ExpertRanking ranking;

	private final GraphReads reads;

	RankingEvaluation(ExpertRanking ranking, GraphReads reads) {
		this.ranking = ranking;
		this.reads = reads;
	}

	/**
	 * @param technologies how many technologies were asked about
	 * @param map mean average precision of expertsFor
	 * @param precisionAt10 mean precision at 10
	 * @param chanceMap the share of relevant experts among all experts, averaged: MAP by
	 * chance
	 */
	public record Quality(int technologies, double map, double precisionAt10, double chanceMap) {

	}

	public Quality evaluate() {
		long experts = this.reads.read("MATCH (x:Expert) RETURN count(x) AS n", Map.of()).get(0).get("n").asLong();
		List<Map.Entry<String, Set<String>>> labelled = new ArrayList<>();
		this.reads.read("""
				MATCH (x:Expert)-[k:EXPERT_IN]->(t:Technology)
				WHERE k.level >= 3
				WITH t, collect(x.id) AS experts ORDER BY t.id
				RETURN t.id AS technology, experts""", Map.of())
			.forEach((row) -> labelled.add(Map.entry(row.get("technology").asString(),
					new HashSet<>(row.get("experts").asList(Value::asString)))));
		double map = 0;
		double p10 = 0;
		double chance = 0;
		for (Map.Entry<String, Set<String>> entry : labelled) {
			List<String> ranked = this.ranking.rank(null, entry.getKey(), null, false, null, 100, true)
				.matches()
				.stream()
				.map((match) -> (String) match.expert().get("id"))
				.toList();
			map += averagePrecision(ranked, entry.getValue());
			p10 += ranked.stream().limit(10).filter(entry.getValue()::contains).count() / 10.0;
			chance += (double) entry.getValue().size() / experts;
		}
		int n = Math.max(1, labelled.size());
		return new Quality(labelled.size(), map / n, p10 / n, chance / n);
	}

	static double averagePrecision(List<String> ranked, Set<String> relevant) {
		double sum = 0;
		int hits = 0;
		for (int i = 0; i < ranked.size(); i++) {
			if (relevant.contains(ranked.get(i))) {
				hits++;
				sum += (double) hits / (i + 1);
			}
		}
		return relevant.isEmpty() ? 0 : sum / relevant.size();
	}

}
