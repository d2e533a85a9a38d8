package io.chaingraph.expert;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The undirected graph that personalised PageRank walks for a ranking, with nodes
 * numbered so that the iterations run over arrays: with string-keyed maps of boxed
 * numbers, the walk cost more than every statement of the ranking together.
 */
final class PropagationGraph {

	/**
	 * A relationship as the graph holds it, for the evidence path along a walk.
	 *
	 * @param type relationship type
	 * @param from key of its start node
	 * @param to key of its end node
	 */
	record Step(String type, String from, String to) {

	}

	private final Map<String, Integer> index = new HashMap<>();

	private final List<String> keys = new ArrayList<>();

	private final List<int[]> neighbours = new ArrayList<>();

	private final List<Integer> degrees = new ArrayList<>();

	private final Map<Long, Step> steps = new HashMap<>();

	int node(String key) {
		Integer existing = this.index.get(key);
		if (existing != null) {
			return existing;
		}
		int node = this.keys.size();
		this.index.put(key, node);
		this.keys.add(key);
		this.neighbours.add(new int[4]);
		this.degrees.add(0);
		return node;
	}

	/**
	 * An undirected step, remembering the relationship's type and real direction.
	 */
	void link(String from, String to, String type) {
		int a = node(from);
		int b = node(to);
		if (this.steps.putIfAbsent(pair(a, b), new Step(type, from, to)) != null) {
			return;
		}
		this.steps.put(pair(b, a), new Step(type, from, to));
		add(a, b);
		add(b, a);
	}

	private void add(int from, int to) {
		int degree = this.degrees.get(from);
		int[] list = this.neighbours.get(from);
		if (degree == list.length) {
			list = Arrays.copyOf(list, degree * 2);
			this.neighbours.set(from, list);
		}
		list[degree] = to;
		this.degrees.set(from, degree + 1);
	}

	private static long pair(int a, int b) {
		return ((long) a << 32) | (b & 0xffffffffL);
	}

	/**
	 * Personalised PageRank with restart probability {@code 1 - damping}, from the given
	 * restart weights (normalised here); nodes with no neighbours keep only what restarts
	 * at them.
	 */
	Map<String, Double> pageRank(Map<String, Double> restartWeights, double damping, int iterations) {
		int size = this.keys.size();
		double[] restart = new double[size];
		double total = restartWeights.values().stream().mapToDouble(Double::doubleValue).sum();
		restartWeights.forEach((key, weight) -> restart[node(key)] += weight / total);
		int[] degree = this.degrees.stream().mapToInt(Integer::intValue).toArray();
		int[][] adjacency = this.neighbours.toArray(int[][]::new);
		double[] rank = restart.clone();
		double[] next = new double[size];
		for (int i = 0; i < iterations; i++) {
			for (int node = 0; node < size; node++) {
				next[node] = (1 - damping) * restart[node];
			}
			for (int node = 0; node < size; node++) {
				if (degree[node] == 0 || rank[node] == 0) {
					continue;
				}
				double share = damping * rank[node] / degree[node];
				int[] list = adjacency[node];
				for (int j = 0; j < degree[node]; j++) {
					next[list[j]] += share;
				}
			}
			double[] swap = rank;
			rank = next;
			next = swap;
		}
		Map<String, Double> ranks = new HashMap<>();
		for (int node = 0; node < size; node++) {
			ranks.put(this.keys.get(node), rank[node]);
		}
		return ranks;
	}

	/**
	 * The shortest walk from {@code start} to any of {@code sources}, as the steps taken,
	 * nearest the start first; empty when none is reachable or start is a source.
	 */
	List<Step> shortestWalk(String start, java.util.Set<String> sources) {
		Integer from = this.index.get(start);
		if (from == null) {
			return List.of();
		}
		int[] previous = new int[this.keys.size()];
		Arrays.fill(previous, -1);
		previous[from] = from;
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
		while (!queue.isEmpty()) {
			int node = queue.poll();
			if (sources.contains(this.keys.get(node))) {
				List<Step> walk = new ArrayList<>();
				for (int at = node; at != from; at = previous[at]) {
					walk.add(0, this.steps.get(pair(previous[at], at)));
				}
				return walk;
			}
			int[] list = this.neighbours.get(node);
			for (int j = 0; j < this.degrees.get(node); j++) {
				if (previous[list[j]] < 0) {
					previous[list[j]] = node;
					queue.add(list[j]);
				}
			}
		}
		return List.of();
	}

}
