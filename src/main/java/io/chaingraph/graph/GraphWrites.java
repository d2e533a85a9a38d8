package io.chaingraph.graph;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.stereotype.Component;

/**
 * Writes in one managed transaction each, retried by the driver on transient errors; an
 * exception thrown inside, such as a refused move, rolls the whole write back. Workflows
 * record their steps in the same transaction with {@code audit.StatusHistory}.
 */
@Component
public class GraphWrites {

	private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private final Driver driver;

	GraphWrites(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Work inside a write transaction.
	 */
	@FunctionalInterface
	public interface Work<T> {

		T run(TransactionContext tx);

	}

	/**
	 * Runs the work in a write transaction. A work that creates by id decides "exists?"
	 * before it creates, and two of them can both decide "no": the one that commits
	 * second then fails on the id's unique constraint (two labels sharing one, University
	 * and Institute under Organization, or a plain CREATE, as postChallenge's). The
	 * driver does not retry that, so it is run once more here, in a new transaction that
	 * sees the committed node and answers as a sequential repeat does: unchanged, or
	 * BAD_REQUEST naming what differs. Once is enough: the node it lost to stays
	 * committed.
	 */
	public <T> T write(Work<T> work) {
		try {
			return writeOnce(work);
		}
		catch (ClientException ex) {
			if (!CONSTRAINT_FAILED.equals(ex.code())) {
				throw ex;
			}
			return writeOnce(work);
		}
	}

	private <T> T writeOnce(Work<T> work) {
		// The driver's one bookmark manager, which the reads share (GraphReads): on a
		// cluster, a read after a write of this process sees it, whichever member
		// serves the read.
		try (var session = this.driver.session(
				SessionConfig.builder().withBookmarkManager(this.driver.executableQueryBookmarkManager()).build())) {
			return session.executeWrite(work::run);
		}
	}

	/**
	 * Takes the node's write lock for the rest of the transaction, so that moves on one
	 * node run one after the other; false when there is no such node. The lock is taken
	 * by setting and removing a property of its own: setting the status to itself would
	 * write the value read before the lock was granted, and a read in a later statement
	 * would see that stale write instead of what the move before committed. Read what a
	 * move decides on after this, in a statement of its own.
	 */
	public static boolean lock(TransactionContext tx, NodeLabel label, String id) {
		return tx
			.run("MATCH (n:%s {id: $id}) SET n._lock = true REMOVE n._lock RETURN count(n) AS n"
				.formatted(label.name()), Map.of("id", id))
			.single()
			.get("n")
			.asLong() > 0;
	}

}
