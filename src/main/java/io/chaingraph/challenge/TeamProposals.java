package io.chaingraph.challenge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodePages;
import io.chaingraph.system.BadRequestException;
import io.chaingraph.system.CypherQueries;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Proposes teams for an OPEN challenge before its deadline: one lead and at most
 * {@code maxPartners} partners who together know every targeted technology, none of the
 * poster's people (see {@link ChallengeRules}) nor with a conflict of interest with the
 * poster, and who are cheap to bring together. The communication cost of a team is the
 * sum over its pairs of their distance in the tie graph (co-authorship, a shared advisory
 * committee or employer): 1 for a direct tie, 2 through one other candidate, 3 otherwise.
 * <p>
 * With at most {@value #EXACT_LIMIT} candidates every team is tried and the cheapest are
 * exact. Beyond that a greedy search starts from each candidate and adds, while a
 * technology is uncovered, the candidate that covers the most uncovered technologies per
 * unit of added cost. It has no constant-factor guarantee (team formation with a
 * communication cost is NP-hard); tests hold it within 10% of the exact cost on small
 * instances.
 */
@Component
public class TeamProposals {

	static final int EXACT_LIMIT = 20;

	static final int PER_TECHNOLOGY = 8;

	private final GraphReads reads;

	private final CypherQueries queries;

	private final ChallengeConflicts conflicts;

	TeamProposals(GraphReads reads, CypherQueries queries, ChallengeConflicts conflicts) {
		this.reads = reads;
		this.queries = queries;
		this.conflicts = conflicts;
	}

	/**
	 * The candidates and their ties, as the search sees them.
	 *
	 * @param experts candidate ids
	 * @param technologies targeted technology ids
	 * @param covers per candidate, the technologies they cover (bit per technology)
	 * @param levels per candidate and technology, the level
	 * @param distance pairwise tie distance
	 */
	record Problem(List<String> experts, List<String> technologies, List<BitSet> covers, int[][] levels,
			int[][] distance) {

		int cost(List<Integer> team) {
			int cost = 0;
			for (int i = 0; i < team.size(); i++) {
				for (int j = i + 1; j < team.size(); j++) {
					cost += this.distance[team.get(i)][team.get(j)];
				}
			}
			return cost;
		}

		boolean covers(List<Integer> team) {
			BitSet covered = new BitSet();
			team.forEach((member) -> covered.or(this.covers.get(member)));
			return covered.cardinality() == this.technologies.size();
		}

		int strength(List<Integer> team) {
			int strength = 0;
			for (int t = 0; t < this.technologies.size(); t++) {
				int best = 0;
				for (int member : team) {
					best = Math.max(best, this.levels[member][t]);
				}
				strength += best;
			}
			return strength;
		}

	}

	public List<Map<String, Object>> propose(String challenge, int first) {
		NodePages.checkFirst(first);
		Map<String, Object> node = this.conflicts.challenge(challenge);
		requireOpen(challenge, node);
		int maxPartners = ((Number) node.getOrDefault("maxPartners", 4L)).intValue();
		Set<String> excluded = this.conflicts.barredApplicants(challenge);
		excluded.addAll(this.conflicts.posterPeople(challenge));
		Pool pool = pool(challenge, excluded);
		Problem problem = pool.problem();
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
		List<List<Integer>> teams = (problem.experts().size() <= EXACT_LIMIT) ? exact(problem, 1 + maxPartners, first)
				: greedy(problem, 1 + maxPartners, first);
		String method = (problem.experts().size() <= EXACT_LIMIT) ? "EXACT" : "GREEDY";
		Map<String, Map<String, Object>> nodes = nodes(problem);
		return teams.stream().map((team) -> proposal(problem, team, method, nodes, pool.ties())).toList();
	}

	// Proposals serve teams about to apply, so a challenge that takes no applications,
	// or whose deadline has passed (the sweep closes it soon), gets none.
	private static void requireOpen(String challenge, Map<String, Object> node) {
		Object status = node.get("status");
		if (!"OPEN".equals(status)) {
			throw new BadRequestException(
					"Challenge '%s' is %s; teams are proposed only for an OPEN challenge, which teams can still apply to"
						.formatted(challenge, status));
		}
		Object deadline = node.get("deadline");
		if (deadline != null && LocalDate.parse(deadline.toString()).isBefore(ChallengeRules.today())) {
			throw new BadRequestException(
					"Challenge '%s' is past its deadline %s; teams are proposed only for an OPEN challenge before its deadline"
						.formatted(challenge, deadline));
		}
	}

	/**
	 * The search problem, and the ties behind its distances, read once for all proposals.
	 */
	private record Pool(Problem problem, List<Map<String, Object>> ties) {

	}

	// Every candidate and target in one statement, rather than one per member of every
	// proposal.
	private Map<String, Map<String, Object>> nodes(Problem problem) {
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
		List<BitSet> covers = new ArrayList<>();
		int[][] levelMatrix = new int[experts.size()][technologies.size()];
		for (int x = 0; x < experts.size(); x++) {
			BitSet bits = new BitSet();
			for (Map.Entry<Integer, Integer> level : levels.get(experts.get(x)).entrySet()) {
				bits.set(level.getKey());
				levelMatrix[x][level.getKey()] = level.getValue();
			}
			covers.add(bits);
		}
		List<Map<String, Object>> ties = experts.isEmpty() ? List.of() : this.reads
			.read(this.queries.get("team-ties"), Map.of("experts", experts))
			.stream()
			.map((row) -> Map.<String, Object>of("from", row.get("expert").asString(), "to",
					row.get("other").asString(), "tie", row.get("tie").asString(), "via", row.get("via").asString()))
			.toList();
		return new Pool(new Problem(experts, technologies, covers, levelMatrix, distances(experts, index, ties)), ties);
	}

	private static int[][] distances(List<String> experts, Map<String, Integer> index, List<Map<String, Object>> ties) {
		int n = experts.size();
		boolean[][] tied = new boolean[n][n];
		for (Map<String, Object> tie : ties) {
			Integer a = index.get((String) tie.get("from"));
			Integer b = index.get((String) tie.get("to"));
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

	static List<List<Integer>> exact(Problem problem, int maxSize, int first) {
		List<List<Integer>> found = new ArrayList<>();
		enumerate(problem, maxSize, 0, new ArrayList<>(), found);
		return best(problem, found, first);
	}

	private static void enumerate(Problem problem, int maxSize, int from, List<Integer> team,
			List<List<Integer>> found) {
		if (!team.isEmpty() && problem.covers(team)) {
			found.add(List.copyOf(team));
			return;
		}
		if (team.size() == maxSize) {
			return;
		}
		for (int next = from; next < problem.experts().size(); next++) {
			team.add(next);
			enumerate(problem, maxSize, next + 1, team, found);
			team.remove(team.size() - 1);
		}
	}

	static List<List<Integer>> greedy(Problem problem, int maxSize, int first) {
		List<List<Integer>> found = new ArrayList<>();
		for (int seed = 0; seed < problem.experts().size(); seed++) {
			List<Integer> team = new ArrayList<>(List.of(seed));
			BitSet covered = (BitSet) problem.covers().get(seed).clone();
			while (covered.cardinality() < problem.technologies().size() && team.size() < maxSize) {
				int bestCandidate = -1;
				double bestRatio = Double.MAX_VALUE;
				for (int candidate = 0; candidate < problem.experts().size(); candidate++) {
					if (team.contains(candidate)) {
						continue;
					}
					BitSet gain = (BitSet) problem.covers().get(candidate).clone();
					gain.andNot(covered);
					if (gain.isEmpty()) {
						continue;
					}
					int added = 0;
					for (int member : team) {
						added += problem.distance()[member][candidate];
					}
					double ratio = (double) added / gain.cardinality();
					if (ratio < bestRatio) {
						bestRatio = ratio;
						bestCandidate = candidate;
					}
				}
				if (bestCandidate < 0) {
					break;
				}
				team.add(bestCandidate);
				covered.or(problem.covers().get(bestCandidate));
			}
			if (problem.covers(team)) {
				team.sort(Integer::compare);
				if (!found.contains(team)) {
					found.add(team);
				}
			}
		}
		return best(problem, found, first);
	}

	private static List<List<Integer>> best(Problem problem, List<List<Integer>> teams, int first) {
		return teams.stream()
			.sorted(Comparator.comparingInt(problem::cost)
				.thenComparing(Comparator.comparingInt(problem::strength).reversed())
				.thenComparingInt(List::size)
				.thenComparing(Object::toString))
			.limit(first)
			.toList();
	}

	private static Map<String, Object> proposal(Problem problem, List<Integer> team, String method,
			Map<String, Map<String, Object>> nodes, List<Map<String, Object>> ties) {
		// The lead is the member with the most expertise across the targeted
		// technologies.
		int lead = team.stream()
			.max(Comparator.comparingInt((Integer member) -> java.util.Arrays.stream(problem.levels()[member]).sum())
				.thenComparing((member) -> problem.experts().get(member), Comparator.reverseOrder()))
			.orElseThrow();
		List<Map<String, Object>> members = new ArrayList<>();
		members.add(Map.of("expert", nodes.get(problem.experts().get(lead)), "role", "LEAD"));
		team.stream()
			.filter((member) -> member != lead)
			.forEach((member) -> members
				.add(Map.of("expert", nodes.get(problem.experts().get(member)), "role", "PARTNER")));
		List<Map<String, Object>> coverage = new ArrayList<>();
		for (int t = 0; t < problem.technologies().size(); t++) {
			List<String> by = new ArrayList<>();
			int best = 0;
			for (int member : team) {
				if (problem.levels()[member][t] > 0) {
					by.add(problem.experts().get(member));
					best = Math.max(best, problem.levels()[member][t]);
				}
			}
			coverage.add(
					Map.of("technology", nodes.get(problem.technologies().get(t)), "coveredBy", by, "bestLevel", best));
		}
		Set<String> ids = new HashSet<>();
		team.forEach((member) -> ids.add(problem.experts().get(member)));
		return Map.of("members", members, "coverage", coverage, "communicationCost", problem.cost(team), "method",
				method, "ties",
				ties.stream()
					.filter((tie) -> ids.contains(tie.get("from")) && ids.contains(tie.get("to"))
							&& ((String) tie.get("from")).compareTo((String) tie.get("to")) < 0)
					.toList());
	}

}
