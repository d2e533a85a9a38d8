package io.chaingraph.system.graphql;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time limit of a read by its statement text: until a text has run to completion once
 * in this process, it gets {@code chaingraph.limits.cold-read-timeout}, at most
 * {@link #COLD_TRIES} times; after that, the normal limit. Cypher compiles a plan the
 * first time it sees a text, which on a cold JVM took 1 to 4 s for some of the service's
 * statements: more than the normal limit, for a read that runs in milliseconds once
 * planned.
 *
 * <p>
 * A text is warm when a read of it completed, not when it was first tried: a background
 * warm-up stopped on a busy machine used to spend the text's cold limit, and the user's
 * first request then met the normal limit on a plan still not compiled. The tries are
 * bounded so that a read that always runs too long gets the longer limit twice, not on
 * every request. The texts are the service's own (values are parameters), so they are
 * few; past {@link #MAX_TEXTS} every text gets the normal limit, so that no sequence of
 * shapes can grow the sets.
 */
public final class ColdPlanBudget {

	static final int MAX_TEXTS = 10_000;

	static final int COLD_TRIES = 2;

	private final Set<String> warm = ConcurrentHashMap.newKeySet();

	private final Map<String, Integer> tries = new ConcurrentHashMap<>();

	private final Duration cold;

	public ColdPlanBudget(Duration cold) {
		this.cold = cold;
	}

	/**
	 * The limit for this execution of {@code cypher}, whose normal limit is
	 * {@code timeout}: the longer of the two while the text is cold.
	 */
	public Duration timeout(String cypher, Duration timeout) {
		if (this.cold.compareTo(timeout) <= 0 || this.warm.contains(cypher) || full()) {
			return timeout;
		}
		return (this.tries.merge(cypher, 1, Integer::sum) <= COLD_TRIES) ? this.cold : timeout;
	}

	/**
	 * A read of {@code cypher} ran to completion: its plan is compiled.
	 */
	public void completed(String cypher) {
		// Every read calls this; a warm text, the usual case, costs one look-up.
		if (this.warm.contains(cypher)) {
			return;
		}
		if (this.tries.remove(cypher) != null || !full()) {
			this.warm.add(cypher);
		}
	}

	private boolean full() {
		return this.warm.size() + this.tries.size() >= MAX_TEXTS;
	}

}
