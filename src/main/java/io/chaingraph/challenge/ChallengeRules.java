package io.chaingraph.challenge;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.expert.ConflictsOfInterest;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The rules of posting and applying that read the graph, each run inside the move's
 * transaction after the challenge's lock, so that two concurrent applications decide one
 * after the other.
 * <ul>
 * <li>A technology is <em>on a chain</em> when it, or a broader technology it is part of
 * ({@code PART_OF*}), is a bottleneck ({@code BOTTLENECK_OF}) of the chain, of one of its
 * segments, or of a chain below it ({@code SUB_CHAIN_OF*}). Other challenges and demands
 * do not count: a misplaced one would vouch for the next.</li>
 * <li>The <em>poster's people</em>: for an enterprise, itself, the institutes it hosts
 * and the experts affiliated with either; for a consortium, itself, its lead members
 * ({@code MEMBER_OF {role: 'LEAD'}}), the experts affiliated with them, and the chairs of
 * its expert committee ({@code ADVISES {role: 'CHAIR'}}). A consortium posts for its
 * chain, so its ordinary members may apply.</li>
 * <li>A team applies once: the same set of members, whatever their roles, may not apply
 * to a challenge twice.</li>
 * <li>In a horse race a person (an expert) is a member of at most one competing team; the
 * second application is refused.</li>
 * <li>No member has a conflict of interest with the challenge that bars an applicant
 * ({@link ConflictsOfInterest}): besides the poster's people, their co-authors within
 * {@code chaingraph.matching.coauthor-years}, and a competing team's members. The
 * committee's ordinary members and the consortium's ordinary members' experts may apply;
 * they may not judge (expertsFor leaves them out).</li>
 * </ul>
 */
final class ChallengeRules {

	private ChallengeRules() {
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	static void requireFutureDeadline(LocalDate deadline, String text) {
		LocalDate today = today();
		if (!deadline.isAfter(today)) {
			throw new BadRequestException(ChallengeErrors.DEADLINE_NOT_AFTER_TODAY, today, text);
		}
	}

	static void requireOnChain(TransactionContext tx, List<String> technologies, String chain) {
		List<String> off = tx.run("""
				UNWIND $technologies AS id
				MATCH (t:Technology {id: id})
				WHERE NOT EXISTS {
				  MATCH (t)-[:PART_OF*0..]->(:Technology)-[:BOTTLENECK_OF]->(x)
				  MATCH (x)<-[:HAS_SEGMENT*0..1]-(c:Chain)-[:SUB_CHAIN_OF*0..]->(:Chain {id: $chain})
				}
				RETURN t.id AS id ORDER BY id""", Map.of("technologies", technologies, "chain", chain))
			.list((row) -> row.get("id").asString());
		if (!off.isEmpty()) {
			throw new BadRequestException(ChallengeErrors.TECHNOLOGY_NOT_ON_CHAIN, off.get(0), chain);
		}
	}

	/**
	 * The poster's people, for the team proposals: the experts among them.
	 */
	static final String POSTER_PEOPLE = """
			MATCH (poster)-[:POSTED]->(:Challenge {id: $challenge})
			CALL (poster) {
			  RETURN poster AS org
			  UNION
			  MATCH (org:Institute)-[:HOSTED_BY]->(poster) WHERE poster:Enterprise RETURN org
			  UNION
			  MATCH (org)-[:MEMBER_OF {role: 'LEAD'}]->(poster) WHERE poster:Consortium RETURN org
			}
			CALL (poster, org) {
			  RETURN org AS person, poster.id AS via
			  UNION
			  MATCH (person:Expert)-[:AFFILIATED_WITH]->(org) RETURN person, org.id AS via
			  UNION
			  MATCH (person:Expert)-[:ADVISES {role: 'CHAIR'}]->(poster) WHERE poster:Consortium
			  RETURN person, poster.id AS via
			}
			RETURN poster.id AS poster, person.id AS id, labels(person) AS labels, collect(via)[0] AS via""";

	static void requireNotPosters(TransactionContext tx, String challenge, Set<String> members) {
		for (Record row : tx.run(POSTER_PEOPLE, Map.of("challenge", challenge)).list()) {
			String id = row.get("id").asString();
			if (!members.contains(id)) {
				continue;
			}
			if (id.equals(row.get("poster").asString())) {
				throw new BadRequestException(ChallengeErrors.POSTER_IN_TEAM, id, challenge);
			}
			throw new BadRequestException(ChallengeErrors.POSTERS_PERSON_IN_TEAM, id, row.get("via").asString(),
					challenge);
		}
	}

	static void requireNewTeam(TransactionContext tx, String challenge, Set<String> members) {
		Record same = single(tx, """
				MATCH (team:Team)-[:APPLIED_TO]->(:Challenge {id: $challenge})
				MATCH (m)-[:MEMBER_OF_TEAM]->(team)
				WITH team, collect(DISTINCT m.id) AS ids
				WHERE size(ids) = size($members) AND all(id IN ids WHERE id IN $members)
				RETURN team.id AS team ORDER BY team LIMIT 1""",
				Map.of("challenge", challenge, "members", List.copyOf(members)));
		if (same != null) {
			throw new BadRequestException(ChallengeErrors.SAME_TEAM_APPLIED, same.get("team").asString(), challenge);
		}
	}

	static void requireOneTeamPerPerson(TransactionContext tx, String challenge, Set<String> members) {
		Record taken = single(tx, """
				MATCH (x:Expert)-[:MEMBER_OF_TEAM]->(team:Team)-[:APPLIED_TO]->(:Challenge {id: $challenge})
				WHERE x.id IN $members
				RETURN x.id AS expert, team.id AS team ORDER BY expert, team LIMIT 1""",
				Map.of("challenge", challenge, "members", List.copyOf(members)));
		if (taken != null) {
			throw new BadRequestException(ChallengeErrors.EXPERT_IN_COMPETING_TEAM, taken.get("expert").asString(),
					taken.get("team").asString(), challenge);
		}
	}

	/**
	 * Refuses a team with a member whose conflict of interest with the challenge bars an
	 * applicant, naming the member, the reason and the path that shows it.
	 */
	static void requireNoConflicts(TransactionContext tx, ConflictsOfInterest conflicts, String challenge,
			Set<String> members) {
		for (ConflictsOfInterest.Conflict conflict : conflicts.with(tx, challenge, members)) {
			if (conflict.applicant()) {
				throw new BadRequestException(ChallengeErrors.EXPERT_CONFLICT, conflict.expert(), challenge,
						conflict.reason(), conflict.describe());
			}
		}
	}

	/**
	 * An ENTERPRISE key files applications for its own enterprise: the team's lead must
	 * be the enterprise or one of its experts. Being named a partner is no consent, so a
	 * key may not put another enterprise at the head of a team.
	 */
	static void requireLedBy(TransactionContext tx, @Nullable String enterprise, String lead) {
		if (enterprise == null || enterprise.equals(lead)) {
			return;
		}
		Record own = single(tx,
				"MATCH (:Expert {id: $lead})-[:AFFILIATED_WITH]->(e:Enterprise {id: $enterprise}) RETURN e.id AS id",
				Map.of("lead", lead, "enterprise", enterprise));
		if (own == null) {
			throw new ForbiddenException(ChallengeErrors.LEAD_NOT_OF_ENTERPRISE, enterprise, lead);
		}
	}

	private static @Nullable Record single(TransactionContext tx, String cypher, Map<String, Object> params) {
		List<Record> rows = tx.run(cypher, params).list();
		return rows.isEmpty() ? null : rows.get(0);
	}

}
