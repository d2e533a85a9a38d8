package io.chaingraph.chain;

import java.util.List;
import java.util.Map;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.system.WarmUp;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * One chain's map and the talent gaps once, the explorer's chain page: their statements
 * are the longest of the chain package's.
 */
@Component
class ChainMapWarmUp implements WarmUp {

	private final ChainMapController chains;

	private final GraphReads reads;

	ChainMapWarmUp(ChainMapController chains, GraphReads reads) {
		this.chains = chains;
		this.reads = reads;
	}

	@Override
	public boolean warmUp() {
		List<Record> rows = this.reads.read("MATCH (c:Chain)-[:HAS_SEGMENT]->() RETURN c.id AS chain LIMIT 1",
				Map.of());
		if (rows.isEmpty()) {
			return false;
		}
		String chain = rows.get(0).get("chain").asString();
		this.chains.chainMap(chain, 1);
		this.chains.talentGaps(chain, 10);
		return true;
	}

}
