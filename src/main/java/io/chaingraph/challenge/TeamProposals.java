package io.chaingraph.challenge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodePages;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.database.CypherQueries;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Proposes teams for an OPEN challenge before its deadline: one lead and at most
 * {@code maxPartners} partners who together know every targeted technology, none of the
 * poster's people (see {@link ChallengeRules}) nor anyone else with a conflict that bars
 * an applicant (see {@link ChallengeConflicts}). Candidates are, per target, the
 * {@value #PER_TECHNOLOGY} experts with the best level in it or a technology below it.
 * The communication cost of a team is the sum over its pairs of their distance in the tie
 * graph (co-authorship, a shared advisory committee or employer): 1 for a direct tie, 2
 * through one other candidate, 3 otherwise. {@link TeamSearch} trades the team's coverage
 * (level and depth) against that cost and says how it searched.
 */
@Component
public class TeamProposals {

	static final int PER_TECHNOLOGY = 8;

	private final GraphReads reads;

	private final CypherQueries queries;

	private final ChallengeConflicts conflicts;

	TeamProposals(GraphReads reads, CypherQueries queries, ChallengeConflicts conflicts) {
		this.reads = reads;
		this.queries = queries;
		this.conflicts = conflicts;
	}

	public List<TeamProposal> propose(String challenge, int first) {
		NodePages.checkFirst(first);
		Map<String, Object> node = this.conflicts.challenge(challenge);
		requireOpen(challenge, node);
		int maxPartners = ((Number) node.getOrDefault("maxPartners", 4L)).intValue();
		Set<String> excluded = this.conflicts.barredApplicants(challenge);
		excluded.addAll(this.conflicts.posterPeople(challenge));
		Pool pool = pool(challenge, excluded);
		TeamSearch.Problem problem = pool.problem();
		long targets = this.reads
			.read("MATCH (:Challenge {id: $id})-[:TARGETS]->(t:Technology) RETURN count(t) AS n",
					Map.of("id", challenge))
			.get(0)
			.get("n")
			.asLong();
		// A target nobody can cover leaves no team that covers every target.
		if (problem.technologies().isEmpty() || problem.technologies().size() < targets) {
			return List.of();
		}
		int maxSize = 1 + maxPartners;
		TeamSearch.Found found = TeamSearch.search(problem, maxSize, first);
		Map<String, Map<String, Object>> nodes = nodes(problem);
		return found.teams()
			.stream()
			.map((team) -> proposal(problem, team, found.method(), maxSize, nodes, pool.ties()))
			.toList();
	}

	// Proposals serve teams about to apply, so a challenge that takes no applications,
	// or whose deadline has passed (the sweep closes it soon), gets none.
	private static void requireOpen(String challenge, Map<String, Object> node) {
		Object status = node.get("status");
		if (!"OPEN".equals(status)) {
			throw new BadRequestException(ChallengeErrors.PROPOSAL_NOT_OPEN, challenge, status);
		}
		Object deadline = node.get("deadline");
		if (deadline != null && LocalDate.parse(deadline.toString()).isBefore(ChallengeRules.today())) {
			throw new BadRequestException(ChallengeErrors.PROPOSAL_PAST_DEADLINE, challenge, deadline);
		}
	}

	/**
	 * The search problem, and the ties behind its distances, read once for all proposals.
	 */
	private record Pool(TeamSearch.Problem problem, List<TeamTie> ties) {

	}

	// Every candidate and target in one statement, rather than one per member of every
	// proposal.
	private Map<String, Map<String, Object>> nodes(TeamSearch.Problem problem) {
		List<String> ids = new ArrayList<>(problem.experts());
		ids.addAll(problem.technologies());
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		this.reads.read("""
				UNWIND $ids AS id
				CALL (id) {
				  MATCH (n:Expert {id: id}) RETURN n
				  UNION MATCH (n:Technology {id: id}) RETURN n
				}
				RETURN n.id AS id, properties(n) AS props, labels(n) AS labels""", Map.of("ids", ids))
			.forEach(
					(row) -> nodes.put(row.get("id").asString(), GraphReads.node(row.get("props"), row.get("labels"))));
		return nodes;
	}

	private Pool pool(String challenge, Set<String> excluded) {
		List<Record> rows = this.reads.read(this.queries.get("team-candidates"),
				Map.of("challenge", challenge, "excluded", List.copyOf(excluded), "perTechnology", PER_TECHNOLOGY));
		List<String> technologies = new ArrayList<>();
		Map<String, Integer> index = new LinkedHashMap<>();
		Map<String, Map<Integer, Integer>> levels = new HashMap<>();
		for (Record row : rows) {
			int t = technologies.size();
			technologies.add(row.get("technology").asString());
			for (Value expert : row.get("experts").values()) {
				String id = expert.get("id").asString();
				index.putIfAbsent(id, index.size());
				levels.computeIfAbsent(id, (key) -> new HashMap<>()).put(t, expert.get("level").asInt());
			}
		}
		List<String> experts = new ArrayList<>(index.keySet());
		int[][] levelMatrix = new int[experts.size()][technologies.size()];
		for (int x = 0; x < experts.size(); x++) {
			for (Map.Entry<Integer, Integer> level : levels.get(experts.get(x)).entrySet()) {
				levelMatrix[x][level.getKey()] = level.getValue();
			}
		}
		List<TeamTie> ties = experts.isEmpty() ? List.of()
				: this.reads.read(this.queries.get("team-ties"), Map.of("experts", experts))
					.stream()
					.map((row) -> new TeamTie(row.get("expert").asString(), row.get("other").asString(),
							row.get("tie").asString(), row.get("via").asString()))
					.toList();
		return new Pool(new TeamSearch.Problem(experts, technologies, levelMatrix, distances(experts, index, ties)),
				ties);
	}

	private static int[][] distances(List<String> experts, Map<String, Integer> index, List<TeamTie> ties) {
		int n = experts.size();
		boolean[][] tied = new boolean[n][n];
		for (TeamTie tie : ties) {
			Integer a = index.get(tie.from());
			Integer b = index.get(tie.to());
			if (a != null && b != null) {
				tied[a][b] = true;
				tied[b][a] = true;
			}
		}
		int[][] distance = new int[n][n];
		for (int a = 0; a < n; a++) {
			for (int b = 0; b < n; b++) {
				distance[a][b] = (a == b) ? 0 : tied[a][b] ? 1 : throughOne(tied, a, b) ? 2 : 3;
			}
		}
		return distance;
	}

	private static boolean throughOne(boolean[][] tied, int a, int b) {
		for (int c = 0; c < tied.length; c++) {
			if (tied[a][c] && tied[c][b]) {
				return true;
			}
		}
		return false;
	}

	private static TeamProposal proposal(TeamSearch.Problem problem, TeamSearch.Team team, TeamSearch.Method method,
			int maxSize, Map<String, Map<String, Object>> nodes, List<TeamTie> ties) {
		// The lead is the member with the most expertise across the targeted
		// technologies.
		int lead = team.members()
			.stream()
			.max(Comparator.comparingInt((Integer member) -> Arrays.stream(problem.levels()[member]).sum())
				.thenComparing((member) -> problem.experts().get(member), Comparator.reverseOrder()))
			.orElseThrow();
		List<TeamMember> members = new ArrayList<>();
		members.add(new TeamMember(nodes.get(problem.experts().get(lead)), "LEAD"));
		team.members()
			.stream()
			.filter((member) -> member != lead)
			.forEach((member) -> members.add(new TeamMember(nodes.get(problem.experts().get(member)), "PARTNER")));
		List<TechnologyCoverage> coverage = new ArrayList<>();
		for (int t = 0; t < problem.technologies().size(); t++) {
			List<String> by = new ArrayList<>();
			int best = 0;
			for (int member : team.members()) {
				if (problem.levels()[member][t] > 0) {
					by.add(problem.experts().get(member));
					best = Math.max(best, problem.levels()[member][t]);
				}
			}
			coverage.add(new TechnologyCoverage(nodes.get(problem.technologies().get(t)), by, best));
		}
		Set<String> ids = new HashSet<>();
		team.members().forEach((member) -> ids.add(problem.experts().get(member)));
		List<TeamTie> memberTies = ties.stream()
			.filter((tie) -> ids.contains(tie.from()) && ids.contains(tie.to()) && tie.from().compareTo(tie.to()) < 0)
			.toList();
		return new TeamProposal(members, coverage, team.cost(), team.coverage(), team.objective(), method,
				TeamSearch.explain(problem, team, method, maxSize), memberTies);
	}

}
