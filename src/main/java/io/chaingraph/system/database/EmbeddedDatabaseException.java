package io.chaingraph.system.database;

import io.chaingraph.system.error.StartupException;

/**
 * The embedded database could not start; the message says why and which setting to
 * change.
 */
public class EmbeddedDatabaseException extends StartupException {

	EmbeddedDatabaseException(String message) {
		super(message);
	}

	EmbeddedDatabaseException(String message, Throwable cause) {
		super(message, cause);
	}

}
