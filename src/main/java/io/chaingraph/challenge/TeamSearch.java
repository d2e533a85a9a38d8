package io.chaingraph.challenge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The search behind team proposals, free of Spring and of the graph so that it can be
 * tested on random instances.
 * <p>
 * A team is <em>feasible</em> when it has 1 to {@code maxSize} members, someone in it
 * knows every target, and, if it is one person, that person knows every target at level
 * {@value #SOLO_LEVEL} or more. Its <em>coverage</em> is the sum over targets of the best
 * member's level plus {@value #SECOND_BONUS} times the second best (depth: a second
 * member who knows the target); its <em>communication cost</em> the sum over its pairs of
 * their tie distance. The <em>objective</em>, higher is better, is coverage / (1 +
 * {@value #COST_WEIGHT} × cost): every unit of cost discounts the team's worth, and a
 * member is worth adding only if the depth or level they bring outweighs the cost of
 * their ties to the others.
 * <p>
 * The search is EXACT (every team of at most {@code maxSize} members is evaluated) when
 * there are at most {@value #EXACT_TEAMS} such teams. Otherwise it is HEURISTIC: from
 * every candidate, greedily add the member that most raises the objective of the partial
 * team until every target is known, then improve by local search (add, drop or swap one
 * member) while the objective rises. Team formation with a communication cost is NP-hard
 * and the heuristic has no proven bound; tests hold it within 10% of the exhaustive
 * optimum on random instances.
 */
final class TeamSearch {

	/** A lone expert is proposed only if they know every target at this level or more. */
	static final int SOLO_LEVEL = 3;

	/** What a second member who knows a target adds, per level. */
	static final double SECOND_BONUS = 0.5;

	/** How much one unit of communication cost discounts the coverage. */
	static final double COST_WEIGHT = 0.25;

	/** The most teams the exact search evaluates. */
	static final long EXACT_TEAMS = 200_000;

	private static final double EPSILON = 1e-9;

	private TeamSearch() {
	}

	enum Method {

		EXACT, HEURISTIC

	}

	/**
	 * Candidates, targets, levels and tie distances.
	 *
	 * @param experts candidate ids
	 * @param technologies target ids
	 * @param levels per candidate and target, the best level there (0: does not know it)
	 * @param distance pairwise tie distance
	 */
	record Problem(List<String> experts, List<String> technologies, int[][] levels, int[][] distance) {

		int size() {
			return this.experts.size();
		}

	}

	/**
	 * A evaluated team.
	 *
	 * @param members candidate indices, ascending
	 * @param coverage sum over targets of best level plus the bonus for the second
	 * @param cost sum of pairwise distances
	 * @param objective coverage / (1 + COST_WEIGHT × cost)
	 */
	record Team(List<Integer> members, double coverage, int cost, double objective) {

	}

	/**
	 * @param method how the teams were found
	 * @param teams best first
	 */
	record Found(Method method, List<Team> teams) {

	}

	static final Comparator<Team> BY_VALUE = Comparator.comparingDouble(Team::objective)
		.reversed()
		.thenComparingInt(Team::cost)
		.thenComparingInt((team) -> team.members().size());

	// Ties last broken by the members' text, made once per team: made at every
	// comparison,
	// it was 45% of a teamsFor request, sorting the exact search's thousands of teams.
	private static List<Team> best(Collection<Team> found, int first) {
		return found.stream()
			.map((team) -> Map.entry(team.members().toString(), team))
			.sorted(Map.Entry.<String, Team>comparingByValue(BY_VALUE).thenComparing(Map.Entry.comparingByKey()))
			.limit(first)
			.map(Map.Entry::getValue)
			.toList();
	}

	static Found search(Problem problem, int maxSize, int first) {
		if (teams(problem.size(), maxSize) <= EXACT_TEAMS) {
			return new Found(Method.EXACT, exact(problem, maxSize, first));
		}
		return new Found(Method.HEURISTIC, heuristic(problem, maxSize, first));
	}

	/**
	 * How many teams of 1 to maxSize members n candidates make, capped above EXACT_TEAMS.
	 */
	static long teams(int n, int maxSize) {
		long total = 0;
		long choose = 1;
		for (int k = 1; k <= Math.min(n, maxSize); k++) {
			choose = choose * (n - k + 1) / k;
			total += choose;
			if (total > EXACT_TEAMS) {
				return EXACT_TEAMS + 1;
			}
		}
		return total;
	}

	/**
	 * The team's value, or null when it is not feasible.
	 */
	static @Nullable Team evaluate(Problem problem, List<Integer> members, int maxSize) {
		if (members.isEmpty() || members.size() > maxSize) {
			return null;
		}
		double coverage = 0;
		for (int t = 0; t < problem.technologies().size(); t++) {
			int[] top = bestTwoLevels(problem, members, t);
			int best = top[0];
			int second = top[1];
			if (best == 0 || (members.size() == 1 && best < SOLO_LEVEL)) {
				return null;
			}
			coverage += best + SECOND_BONUS * second;
		}
		int cost = cost(problem, members);
		List<Integer> sorted = new ArrayList<>(members);
		sorted.sort(Integer::compare);
		return new Team(List.copyOf(sorted), coverage, cost, coverage / (1 + COST_WEIGHT * cost));
	}

	// The best and second-best level among the members in target t: coverage and depth.
	private static int[] bestTwoLevels(Problem problem, List<Integer> members, int t) {
		int best = 0;
		int second = 0;
		for (int member : members) {
			int level = problem.levels()[member][t];
			if (level > best) {
				second = best;
				best = level;
			}
			else if (level > second) {
				second = level;
			}
		}
		return new int[] { best, second };
	}

	static int cost(Problem problem, List<Integer> members) {
		int cost = 0;
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				cost += problem.distance()[members.get(i)][members.get(j)];
			}
		}
		return cost;
	}

	static List<Team> exact(Problem problem, int maxSize, int first) {
		List<Team> found = new ArrayList<>();
		enumerate(problem, maxSize, 0, new ArrayList<>(), found);
		return best(found, first);
	}

	private static void enumerate(Problem problem, int maxSize, int from, List<Integer> team, List<Team> found) {
		Team evaluated = evaluate(problem, team, maxSize);
		if (evaluated != null) {
			found.add(evaluated);
		}
		if (team.size() == maxSize) {
			return;
		}
		for (int next = from; next < problem.size(); next++) {
			team.add(next);
			enumerate(problem, maxSize, next + 1, team, found);
			team.remove(team.size() - 1);
		}
	}

	static List<Team> heuristic(Problem problem, int maxSize, int first) {
		Set<Team> found = new LinkedHashSet<>();
		for (int seed = 0; seed < problem.size(); seed++) {
			List<Integer> team = cover(problem, seed, maxSize);
			Team start = (team != null) ? feasible(problem, team, maxSize) : null;
			if (start != null) {
				found.add(improve(problem, start, maxSize));
			}
		}
		return best(found, first);
	}

	// A covering team as it is, or, when it is one expert below the solo level, with the
	// partner that makes it best.
	private static @Nullable Team feasible(Problem problem, List<Integer> team, int maxSize) {
		Team evaluated = evaluate(problem, team, maxSize);
		if (evaluated != null) {
			return evaluated;
		}
		Team best = null;
		for (int candidate = 0; candidate < problem.size(); candidate++) {
			if (team.contains(candidate)) {
				continue;
			}
			List<Integer> added = new ArrayList<>(team);
			added.add(candidate);
			Team other = evaluate(problem, added, maxSize);
			if (other != null && (best == null || other.objective() > best.objective() + EPSILON)) {
				best = other;
			}
		}
		return best;
	}

	// Adds, while a target is unknown, the candidate that most raises the partial team's
	// objective (unknown targets count 0); null when no team of maxSize covers them.
	private static @Nullable List<Integer> cover(Problem problem, int seed, int maxSize) {
		List<Integer> team = new ArrayList<>(List.of(seed));
		while (!covers(problem, team)) {
			if (team.size() == maxSize) {
				return null;
			}
			int best = -1;
			double bestValue = -1;
			for (int candidate = 0; candidate < problem.size(); candidate++) {
				if (team.contains(candidate)) {
					continue;
				}
				team.add(candidate);
				double value = partial(problem, team);
				team.remove(team.size() - 1);
				if (value > bestValue + EPSILON) {
					bestValue = value;
					best = candidate;
				}
			}
			if (best < 0) {
				return null;
			}
			team.add(best);
		}
		return team;
	}

	private static boolean covers(Problem problem, List<Integer> team) {
		for (int t = 0; t < problem.technologies().size(); t++) {
			int best = 0;
			for (int member : team) {
				best = Math.max(best, problem.levels()[member][t]);
			}
			if (best == 0) {
				return false;
			}
		}
		return true;
	}

	// The objective with unknown targets counting 0: how the greedy step compares
	// partial teams. Knowing one more target is worth more than any depth.
	private static double partial(Problem problem, List<Integer> team) {
		double coverage = 0;
		int known = 0;
		for (int t = 0; t < problem.technologies().size(); t++) {
			int[] top = bestTwoLevels(problem, team, t);
			int best = top[0];
			int second = top[1];
			known += (best > 0) ? 1 : 0;
			coverage += best + SECOND_BONUS * second;
		}
		return known * 1e6 + coverage / (1 + COST_WEIGHT * cost(problem, team));
	}

	// Local search: the best feasible neighbour (one member added, dropped or swapped)
	// while it raises the objective.
	private static Team improve(Problem problem, Team start, int maxSize) {
		Team current = start;
		while (true) {
			Team best = current;
			List<Integer> members = current.members();
			for (int candidate = 0; candidate < problem.size(); candidate++) {
				if (members.contains(candidate)) {
					continue;
				}
				List<Integer> added = new ArrayList<>(members);
				added.add(candidate);
				best = better(best, evaluate(problem, added, maxSize));
				for (int i = 0; i < members.size(); i++) {
					List<Integer> swapped = new ArrayList<>(members);
					swapped.set(i, candidate);
					best = better(best, evaluate(problem, swapped, maxSize));
				}
			}
			for (int i = 0; i < members.size(); i++) {
				List<Integer> dropped = new ArrayList<>(members);
				dropped.remove(i);
				best = better(best, evaluate(problem, dropped, maxSize));
			}
			if (best == current) {
				return current;
			}
			current = best;
		}
	}

	/**
	 * Why this team, in words: how it was found, what it covers and what it costs.
	 */
	static String explain(Problem problem, Team team, Method method, int maxSize) {
		StringBuilder text = new StringBuilder();
		if (method == Method.EXACT) {
			text.append("EXACT: the best of every team of 1 to %d of the %d candidates. "
				.formatted(Math.min(maxSize, problem.size()), problem.size()));
		}
		else {
			text.append(("HEURISTIC: %d candidates are too many to try every team; greedy cover from each, "
					+ "then local search (add, drop or swap one member); not proven optimal. ")
				.formatted(problem.size()));
		}
		if (team.members().size() == 1) {
			text.append("One expert knows every target at level %d or more. ".formatted(SOLO_LEVEL));
		}
		List<String> parts = new ArrayList<>();
		for (int t = 0; t < problem.technologies().size(); t++) {
			int best = -1;
			int second = -1;
			for (int member : team.members()) {
				int level = problem.levels()[member][t];
				if (level == 0) {
					continue;
				}
				if (best < 0 || level > problem.levels()[best][t]) {
					second = best;
					best = member;
				}
				else if (second < 0 || level > problem.levels()[second][t]) {
					second = member;
				}
			}
			String part = "%s level %d (%s)".formatted(problem.technologies().get(t), problem.levels()[best][t],
					problem.experts().get(best));
			if (second >= 0) {
				part += " + depth %s × %d (%s)".formatted(fmt(SECOND_BONUS), problem.levels()[second][t],
						problem.experts().get(second));
			}
			parts.add(part);
		}
		int pairs = 0;
		int directTies = 0;
		for (int i = 0; i < team.members().size(); i++) {
			for (int j = i + 1; j < team.members().size(); j++) {
				pairs++;
				directTies += (problem.distance()[team.members().get(i)][team.members().get(j)] == 1) ? 1 : 0;
			}
		}
		text.append("Coverage %s: %s. ".formatted(fmt(team.coverage()), String.join("; ", parts)));
		text.append("Communication cost %d over %d pair%s, %d of them directly tied. ".formatted(team.cost(), pairs,
				(pairs == 1) ? "" : "s", directTies));
		text.append("Objective %s / (1 + %s × %d) = %s.".formatted(fmt(team.coverage()), fmt(COST_WEIGHT), team.cost(),
				fmt(team.objective())));
		return text.toString();
	}

	private static String fmt(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
	}

	private static Team better(Team best, @Nullable Team other) {
		return (other != null && other.objective() > best.objective() + EPSILON) ? other : best;
	}

}
