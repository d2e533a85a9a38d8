package io.chaingraph.system;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time limit of a read by its statement text: the first execution of a text in this
 * process gets {@code chaingraph.limits.cold-read-timeout}, later ones the normal limit.
 * Cypher compiles a plan the first time it sees a text, which on a cold JVM took 1 to 4 s
 * for some of the service's statements: more than the normal limit, for a read that runs
 * in milliseconds once planned. The texts are the service's own (values are parameters),
 * so they are few; past {@link #MAX_TEXTS} every text gets the normal limit, so that no
 * sequence of shapes can grow the set or keep the longer limit.
 */
public final class ColdPlanBudget {

	static final int MAX_TEXTS = 10_000;

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	private final Duration cold;

	public ColdPlanBudget(Duration cold) {
		this.cold = cold;
	}

	/**
	 * The limit for this execution of {@code cypher}, whose normal limit is
	 * {@code timeout}: the longer of the two the first time the text is seen.
	 */
	public Duration timeout(String cypher, Duration timeout) {
		if (this.cold.compareTo(timeout) <= 0 || this.seen.contains(cypher) || this.seen.size() >= MAX_TEXTS) {
			return timeout;
		}
		return this.seen.add(cypher) ? this.cold : timeout;
	}

}
