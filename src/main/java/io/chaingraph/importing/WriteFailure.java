package io.chaingraph.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.MaxLength;
import io.chaingraph.system.error.DatabaseFailures;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Why a write of an import failed, in words for the person who runs it: never a class
 * name, a stack trace or the database's own message, which may quote values and internal
 * ids. The full exception goes to the log.
 */
final class WriteFailure {

	private static final Pattern TAKEN = Pattern.compile("label `(\\w+)` and property `id` = '([^']*)'");

	private WriteFailure() {
	}

	static String reason(Throwable failure) {
		if (DatabaseFailures.isUnavailable(failure)) {
			return "the database became unavailable";
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof GraphWriter.EndMissing) {
				return "a node the rows join was deleted by another writer during the import";
			}
			if (cause instanceof org.neo4j.graphdb.NotFoundException) {
				return "a node the rows join was deleted by another writer during the import";
			}
			String code = code(cause);
			if (code != null && code.endsWith("Schema.ConstraintValidationFailed")) {
				return taken(failure);
			}
			if (code != null) {
				return reasonOf(code);
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("too large to index")) {
				return "a value is too large for its index";
			}
		}
		return "the database refused the write";
	}

	// The id is the import's own, so it is named; the rest of the database's message is
	// not.
	private static String taken(Throwable failure) {
		// The embedded engine names the label and property only in an outer exception.
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			Matcher id = TAKEN.matcher(String.valueOf(cause.getMessage()));
			if (id.find() && id.group(2).length() <= MaxLength.ID) {
				return "a uniqueness constraint refused a node: another writer gave its id '%s' to a node during the import%s"
					.formatted(id.group(2),
							id.group(1).equals(GlobalIds.LABEL) ? ", and ids are unique across the graph" : "");
			}
		}
		return reasonOf("Schema.ConstraintValidationFailed");
	}

	private static String reasonOf(String code) {
		if (code.endsWith("Schema.ConstraintValidationFailed")) {
			return "a uniqueness constraint refused a node: another writer gave one of the import's ids "
					+ "to a node during the import";
		}
		if (code.endsWith("Statement.EntityNotFound")) {
			return "a node the rows join was deleted by another writer during the import";
		}
		if (code.contains("MemoryPoolOutOfMemoryError") || code.contains("TransactionOutOfMemoryError")) {
			return "a batch needed more memory than the database gives a transaction; "
					+ "lower chaingraph.import.batch-size";
		}
		if (code.contains("Transaction.TransactionTimedOut")
				|| code.contains("TransactionTimedOutClientConfiguration")) {
			return "a batch took longer than the database lets a transaction run; lower chaingraph.import.batch-size";
		}
		if (code.contains("DeadlockDetected") || code.contains("LockClient")) {
			return "another writer held the nodes a batch needed";
		}
		return "the database refused the write (%s)".formatted(code);
	}

	// The status code the embedded engine or the driver gives, such as
	// Neo.ClientError.Schema.ConstraintValidationFailed.
	private static String code(Throwable cause) {
		if (cause instanceof org.neo4j.driver.exceptions.Neo4jException driver && driver.code() != null
				&& !driver.code().isEmpty()) {
			return driver.code();
		}
		if (cause instanceof Status.HasStatus status && status.status() != null) {
			return status.status().code().serialize();
		}
		return null;
	}

}
