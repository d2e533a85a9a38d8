package io.chaingraph.system.graphql;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The operation name a request is counted under in the metrics, from a set that cannot
 * grow without bound: every name the explorer's own operation files declare, then the
 * first {@link #MAX_OTHERS} other names clients send, then {@link #OTHER}. Unnamed
 * operations are {@link #ANONYMOUS}. Each name is a label value of every series of the
 * request timer, so a client sending a new name per request must not add series per
 * request.
 */
final class OperationNames {

	static final String ANONYMOUS = "anonymous";

	static final String OTHER = "other";

	static final int MAX_OTHERS = 100;

	/** Longer names count as {@link #OTHER}; no explorer operation comes near. */
	static final int MAX_LENGTH = 80;

	private final Set<String> known;

	private final Set<String> others = ConcurrentHashMap.newKeySet();

	OperationNames(Collection<String> known) {
		this.known = Set.copyOf(known);
	}

	String tag(@Nullable String name) {
		if (name == null || name.isEmpty()) {
			return ANONYMOUS;
		}
		if (this.known.contains(name) || this.others.contains(name)) {
			return name;
		}
		if (name.length() > MAX_LENGTH || name.equals(ANONYMOUS) || name.equals(OTHER)) {
			return OTHER;
		}
		// Racing requests may overshoot the cap by the number of threads, never more.
		if (this.others.size() < MAX_OTHERS) {
			this.others.add(name);
			return name;
		}
		return OTHER;
	}

}
