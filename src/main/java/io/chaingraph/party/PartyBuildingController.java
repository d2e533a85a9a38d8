package io.chaingraph.party;

import java.util.List;
import java.util.Map;

import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.system.error.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.partyBuilding}: one statement,
 * {@code cypher/queries/party-building.cypher}, through {@link GraphReads}.
 */
@Controller
class PartyBuildingController {

	private final GraphReads reads;

	private final CypherQueries queries;

	PartyBuildingController(GraphReads reads, CypherQueries queries) {
		this.reads = reads;
		this.queries = queries;
	}

	@QueryMapping
	PartyBuilding partyBuilding(@Argument String chain) {
		List<Record> rows = this.reads.read(this.queries.get("party-building"), Map.of("chain", chain));
		if (rows.isEmpty()) {
			throw new NotFoundException(GraphErrors.NO_CHAIN, chain);
		}
		Record row = rows.get(0);
		List<Map<String, Object>> guiding = row.get("guiding").asList(PartyBuildingController::node);
		int enterprises = row.get("enterprises").asInt();
		int withOrganization = row.get("withOrganization").asInt();
		List<PartyBuilding.MemberPartyOrganization> members = row.get("members")
			.asList((member) -> new PartyBuilding.MemberPartyOrganization(node(member.get("organization")),
					member.get("hosts").asList(PartyBuildingController::node), member.get("hostOnChain").asBoolean(),
					member.get("linked").asBoolean()));
		List<PartyBuilding.PartyPairing> pairings = row.get("pairings")
			.asList((pairing) -> new PartyBuilding.PartyPairing(node(pairing.get("from")), node(pairing.get("to")),
					pairing.get("since").isNull() ? null : pairing.get("since").asObject().toString()));
		List<PartyBuilding.ChainDemand> items = row.get("demands")
			.asList((demand) -> new PartyBuilding.ChainDemand(node(demand), demand.get("raisedOnChain").asBoolean(),
					demand.get("dispatchedHere").asBoolean()));
		PartyBuilding.ChainCommitteeDemands demands = new PartyBuilding.ChainCommitteeDemands(row.get("raised").asInt(),
				row.get("dispatched").asInt(), row.get("accepted").asInt(), row.get("resolved").asInt(), items);
		return new PartyBuilding(node(row.get("chain")), ofKind(guiding, "GUIDANCE_COMMITTEE"),
				ofKind(guiding, "CHAIN_COMMITTEE"), ofKind(guiding, "GUIDANCE_STATION"), enterprises, withOrganization,
				(enterprises == 0) ? null : (double) withOrganization / enterprises, members, pairings, demands,
				row.get("reported").asList(PartyBuildingController::node),
				row.get("province").asList(PartyBuildingController::node));
	}

	private static List<Map<String, Object>> ofKind(List<Map<String, Object>> organizations, String kind) {
		return organizations.stream().filter((organization) -> kind.equals(organization.get("kind"))).toList();
	}

	// The query projects nodes as maps that carry their labels, and demands their place
	// on the chain besides.
	private static Map<String, Object> node(Value projection) {
		return GraphReads.projected(projection, "raisedOnChain", "dispatchedHere");
	}

}
