package io.chaingraph.system.migration;

import io.chaingraph.system.error.StartupException;

/**
 * A schema file cannot be applied, or was edited after it was applied.
 */
class SchemaMigrationException extends StartupException {

	SchemaMigrationException(String message) {
		super(message);
	}

	SchemaMigrationException(String message, Throwable cause) {
		super(message, cause);
	}

}
