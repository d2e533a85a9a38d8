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
	Map<String, Object> chainMap(@Argument String chain, @Argument int gapThreshold) {
		if (gapThreshold < 0) {
			throw new BadRequestException(ChainErrors.NEGATIVE_GAP_THRESHOLD, gapThreshold);
		}
		List<Record> rows = this.reads.read(this.queries.get("chain-map"), Map.of("chain", chain));
		if (rows.isEmpty()) {
			throw new NotFoundException(GraphErrors.NO_CHAIN, chain);
		}
		Record row = rows.get(0);
		List<Map<String, Object>> segments = new ArrayList<>();
		for (Value segment : row.get("segments").values()) {
			List<Map<String, Object>> enterprises = segment.get("enterprises")
				.asList((enterprise) -> Map.of("enterprise", node(enterprise), "chainLeader",
						enterprise.get("leadsThisChain").asBoolean()));
			Map<String, Object> map = new HashMap<>();
			map.put("segment", node(segment.get("segment")));
			map.put("position", segment.get("segment").get("position").asInt(0));
			map.put("enterprises", enterprises);
			map.put("enterpriseCount", enterprises.size());
			map.put("bottlenecks", bottlenecks(segment.get("bottlenecks")));
			map.put("gap", enterprises.size() < gapThreshold);
			segments.add(map);
		}
		Map<String, Object> map = new HashMap<>();
		map.put("chain", node(row.get("chain")));
		map.put("segments", segments);
		map.put("gaps", segments.stream().filter((segment) -> (Boolean) segment.get("gap")).toList());
		map.put("consortia", row.get("consortia").asList(ChainMapController::node));
		map.put("bottlenecks", bottlenecks(row.get("bottlenecks")));
		return map;
	}

	@QueryMapping
	List<Map<String, Object>> talentGaps(@Argument @Nullable String chain, @Argument int first) {
		NodePages.checkFirst(first);
		Map<String, Object> params = new HashMap<>();
		params.put("chain", chain);
		params.put("limit", first);
		if (chain != null && this.reads.read("MATCH (c:Chain {id: $chain}) RETURN c.id", params).isEmpty()) {
			throw new NotFoundException(GraphErrors.NO_CHAIN, chain);
		}
		return this.reads.read(this.queries.get("talent-gaps"), params).stream().map((gap) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("technology", node(gap.get("technology")));
			map.put("chains", gap.get("chainIds").asList(Value::asString));
			map.put("severity", gap.get("severity").asInt(0));
			map.put("openChallenges", gap.get("openChallenges").asInt());
			map.put("openDemands", gap.get("openDemands").asInt());
			map.put("demand", gap.get("demand").asInt());
			map.put("supply", gap.get("supply").asInt());
			map.put("shortage", gap.get("shortage").asDouble());
			return map;
		}).toList();
	}

	private static List<Map<String, Object>> bottlenecks(Value list) {
		return list.asList((bottleneck) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("technology", node(bottleneck.get("technology")));
			map.put("severity", bottleneck.get("severity").isNull() ? null : bottleneck.get("severity").asInt());
			return map;
		});
	}

	// The queries project nodes as maps that already carry their labels.
	private static Map<String, Object> node(Value projection) {
		return GraphReads.projected(projection, "leadsThisChain");
	}

}
