package io.chaingraph.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team search on its own, without Spring or the graph (issue 15, finding 4).
 */
class TeamSearchTests {

	@Test // GH-15 finding 4: a lone level-2 expert ranked above a level-4 pair
	void aLevelFourPairBeatsALoneLevelTwoExpert() {
		// x0 knows both targets at level 2; x1 and x2 one each at level 4, with no tie.
		TeamSearch.Problem problem = problem(new int[][] { { 2, 2 }, { 4, 0 }, { 0, 4 } }, 3);
		List<TeamSearch.Team> teams = TeamSearch.exact(problem, 3, 5);
		assertThat(teams).isNotEmpty();
		assertThat(teams.get(0).members()).containsExactly(1, 2);
		assertThat(teams).noneSatisfy((team) -> assertThat(team.members()).containsExactly(0));
		assertThat(TeamSearch.heuristic(problem, 3, 1).get(0).members()).containsExactly(1, 2);
	}

	@Test // GH-15 finding 4: every proposal was one person at cost 0
	void aLoneExpertOnlyWhenTheyKnowEveryTargetAtTheSoloLevel() {
		TeamSearch.Problem problem = problem(new int[][] { { 3, 2 }, { 0, 3 } }, 1);
		assertThat(TeamSearch.evaluate(problem, List.of(0), 2)).isNull();
		assertThat(TeamSearch.exact(problem, 2, 5)).extracting(TeamSearch.Team::members).containsExactly(List.of(0, 1));
		TeamSearch.Problem strong = problem(new int[][] { { 3, 4 }, { 0, 3 } }, 3);
		assertThat(TeamSearch.exact(strong, 2, 1).get(0).members()).containsExactly(0);
	}

	@Test
	void depthCountsASecondMemberWhoKnowsATarget() {
		TeamSearch.Problem problem = problem(new int[][] { { 4, 4 }, { 4, 4 } }, 1);
		TeamSearch.Team pair = TeamSearch.evaluate(problem, List.of(0, 1), 2);
		TeamSearch.Team one = TeamSearch.evaluate(problem, List.of(0), 2);
		assertThat(pair.coverage()).isEqualTo(8 + 2 * TeamSearch.SECOND_BONUS * 4);
		assertThat(pair.objective()).isEqualTo(pair.coverage() / (1 + TeamSearch.COST_WEIGHT));
		assertThat(pair.objective()).isGreaterThan(one.objective());
	}

	@Test
	void theExplanationStatesMethodCoverageCostAndObjective() {
		TeamSearch.Problem problem = problem(new int[][] { { 2, 2 }, { 4, 0 }, { 0, 4 } }, 1);
		TeamSearch.Team team = TeamSearch.exact(problem, 3, 1).get(0);
		assertThat(TeamSearch.explain(problem, team, TeamSearch.Method.EXACT, 3)).startsWith("EXACT")
			.contains("t0 level 4 (x1)", "Communication cost 1 over 1 pair, 1 of them directly tied",
					"Objective 8 / (1 + 0.25 × 1) = 6.4");
	}

	@Test // GH-15 finding 4: the heuristic's distance from the optimum was unmeasured
	void theHeuristicIsWithinTenPercentOfTheExhaustiveOptimumOnEveryRandomInstance() {
		Random random = new Random(15);
		int instances = 0;
		double worst = 1;
		String worstCase = "";
		double sum = 0;
		while (instances < 300) {
			int candidates = 2 + random.nextInt(11);
			int targets = 1 + random.nextInt(4);
			int maxSize = 2 + random.nextInt(4);
			TeamSearch.Problem problem = randomProblem(random, candidates, targets);
			List<TeamSearch.Team> exact = TeamSearch.exact(problem, maxSize, 1);
			if (exact.isEmpty()) {
				continue;
			}
			List<TeamSearch.Team> heuristic = TeamSearch.heuristic(problem, maxSize, 3);
			assertThat(heuristic).as("the heuristic finds a team when one exists").isNotEmpty();
			assertThat(TeamSearch.evaluate(problem, heuristic.get(0).members(), maxSize)).isEqualTo(heuristic.get(0));
			double ratio = heuristic.get(0).objective() / exact.get(0).objective();
			assertThat(ratio).as("no feasible team beats the exhaustive optimum").isLessThanOrEqualTo(1 + 1e-9);
			assertThat(ratio)
				.as("heuristic / optimum on instance %d (%d candidates, %d targets, size <= %d)", instances, candidates,
						targets, maxSize)
				.isGreaterThanOrEqualTo(0.9);
			if (ratio < worst) {
				worst = ratio;
				worstCase = "%d candidates, %d targets, size <= %d: %.3f against %.3f".formatted(candidates, targets,
						maxSize, heuristic.get(0).objective(), exact.get(0).objective());
			}
			sum += ratio;
			instances++;
		}
		System.out.printf("heuristic / exhaustive optimum over %d instances (2 to 12 candidates): mean %.4f, worst %.4f"
				+ " (%s)%n", instances, sum / instances, worst, worstCase);
	}

	@Test
	void theExactSearchIsChosenWhileTheTeamsAreFew() {
		assertThat(TeamSearch.teams(20, 5)).isEqualTo(21_699);
		assertThat(TeamSearch.teams(60, 5)).isGreaterThan(TeamSearch.EXACT_TEAMS);
		TeamSearch.Problem small = problem(new int[][] { { 3, 3 }, { 4, 4 } }, 2);
		assertThat(TeamSearch.search(small, 5, 1).method()).isEqualTo(TeamSearch.Method.EXACT);
	}

	// Every pair at the same distance.
	private static TeamSearch.Problem problem(int[][] levels, int distance) {
		int n = levels.length;
		int[][] distances = new int[n][n];
		for (int a = 0; a < n; a++) {
			for (int b = 0; b < n; b++) {
				distances[a][b] = (a == b) ? 0 : distance;
			}
		}
		return new TeamSearch.Problem(ids("x", n), ids("t", levels[0].length), levels, distances);
	}

	private static TeamSearch.Problem randomProblem(Random random, int experts, int technologies) {
		int[][] levels = new int[experts][technologies];
		for (int x = 0; x < experts; x++) {
			for (int t = 0; t < technologies; t++) {
				if (random.nextInt(5) < 2) {
					levels[x][t] = 1 + random.nextInt(5);
				}
			}
		}
		int[][] distance = new int[experts][experts];
		for (int a = 0; a < experts; a++) {
			for (int b = a + 1; b < experts; b++) {
				distance[a][b] = 1 + random.nextInt(3);
				distance[b][a] = distance[a][b];
			}
		}
		return new TeamSearch.Problem(ids("x", experts), ids("t", technologies), levels, distance);
	}

	private static List<String> ids(String prefix, int n) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ids.add(prefix + i);
		}
		return ids;
	}

}
