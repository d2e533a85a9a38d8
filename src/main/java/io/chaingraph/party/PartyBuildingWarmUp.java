package io.chaingraph.party;

import java.util.List;
import java.util.Map;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.system.WarmUp;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * One chain's party building once, the explorer's party page: its statement joins a dozen
 * subqueries, and compiling them took seconds on a first visit after a start.
 */
@Component
class PartyBuildingWarmUp implements WarmUp {

	private final PartyBuildingController party;

	private final GraphReads reads;

	PartyBuildingWarmUp(PartyBuildingController party, GraphReads reads) {
		this.party = party;
		this.reads = reads;
	}

	@Override
	public boolean warmUp() {
		List<Record> rows = this.reads
			.read("MATCH (:PartyOrganization)-[:GUIDES]->(c:Chain) RETURN c.id AS chain LIMIT 1", Map.of());
		if (rows.isEmpty()) {
			return false;
		}
		this.party.partyBuilding(rows.get(0).get("chain").asString());
		return true;
	}

}
