package io.chaingraph.challenge;

import java.util.List;

import io.chaingraph.GraphAssertions;

/**
 * What the challenge tests share: removing the challenges a test class posted, and
 * finding experts in a technology who are none of a consortium poster's people, so that
 * the rules let them apply.
 */
final class TestChallenges {

	private TestChallenges() {
	}

	/**
	 * Deletes the challenges whose id starts with {@code prefix}, their teams and
	 * history.
	 */
	static void remove(GraphAssertions graph, String prefix) {
		graph.run("""
				MATCH (c:Challenge) WHERE c.id STARTS WITH $prefix
				OPTIONAL MATCH (t:Team)-[:APPLIED_TO]->(c)
				OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE c, t, s""", "prefix", prefix);
		graph.run("MATCH (x:Expert) WHERE x.id STARTS WITH 'test_free_expert_' DETACH DELETE x");
	}

	/**
	 * {@code count} synthetic experts (level 3 in tech_led_micro and tech_led_yellow)
	 * with no affiliation, committee seat or publication, so no conflict of interest with
	 * any poster; {@link #remove} deletes them. Every seeded expert in tech_led_micro
	 * sits on cons_led's advisory committee.
	 */
	static List<String> freeExperts(GraphAssertions graph, int count) {
		graph.run("""
				UNWIND range(1, $count) AS i
				WITH 'test_free_expert_' + i AS id, i
				MERGE (x:Expert {id: id})
				SET x.name = '合成无冲突测试专家-' + i, x.nameEn = 'Synthetic conflict-free test expert ' + i, x.synthetic = true
				WITH x
				MATCH (t:Technology) WHERE t.id IN ['tech_led_micro', 'tech_led_yellow']
				MERGE (x)-[k:EXPERT_IN]->(t) SET k.level = 3""", "count", count);
		return graph.strings("""
				MATCH (x:Expert) WHERE x.id STARTS WITH 'test_free_expert_'
				WITH x ORDER BY x.id RETURN collect(x.id) AS values""");
	}

	/**
	 * Up to {@code count} experts in {@code technology}, by id, neither affiliated with a
	 * LEAD member of {@code poster} nor chairing its advisory committee.
	 */
	static List<String> expertsOutside(GraphAssertions graph, String poster, String technology, int count) {
		return graph.strings("""
				MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: $technology})
				WHERE NOT EXISTS { (x)-[:AFFILIATED_WITH]->()-[:MEMBER_OF {role: 'LEAD'}]->(:Consortium {id: $poster}) }
				  AND NOT EXISTS { (x)-[:ADVISES {role: 'CHAIR'}]->(:Consortium {id: $poster}) }
				WITH x ORDER BY x.id LIMIT $count RETURN collect(x.id) AS values""", "technology", technology, "poster",
				poster, "count", count);
	}

}
