package io.chaingraph.system;

/**
 * Reads run once in the background when the service is ready, so that Cypher compiles
 * their plans before a user's first request of that shape does: a first statistics after
 * a start took 3.7 s on 2 cores, all of it compiling, and a fast start (the seed store)
 * runs no Cypher before it is ready. {@link WarmUps} runs every one, one after another.
 */
public interface WarmUp {

	/**
	 * Runs the reads; false when there was nothing to read them on (an empty graph).
	 * Failures propagate: the caller logs them and goes on with the next.
	 */
	boolean warmUp();

}
