package io.chaingraph.expert;

import java.util.List;
import java.util.Map;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.system.WarmUp;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * Ranks once by technology and once by text, so that the plans of the ranking's
 * statements are compiled before the first user asks: compiling them took 1 to 4 s, which
 * the first expertsFor paid.
 */
@Component
class RankingWarmUp implements WarmUp {

	private final ExpertRanking ranking;

	private final GraphReads reads;

	RankingWarmUp(ExpertRanking ranking, GraphReads reads) {
		this.ranking = ranking;
		this.reads = reads;
	}

	/**
	 * Ranks once by technology and once by text; false when there was nothing to rank.
	 */
	@Override
	public boolean warmUp() {
		List<Record> rows = this.reads.read("""
				MATCH (c:Chain)-[:HAS_SEGMENT]->(:Segment)<-[:BOTTLENECK_OF]-(t:Technology)
				MATCH (e:Enterprise)
				RETURN t.id AS technology, t.name AS name, c.id AS chain, e.id AS enterprise LIMIT 1""", Map.of());
		if (rows.isEmpty()) {
			return false;
		}
		Record row = rows.get(0);
		String chain = row.get("chain").asString();
		String technology = row.get("technology").asString();
		this.ranking.rank(chain, technology, null, true, null, 10);
		this.ranking.rank(chain, null, row.get("name").asString(technology), false, row.get("enterprise").asString(),
				10);
		return true;
	}

}
