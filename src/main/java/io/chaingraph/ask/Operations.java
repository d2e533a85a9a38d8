package io.chaingraph.ask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The named queries a reading runs, as documents a developer can paste into GraphiQL:
 * each selects what its answer page shows; the asker's own selection of
 * {@code Answer.result} reads the same typed result further.
 */
final class Operations {

	private static final String EXPERTS = """
			query AskExpertsFor($chain: ID, $technology: ID, $query: String, $city: ID, $academicianOnly: Boolean, $excludeConflictsWith: ID, $first: Int) {
			  expertsFor(chain: $chain, technology: $technology, query: $query, city: $city, academicianOnly: $academicianOnly, excludeConflictsWith: $excludeConflictsWith, first: $first) {
			    matches { expert { id name nameEn academician } title score }
			    excluded
			    notes { code message }
			  }
			}""";

	private static final String TEAMS = """
			query AskTeamsFor($challenge: ID!, $first: Int) {
			  teamsFor(challenge: $challenge, first: $first) {
			    members { role expert { id name nameEn } }
			    coverageValue
			    communicationCost
			    objective
			    explanation
			  }
			}""";

	private static final String CHAIN_MAP = """
			query AskChainMap($chain: ID!) {
			  chainMap(chain: $chain) {
			    chain { id name nameEn }
			    gaps { position enterpriseCount segment { id name nameEn } }
			    segments { position enterpriseCount gap segment { id name nameEn } }
			  }
			}""";

	private static final String TALENT_GAPS = """
			query AskTalentGaps($chain: ID, $first: Int) {
			  talentGaps(chain: $chain, first: $first) {
			    technology { id name nameEn }
			    severity
			    demand
			    supply
			    shortage
			  }
			}""";

	private static final String CONNECTION = """
			query AskConnection($from: ID!, $to: ID!) {
			  connection(from: $from, to: $to) {
			    length
			    nodes { id name nameEn labels }
			    relationships { type from to }
			  }
			}""";

	private static final String LEADERS = """
			query AskChainLeaders($chain: ID!) {
			  chain(id: $chain) {
			    id
			    name
			    nameEn
			    leaders { totalCount edges { node { id name nameEn city } } }
			  }
			}""";

	private static final String CHAIN_CONSORTIA = """
			query AskChainConsortia($chain: ID!) {
			  chain(id: $chain) {
			    id
			    name
			    nameEn
			    consortia {
			      edges { node { id name nameEn advisers { edges { role node { id name nameEn academician } } } } }
			    }
			  }
			}""";

	private static final String CONSORTIUM = """
			query AskConsortium($consortium: ID!) {
			  consortium(id: $consortium) {
			    id
			    name
			    nameEn
			    chains { edges { node { id name nameEn } } }
			    members { totalCount }
			    advisers { edges { role node { id name nameEn academician } } }
			  }
			}""";

	private static final String STATISTICS = """
			query AskStatistics($chain: ID, $consortium: ID) {
			  statistics(chain: $chain, consortium: $consortium) {
			    chains pilotChains keyChains consortia enterprises chainLeaders institutes universities
			    experts academicians technologies bottlenecks
			    challengesByStatus { status count }
			    demandsByStatus { status count }
			  }
			}""";

	private static final String CHALLENGES = """
			query AskChallenges($where: ChallengeWhere, $first: Int) {
			  challenges(where: $where, first: $first) {
			    totalCount
			    edges { node { id name nameEn mode status deadline budget } }
			  }
			}""";

	private static final String DEMANDS = """
			query AskDemands($where: DemandWhere, $first: Int) {
			  demands(where: $where, first: $first) {
			    totalCount
			    edges { node { id name nameEn kind status raisedAt } }
			  }
			}""";

	private static final String PARTY_BUILDING = """
			query AskPartyBuilding($chain: ID!) {
			  partyBuilding(chain: $chain) {
			    chain { id name nameEn }
			    enterprises
			    enterprisesWithOrganization
			    organizationShare
			    guidanceCommittees { id name nameEn }
			    chainCommittees { id name nameEn }
			    demands { raised dispatched accepted resolved }
			  }
			}""";

	private Operations() {
	}

	/**
	 * The operation of a reading, or null when an argument it needs is missing.
	 */
	static @Nullable AskOperation of(QuestionType type, List<AskEntity> entities, AskFilters filters) {
		Map<String, Object> values = new LinkedHashMap<>();
		String chain = id(entities, AskEntity.Role.CHAIN);
		return switch (type) {
			case EXPERTS -> {
				String technology = id(entities, AskEntity.Role.TECHNOLOGY);
				if (chain == null && technology == null) {
					yield null;
				}
				// A chain alone ("有机硅产业链有哪些院士？") is asked as the chain alone:
				// expertsFor then ranks for the chain's bottleneck technologies.
				put(values, "chain", chain);
				put(values, "technology", technology);
				put(values, "city", filters.city());
				if (filters.academicianOnly()) {
					values.put("academicianOnly", true);
				}
				put(values, "excludeConflictsWith", filters.excludeConflictsWith());
				put(values, "first", filters.first());
				yield new AskOperation("AskExpertsFor", "expertsFor", EXPERTS, values);
			}
			case TEAMS -> {
				String challenge = id(entities, AskEntity.Role.CHALLENGE);
				if (challenge == null) {
					yield null;
				}
				values.put("challenge", challenge);
				put(values, "first", filters.first());
				yield new AskOperation("AskTeamsFor", "teamsFor", TEAMS, values);
			}
			case CHAIN_MAP ->
				(chain == null) ? null : new AskOperation("AskChainMap", "chainMap", CHAIN_MAP, Map.of("chain", chain));
			case TALENT_GAPS -> {
				put(values, "chain", chain);
				put(values, "first", filters.first());
				yield new AskOperation("AskTalentGaps", "talentGaps", TALENT_GAPS, values);
			}
			case CONNECTION -> {
				String from = id(entities, AskEntity.Role.FROM);
				String to = id(entities, AskEntity.Role.TO);
				yield (from == null || to == null) ? null
						: new AskOperation("AskConnection", "connection", CONNECTION, Map.of("from", from, "to", to));
			}
			case CHAIN_LEADERS ->
				(chain == null) ? null : new AskOperation("AskChainLeaders", "chain", LEADERS, Map.of("chain", chain));
			case CONSORTIA -> {
				String consortium = id(entities, AskEntity.Role.CONSORTIUM);
				if (consortium != null) {
					yield new AskOperation("AskConsortium", "consortium", CONSORTIUM, Map.of("consortium", consortium));
				}
				yield (chain == null) ? null
						: new AskOperation("AskChainConsortia", "chain", CHAIN_CONSORTIA, Map.of("chain", chain));
			}
			case STATISTICS -> {
				put(values, "chain", chain);
				put(values, "consortium", id(entities, AskEntity.Role.CONSORTIUM));
				yield new AskOperation("AskStatistics", "statistics", STATISTICS, values);
			}
			case CHALLENGES -> {
				if (chain == null) {
					yield null;
				}
				Map<String, Object> where = new LinkedHashMap<>();
				if (!filters.statuses().isEmpty()) {
					where.put("status_in", filters.statuses());
				}
				where.put("related", List.of(Map.of("relationship", "ON_CHAIN", "id", chain)));
				values.put("where", where);
				put(values, "first", filters.first());
				yield new AskOperation("AskChallenges", "challenges", CHALLENGES, values);
			}
			case DEMANDS -> {
				String enterprise = id(entities, AskEntity.Role.ENTERPRISE);
				Map<String, Object> where = new LinkedHashMap<>();
				if (!filters.statuses().isEmpty()) {
					where.put("status_in", filters.statuses());
				}
				if (enterprise != null) {
					where.put("related",
							List.of(Map.of("relationship", "RAISED", "direction", "IN", "id", enterprise)));
				}
				else if (chain != null) {
					where.put("onChain", chain);
				}
				else {
					yield null;
				}
				values.put("where", where);
				put(values, "first", filters.first());
				yield new AskOperation("AskDemands", "demands", DEMANDS, values);
			}
			case PARTY_BUILDING -> (chain == null) ? null
					: new AskOperation("AskPartyBuilding", "partyBuilding", PARTY_BUILDING, Map.of("chain", chain));
		};
	}

	private static void put(Map<String, Object> values, String name, @Nullable Object value) {
		if (value != null) {
			values.put(name, value);
		}
	}

	static @Nullable String id(List<AskEntity> entities, AskEntity.Role role) {
		return entities.stream().filter((entity) -> entity.role() == role).map(AskEntity::id).findFirst().orElse(null);
	}

}
