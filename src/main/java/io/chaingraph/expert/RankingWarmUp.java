package io.chaingraph.expert;

import java.util.List;
import java.util.Map;

import io.chaingraph.graph.GraphReads;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Runs one ranking by technology and one by text when the service is ready, in the
 * background, so that Cypher's plans for the ranking's statements are compiled before the
 * first user asks: compiling them took 1 to 4 s, which the first expertsFor paid.
 */
@Component
class RankingWarmUp implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(RankingWarmUp.class);

	private final ExpertRanking ranking;

	private final GraphReads reads;

	private final boolean enabled;

	RankingWarmUp(ExpertRanking ranking, GraphReads reads,
			@Value("${chaingraph.matching.warm-up:true}") boolean enabled) {
		this.ranking = ranking;
		this.reads = reads;
		this.enabled = enabled;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!this.enabled) {
			return;
		}
		Thread thread = new Thread(this::warmUp, "ranking-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Ranks once by technology and once by text; false when there was nothing to rank or
	 * the database could not be read.
	 */
	boolean warmUp() {
		long start = System.nanoTime();
		try {
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
			this.ranking.rank(chain, null, row.get("name").asString(technology), false,
					row.get("enterprise").asString(), 10);
			logger.debug("Ranking plans compiled in %d ms".formatted((System.nanoTime() - start) / 1_000_000));
			return true;
		}
		catch (RuntimeException ex) {
			// A database that is away or empty leaves nothing to warm; the first request
			// compiles the plans instead.
			logger.debug("Ranking warm-up skipped: " + ex.getMessage());
			return false;
		}
	}

}
