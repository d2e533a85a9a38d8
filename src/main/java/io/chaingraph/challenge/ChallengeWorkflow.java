package io.chaingraph.challenge;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.chaingraph.expert.ConflictsOfInterest;
import io.chaingraph.audit.AuditTrail;
import io.chaingraph.audit.StatusHistory;
import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.GraphErrors;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.GraphWrites;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.ErrorMessage;
import io.chaingraph.system.error.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The life of a challenge. An open competition (揭榜挂帅) goes OPEN → SHORTLISTING → AWARDED
 * → CLOSED and has one winner; a horse race (赛马) goes OPEN → SHORTLISTING → FUNDED (two
 * or three teams in parallel) → AWARDED (one of them) → CLOSED. Any challenge not yet
 * closed may be closed. Teams apply while it is OPEN and before its deadline, with one
 * lead and at most {@code maxPartners} partners that, unless the challenge says
 * otherwise, cover every targeted technology, and keep the rules of
 * {@link ChallengeRules}. Every move takes the challenge's lock, then reads the state it
 * decides on, in the transaction that makes it, so an invalid move changes nothing and is
 * refused naming the status it found, and is recorded as a {@code StatusChange} with its
 * time and actor. An OPEN challenge past its deadline is closed by the system
 * ({@link OverdueChallenges}), and a move that finds one closes it first and is refused.
 */
@Component
public class ChallengeWorkflow {

	private final GraphWrites writes;

	private final ChallengeEvents events;

	private final ConflictsOfInterest conflicts;

	ChallengeWorkflow(GraphWrites writes, ChallengeEvents events, ConflictsOfInterest conflicts) {
		this.writes = writes;
		this.events = events;
		this.conflicts = conflicts;
	}

	/**
	 * What a new challenge says.
	 *
	 * @param id its id; generated when null; posting an existing id with the same values
	 * answers it unchanged, with other values is refused
	 * @param name Chinese title
	 * @param nameEn English title
	 * @param description what is asked
	 * @param poster enterprise or consortium posting it
	 * @param technologies targeted technologies, each on the chain
	 * @param chain the chain it is on
	 * @param budget budget in yuan
	 * @param deadline last day to apply, after today
	 * @param mode OPEN_COMPETITION or HORSE_RACE
	 * @param maxPartners partners a team may have besides its lead
	 * @param requireCoverage whether a team must cover every targeted technology
	 */
	public record Posting(@Nullable String id, String name, @Nullable String nameEn, @Nullable String description,
			String poster, List<String> technologies, String chain, long budget, String deadline, String mode,
			int maxPartners, boolean requireCoverage) {

	}

	public Map<String, Object> post(Posting posting, String actor) {
		// The arguments that become properties pass the model's one check, with the
		// messages curation and import give.
		String id = (posting.id() != null) ? (String) check("id", posting.id()) : "challenge_" + UUID.randomUUID();
		check("mode", posting.mode());
		check("maxPartners", posting.maxPartners());
		check("budget", posting.budget());
		if (posting.technologies().isEmpty()) {
			throw new BadRequestException(ChallengeErrors.NO_TECHNOLOGIES);
		}
		check("name", posting.name());
		check("nameEn", posting.nameEn());
		check("description", posting.description());
		LocalDate deadline = (LocalDate) check("deadline", posting.deadline());
		ChallengeRules.requireFutureDeadline(deadline, posting.deadline());
		boolean[] created = { false };
		Map<String, Object> challenge = write((tx) -> {
			created[0] = false;
			Record existing = single(tx, "MATCH (c:Challenge {id: $id}) RETURN c.id AS id", Map.of("id", id));
			if (existing != null) {
				ChallengeRepost.requireSame(tx, id, posting, deadline);
				return challenge(tx, id);
			}
			GlobalIds.refuseTaken(tx, NodeLabel.Challenge, id);
			requireOne(tx, "MATCH (p {id: $id}) WHERE p:Enterprise OR p:Consortium RETURN p.id AS id", posting.poster(),
					ChallengeErrors.NO_POSTER);
			requireOne(tx, "MATCH (c:Chain {id: $id}) RETURN c.id AS id", posting.chain(), GraphErrors.NO_CHAIN);
			for (String technology : posting.technologies()) {
				requireOne(tx, "MATCH (t:Technology {id: $id}) RETURN t.id AS id", technology,
						GraphErrors.NO_TECHNOLOGY);
			}
			ChallengeRules.requireOnChain(tx, posting.technologies(), posting.chain());
			Map<String, Object> params = new HashMap<>();
			params.put("id", id);
			params.put("name", posting.name());
			params.put("nameEn", posting.nameEn());
			params.put("description", posting.description());
			params.put("poster", posting.poster());
			params.put("technologies", posting.technologies());
			params.put("chain", posting.chain());
			params.put("budget", posting.budget());
			params.put("deadline", deadline);
			params.put("mode", posting.mode());
			params.put("maxPartners", posting.maxPartners());
			params.put("requireCoverage", posting.requireCoverage());
			tx.run("""
					MATCH (p {id: $poster}) WHERE p:Enterprise OR p:Consortium
					MATCH (chain:Chain {id: $chain})
					CREATE (c:Challenge:`%s` {id: $id, name: $name, nameEn: $nameEn, description: $description,
					  budget: $budget, deadline: $deadline, mode: $mode, maxPartners: $maxPartners,
					  requireCoverage: $requireCoverage, status: 'OPEN', postedAt: datetime()})
					CREATE (p)-[:POSTED]->(c)
					CREATE (c)-[:ON_CHAIN]->(chain)
					WITH c
					UNWIND $technologies AS tid
					MATCH (t:Technology {id: tid})
					CREATE (c)-[:TARGETS]->(t)""".formatted(GlobalIds.LABEL), params).consume();
			StatusHistory.record(tx, NodeLabel.Challenge, id, "OPEN", actor, "posted");
			Map<String, Object> posted = challenge(tx, id);
			// Last: the change log's lock is held until the commit.
			ChallengeEvents.record(tx, id);
			created[0] = true;
			return posted;
		});
		// Subscribers of every instance hear of it from the change log once it is
		// committed, and only once; this instance's look at once.
		if (created[0]) {
			this.events.postedHere();
		}
		return challenge;
	}

	/**
	 * A team applies; returns the team's id.
	 */
	public String apply(String challenge, String lead, List<String> partners, @Nullable String teamName, String actor) {
		return apply(challenge, lead, partners, teamName, actor, null);
	}

	/**
	 * A team applies for {@code enterprise} (an ENTERPRISE key's; null when the caller
	 * may apply for any team); returns the team's id.
	 */
	public String apply(String challenge, String lead, List<String> partners, @Nullable String teamName, String actor,
			@Nullable String enterprise) {
		Set<String> members = new LinkedHashSet<>();
		members.add(lead);
		members.addAll(partners);
		if (members.size() != 1 + partners.size()) {
			throw new BadRequestException(ChallengeErrors.MEMBER_TWICE);
		}
		NodeLabel.Team.checkText("name", "teamName", teamName);
		return write((tx) -> {
			Record c = challengeRow(tx, challenge);
			String status = c.get("status").asString();
			if (!status.equals("OPEN")) {
				throw new BadRequestException(ChallengeErrors.NOT_OPEN_FOR_APPLICATIONS, challenge, status);
			}
			ChallengeRules.requireLedBy(tx, enterprise, lead);
			ChallengeRules.requireNotPosters(tx, challenge, members);
			ChallengeRules.requireNewTeam(tx, challenge, members);
			if ("HORSE_RACE".equals(c.get("mode").asString(null))) {
				ChallengeRules.requireOneTeamPerPerson(tx, challenge, members);
			}
			// After the lock, so that a competing team committed just before counts.
			ChallengeRules.requireNoConflicts(tx, this.conflicts, challenge, members);
			LocalDate deadline = c.get("deadline").isNull() ? null : c.get("deadline").asLocalDate();
			if (deadline != null && LocalDate.now(ZoneOffset.UTC).isAfter(deadline)) {
				throw new BadRequestException(ChallengeErrors.DEADLINE_PASSED, challenge, deadline);
			}
			int maxPartners = c.get("maxPartners").asInt(4);
			if (partners.size() > maxPartners) {
				throw new BadRequestException(ChallengeErrors.TOO_MANY_PARTNERS, maxPartners, partners.size());
			}
			for (String member : members) {
				requireOne(tx,
						"MATCH (m {id: $id}) WHERE m:Expert OR m:Enterprise OR m:University OR m:Institute RETURN m.id AS id",
						member, ChallengeErrors.NO_MEMBER);
			}
			if (c.get("requireCoverage").asBoolean(true)) {
				List<String> uncovered = tx
					.run("""
							MATCH (:Challenge {id: $challenge})-[:TARGETS]->(t:Technology)
							WHERE NOT EXISTS {
							  MATCH (x:Expert)-[:EXPERT_IN]->(:Technology)-[:PART_OF*0..]->(t)
							  WHERE x.id IN $members
							     OR EXISTS { (x)-[:AFFILIATED_WITH]->(o) WHERE o.id IN $members }
							}
							RETURN t.id AS id ORDER BY id""",
							Map.of("challenge", challenge, "members", List.copyOf(members)))
					.list((row) -> row.get("id").asString());
				if (!uncovered.isEmpty()) {
					throw new BadRequestException(ChallengeErrors.TEAM_DOES_NOT_COVER, uncovered);
				}
			}
			String team = "team_" + UUID.randomUUID();
			Map<String, Object> params = new HashMap<>();
			params.put("team", team);
			params.put("name", (teamName != null) ? teamName : "团队 " + team.substring(5, 13));
			params.put("challenge", challenge);
			params.put("lead", lead);
			params.put("partners", partners);
			tx.run("""
					MATCH (c:Challenge {id: $challenge})
					MATCH (lead {id: $lead}) WHERE lead:Expert OR lead:Enterprise OR lead:University OR lead:Institute
					CREATE (t:Team:`%s` {id: $team, name: $name})-[:APPLIED_TO {status: 'APPLIED'}]->(c)
					CREATE (lead)-[:MEMBER_OF_TEAM {role: 'LEAD'}]->(t)
					WITH t
					UNWIND $partners AS pid
					MATCH (p {id: pid}) WHERE p:Expert OR p:Enterprise OR p:University OR p:Institute
					CREATE (p)-[:MEMBER_OF_TEAM {role: 'PARTNER'}]->(t)""".formatted(GlobalIds.LABEL), params)
				.consume();
			// An application changes no status, so it is recorded here rather than as a
			// workflow step.
			AuditTrail.record(tx, actor, "applyToChallenge", "Team", List.of(team, challenge), Map.of(),
					Map.of("name", params.get("name"), "lead", lead, "partners", partners, "challenge", challenge));
			return team;
		});
	}

	public Map<String, Object> shortlist(String challenge, List<String> teams, String actor) {
		return move(challenge, actor, "SHORTLISTING", List.of("OPEN"), null, teams, "SHORTLISTED", 1, 100);
	}

	public Map<String, Object> fund(String challenge, List<String> teams, String actor) {
		return move(challenge, actor, "FUNDED", List.of("SHORTLISTING"), "HORSE_RACE", teams, "FUNDED", 2, 3);
	}

	public Map<String, Object> award(String challenge, String team, String actor) {
		return write((tx) -> {
			Record c = challengeRow(tx, challenge);
			String mode = c.get("mode").asString();
			String from = mode.equals("HORSE_RACE") ? "FUNDED" : "SHORTLISTING";
			String status = c.get("status").asString();
			if (!status.equals(from)) {
				throw new BadRequestException(mode.equals("HORSE_RACE") ? ChallengeErrors.HORSE_RACE_NOT_AWARDABLE
						: ChallengeErrors.COMPETITION_NOT_AWARDABLE, challenge, status, from);
			}
			String required = mode.equals("HORSE_RACE") ? "FUNDED" : "SHORTLISTED";
			applications(tx, challenge, List.of(team), required);
			tx.run("""
					MATCH (t:Team)-[a:APPLIED_TO]->(:Challenge {id: $challenge})
					SET a.status = CASE WHEN t.id = $team THEN 'AWARDED' ELSE 'DECLINED' END""",
					Map.of("challenge", challenge, "team", team))
				.consume();
			return transition(tx, challenge, "AWARDED", actor, "awarded to " + team);
		});
	}

	public Map<String, Object> close(String challenge, String actor) {
		return move(challenge, actor, "CLOSED", List.of("OPEN", "SHORTLISTING", "FUNDED", "AWARDED"), null, List.of(),
				null, 0, 0);
	}

	private Map<String, Object> move(String challenge, String actor, String to, List<String> from,
			@Nullable String mode, List<String> teams, @Nullable String applicationStatus, int minTeams, int maxTeams) {
		return write((tx) -> {
			Record c = challengeRow(tx, challenge);
			String status = c.get("status").asString();
			if (!from.contains(status)) {
				throw new BadRequestException(ChallengeErrors.WRONG_STATUS_FOR_MOVE, challenge, status, to, from);
			}
			if (mode != null && !mode.equals(c.get("mode").asString())) {
				throw new BadRequestException(ChallengeErrors.WRONG_MODE_FOR_MOVE, challenge, c.get("mode").asString(),
						mode, to);
			}
			if (applicationStatus != null) {
				if (new java.util.HashSet<>(teams).size() != teams.size()) {
					throw new BadRequestException(ChallengeErrors.TEAM_TWICE);
				}
				if (teams.size() < minTeams || teams.size() > maxTeams) {
					throw new BadRequestException(ChallengeErrors.TEAM_COUNT, minTeams, maxTeams, teams.size());
				}
				String required = applicationStatus.equals("FUNDED") ? "SHORTLISTED" : "APPLIED";
				applications(tx, challenge, teams, required);
				tx.run("""
						MATCH (t:Team)-[a:APPLIED_TO]->(:Challenge {id: $challenge})
						SET a.status = CASE WHEN t.id IN $teams THEN $to ELSE 'DECLINED' END""",
						Map.of("challenge", challenge, "teams", teams, "to", applicationStatus))
					.consume();
			}
			return transition(tx, challenge, to, actor, teams.isEmpty() ? null : String.join(", ", teams));
		});
	}

	private static void applications(TransactionContext tx, String challenge, List<String> teams, String required) {
		Map<String, String> statuses = new HashMap<>();
		tx.run("MATCH (t:Team)-[a:APPLIED_TO]->(:Challenge {id: $challenge}) RETURN t.id AS team, a.status AS status",
				Map.of("challenge", challenge))
			.forEachRemaining((row) -> statuses.put(row.get("team").asString(), row.get("status").asString()));
		for (String team : teams) {
			String status = statuses.get(team);
			if (status == null) {
				throw new BadRequestException(ChallengeErrors.TEAM_DID_NOT_APPLY, team, challenge);
			}
			if (!status.equals(required)) {
				throw new BadRequestException(ChallengeErrors.TEAM_WRONG_STATUS, team, status, required);
			}
		}
	}

	private Map<String, Object> transition(TransactionContext tx, String challenge, String to, String actor,
			@Nullable String note) {
		tx.run("MATCH (c:Challenge {id: $id}) SET c.status = $to", Map.of("id", challenge, "to", to)).consume();
		StatusHistory.record(tx, NodeLabel.Challenge, challenge, to, actor, note);
		return challenge(tx, challenge);
	}

	private static Record challengeRow(TransactionContext tx, String challenge) {
		// Locked first and read after, so two moves on one challenge run one after the
		// other and the second decides on what the first did.
		if (!GraphWrites.lock(tx, NodeLabel.Challenge, challenge)) {
			throw new NotFoundException(ChallengeErrors.NO_CHALLENGE, challenge);
		}
		Record row = single(tx, """
				MATCH (c:Challenge {id: $id})
				RETURN c.status AS status, c.mode AS mode, c.deadline AS deadline, c.maxPartners AS maxPartners,
				       c.requireCoverage AS requireCoverage""", Map.of("id", challenge));
		if (row == null) {
			throw new NotFoundException(ChallengeErrors.NO_CHALLENGE, challenge);
		}
		LocalDate deadline = overdue(row.get("status").asString(null), row.get("deadline"));
		if (deadline != null) {
			// Rolled back with the move; write() closes it in a transaction of its own.
			throw new Overdue(challenge, deadline);
		}
		return row;
	}

	/**
	 * The deadline of an OPEN challenge whose deadline has passed; null for any other.
	 */
	static @Nullable LocalDate overdue(@Nullable String status, Value deadline) {
		if (!"OPEN".equals(status) || deadline.isNull()) {
			return null;
		}
		LocalDate date = deadline.asLocalDate();
		return date.isBefore(ChallengeRules.today()) ? date : null;
	}

	/**
	 * Closes the challenge for the system if it is OPEN and its deadline has passed, with
	 * a note saying so; true when this call closed it.
	 */
	boolean closeIfOverdue(String challenge) {
		return this.writes.write((tx) -> {
			if (!GraphWrites.lock(tx, NodeLabel.Challenge, challenge)) {
				return false;
			}
			Record row = tx
				.run("MATCH (c:Challenge {id: $id}) RETURN c.status AS status, c.deadline AS deadline",
						Map.of("id", challenge))
				.single();
			LocalDate deadline = overdue(row.get("status").asString(null), row.get("deadline"));
			if (deadline == null) {
				return false;
			}
			transition(tx, challenge, "CLOSED", OverdueChallenges.ACTOR,
					"deadline %s passed while OPEN".formatted(deadline));
			return true;
		});
	}

	/**
	 * A move found its challenge overdue.
	 */
	private static final class Overdue extends RuntimeException {

		private final String challenge;

		private final LocalDate deadline;

		Overdue(String challenge, LocalDate deadline) {
			super(null, null, false, false);
			this.challenge = challenge;
			this.deadline = deadline;
		}

	}

	private static Map<String, Object> challenge(TransactionContext tx, String id) {
		Record row = tx
			.run("MATCH (c:Challenge {id: $id}) RETURN properties(c) AS props, labels(c) AS labels", Map.of("id", id))
			.single();
		return GraphReads.node(row.get("props"), row.get("labels"));
	}

	private static @Nullable Record single(TransactionContext tx, String cypher, Map<String, Object> params) {
		List<Record> rows = tx.run(cypher, params).list();
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static void requireOne(TransactionContext tx, String cypher, String id, ErrorMessage message) {
		if (single(tx, cypher, Map.of("id", id)) == null) {
			throw new BadRequestException(message, id);
		}
	}

	// An argument of postChallenge named as the Challenge property it becomes.
	private static @Nullable Object check(String argument, @Nullable Object value) {
		return NodeLabel.Challenge.check(argument, argument, value);
	}

	// No move acts on an overdue challenge: the system closes it first, and the move is
	// refused with the state it found.
	private <T> T write(GraphWrites.Work<T> work) {
		try {
			return this.writes.write(work);
		}
		catch (Overdue overdue) {
			closeIfOverdue(overdue.challenge);
			throw new BadRequestException(ChallengeErrors.CLOSED_WHEN_OVERDUE, overdue.challenge, overdue.deadline);
		}
	}

}
