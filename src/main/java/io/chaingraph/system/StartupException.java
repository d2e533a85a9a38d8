package io.chaingraph.system;

/**
 * A start-up failure whose message names the cause and the setting or file to change,
 * printed by {@link StartupFailureAnalyzer} instead of a stack trace.
 */
abstract class StartupException extends RuntimeException {

	StartupException(String message, Throwable cause) {
		super(message, cause);
	}

	StartupException(String message) {
		super(message);
	}

}
