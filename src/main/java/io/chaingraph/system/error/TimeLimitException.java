package io.chaingraph.system.error;

import org.jspecify.annotations.Nullable;

/**
 * Work stopped at a time limit of its own (a connection search's budget): answered as a
 * TIMEOUT, since the same request may succeed a moment later, on a warm plan or a quieter
 * machine, and asking for less is advice rather than the cause.
 */
public class TimeLimitException extends LocalisedException {

	public TimeLimitException(Throwable cause, ErrorMessage message, @Nullable Object... arguments) {
		super(ErrorText.of(message, arguments), cause);
	}

}
