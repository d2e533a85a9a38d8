package io.chaingraph.demand;

import java.util.List;
import java.util.Map;

import io.chaingraph.system.error.BadRequestException;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Which chain committee may dispatch a demand. A demand is on the chains of the
 * enterprise that raised it: those it leads ({@code LEADS}) and those it works in a
 * segment of ({@code OPERATES_IN} a segment the chain {@code HAS_SEGMENT}), the same
 * chains {@code demands(where: {onChain})} finds it on. A chain committee's chains are
 * the ones it {@code GUIDES}. The committee may dispatch the demand when the two share a
 * chain. The technologies a demand concerns do not decide: they say what is needed, not
 * whose demand it is, and many belong to no chain.
 */
final class DemandChains {

	private DemandChains() {
	}

	/**
	 * Refuses, as BAD_REQUEST, a committee that guides none of the demand's chains. Run
	 * under the demand's lock, with the committee known to be a chain committee.
	 */
	static void requireCommitteeOf(TransactionContext tx, String demand, String committee) {
		List<String> chains = ids(tx, """
				MATCH (e:Enterprise)-[:RAISED]->(:Demand {id: $id})
				UNWIND [(e)-[:LEADS]->(c:Chain) | c.id]
				  + [(e)-[:OPERATES_IN]->(:Segment)<-[:HAS_SEGMENT]-(c:Chain) | c.id] AS id
				WITH DISTINCT id ORDER BY id
				RETURN collect(id) AS ids""", demand);
		if (chains.isEmpty()) {
			throw new BadRequestException(DemandErrors.ON_NO_CHAIN, demand);
		}
		List<String> guided = ids(tx, """
				MATCH (:PartyOrganization {id: $id})-[:GUIDES]->(c:Chain)
				WITH DISTINCT c.id AS id ORDER BY id
				RETURN collect(id) AS ids""", committee);
		if (guided.stream().noneMatch(chains::contains)) {
			throw new BadRequestException(DemandErrors.COMMITTEE_OF_OTHER_CHAIN, committee, guided, demand, chains);
		}
	}

	private static List<String> ids(TransactionContext tx, String cypher, String id) {
		return tx.run(cypher, Map.of("id", id)).single().get("ids").asList(Value::asString);
	}

}
