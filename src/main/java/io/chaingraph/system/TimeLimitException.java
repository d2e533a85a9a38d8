package io.chaingraph.system;

/**
 * Work stopped at a time limit of its own (a connection search's budget): answered as a
 * TIMEOUT, since the same request may succeed a moment later, on a warm plan or a quieter
 * machine, and asking for less is advice rather than the cause.
 */
public class TimeLimitException extends RuntimeException {

	public TimeLimitException(String message, Throwable cause) {
		super(message, cause);
	}

}
