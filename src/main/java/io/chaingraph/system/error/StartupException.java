package io.chaingraph.system.error;

/**
 * A start-up failure whose message names the cause and the setting or file to change,
 * printed by {@link StartupFailureAnalyzer} instead of a stack trace.
 */
public abstract class StartupException extends RuntimeException {

	protected StartupException(String message, Throwable cause) {
		super(message, cause);
	}

	protected StartupException(String message) {
		super(message);
	}

}
