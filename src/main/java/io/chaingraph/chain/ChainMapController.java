package io.chaingraph.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodePages;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.system.error.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.chainMap} and {@code Query.talentGaps}: where a chain is thin, in
 * enterprises and in experts.
 */
@Controller
class ChainMapController {

	private final GraphReads reads;

	private final CypherQueries queries;

	ChainMapController(GraphReads reads, CypherQueries queries) {
		this.reads = reads;
		this.queries = queries;
	}

	@QueryMapping
	ChainMap chainMap(@Argument String chain, @Argument int gapThreshold) {
		if (gapThreshold < 0) {
			throw new BadRequestException(ChainErrors.NEGATIVE_GAP_THRESHOLD, gapThreshold);
		}
		List<Record> rows = this.reads.read(this.queries.get("chain-map"), Map.of("chain", chain));
		if (rows.isEmpty()) {
			throw new NotFoundException(GraphErrors.NO_CHAIN, chain);
		}
		Record row = rows.get(0);
		List<ChainMapSegment> segments = new ArrayList<>();
		for (Value segment : row.get("segments").values()) {
			List<ChainMapEnterprise> enterprises = segment.get("enterprises")
				.asList((enterprise) -> new ChainMapEnterprise(node(enterprise),
						enterprise.get("leadsThisChain").asBoolean()));
			segments.add(new ChainMapSegment(node(segment.get("segment")),
					segment.get("segment").get("position").asInt(0), enterprises, enterprises.size(),
					bottlenecks(segment.get("bottlenecks")), enterprises.size() < gapThreshold));
		}
		return new ChainMap(node(row.get("chain")), segments, segments.stream().filter(ChainMapSegment::gap).toList(),
				row.get("consortia").asList(ChainMapController::node), bottlenecks(row.get("bottlenecks")));
	}

	@QueryMapping
	List<TalentGap> talentGaps(@Argument @Nullable String chain, @Argument int first) {
		NodePages.checkFirst(first);
		Map<String, Object> params = new HashMap<>();
		params.put("chain", chain);
		params.put("limit", first);
		if (chain != null && this.reads.read("MATCH (c:Chain {id: $chain}) RETURN c.id", params).isEmpty()) {
			throw new NotFoundException(GraphErrors.NO_CHAIN, chain);
		}
		return this.reads.read(this.queries.get("talent-gaps"), params)
			.stream()
			.map((gap) -> new TalentGap(node(gap.get("technology")), gap.get("chainIds").asList(Value::asString),
					gap.get("severity").asInt(0), gap.get("openChallenges").asInt(), gap.get("openDemands").asInt(),
					gap.get("demand").asInt(), gap.get("supply").asInt(), gap.get("shortage").asDouble()))
			.toList();
	}

	private static List<ChainMapBottleneck> bottlenecks(Value list) {
		return list.asList((bottleneck) -> new ChainMapBottleneck(node(bottleneck.get("technology")),
				bottleneck.get("severity").isNull() ? null : bottleneck.get("severity").asInt()));
	}

	// The queries project nodes as maps that already carry their labels.
	private static Map<String, Object> node(Value projection) {
		return GraphReads.projected(projection, "leadsThisChain");
	}

}
