package io.chaingraph.system.database;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.lifecycle.LifecycleException;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed start is told by the type of what failed, wherever Neo4j wrapped it, not by
 * the words of a message.
 */
class EmbeddedDatabaseFailureTests {

	private static final Path STORE = Path.of("/srv/chaingraph");

	private static final DatabaseProperties.Embedded SETTINGS = new DatabaseProperties.Embedded(STORE, false,
			"127.0.0.1", 7687, DataSize.ofMegabytes(16), true, List.of(), "");

	@Test
	void aLockedStoreIsToldByItsLockException() {
		RuntimeException failure = new LifecycleException("Component failed to start",
				new RuntimeException("wrapped", new FileLockException("any wording at all", null)));
		assertThat(EmbeddedDatabase.classify(failure, SETTINGS, STORE))
			.hasMessageContaining("The store /srv/chaingraph is locked by another running instance")
			.hasCause(failure);
	}

	@Test
	void aTakenPortIsToldByItsBindException() {
		RuntimeException failure = new RuntimeException("Bolt failed",
				new PortBindException(new InetSocketAddress("127.0.0.1", 7687), new BindException("whatever")));
		assertThat(EmbeddedDatabase.classify(failure, SETTINGS, STORE))
			.hasMessageContaining("The Bolt port 127.0.0.1:7687 is already in use");
	}

	// Seen in ImportKilledMidwayIT: two commands started together with bolt-port 0, and
	// the message said "The Bolt port 127.0.0.1:0 is already in use".
	@Test
	void aPickedPortTakenMeanwhileIsToldAsSuchNotAsPortZero() {
		DatabaseProperties.Embedded anyPort = new DatabaseProperties.Embedded(STORE, false, "127.0.0.1", 0,
				DataSize.ofMegabytes(16), true, List.of(), "");
		RuntimeException failure = new RuntimeException("Bolt failed",
				new PortBindException(new InetSocketAddress("127.0.0.1", 41234), new BindException("whatever")));
		assertThat(EmbeddedDatabase.classify(failure, anyPort, STORE))
			.hasMessageStartingWith("The free port picked for Bolt on 127.0.0.1 was taken by another process")
			.hasMessageNotContaining(":0");
	}

	@Test
	void wordsInAMessageAloneClassifyNothing() {
		RuntimeException failure = new RuntimeException(
				"Lock file has been locked; Address already in use; store_lock");
		assertThat(EmbeddedDatabase.classify(failure, SETTINGS, STORE))
			.hasMessageStartingWith("The embedded database in /srv/chaingraph failed to start");
	}

}
