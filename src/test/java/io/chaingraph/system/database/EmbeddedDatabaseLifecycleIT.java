package io.chaingraph.system.database;

import io.chaingraph.system.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded database across the life of the service process: data written over Bolt
 * survives SIGTERM and a restart, and a second instance on the same store is refused
 * without harm.
 */
class EmbeddedDatabaseLifecycleIT {

	private static final Duration START = Duration.ofSeconds(90);

	@TempDir
	Path storeDir;

	@Test
	void dataShouldSurviveSigtermAndRestartWhileSecondInstanceIsRefused() throws Exception {
		try (ServiceProcess first = ServiceProcess.start(this.storeDir)) {
			first.awaitReady(START);
			assertThat(first.output()).contains("Empty database: loading the seed dataset")
				.contains("user neo4j, password in " + this.storeDir.resolve("neo4j-password"))
				.doesNotContain(first.password());
			try (Driver driver = GraphDatabase.driver(first.boltUri(), first.auth())) {
				driver.executableQuery("CREATE (:City {id: 'restart-test', name: '重启市'})").execute();
			}

			assertThatExceptionOfType(EmbeddedDatabaseException.class).isThrownBy(() -> {
				EmbeddedDatabase second = EmbeddedDatabase.start(new DatabaseProperties.Embedded(this.storeDir, false,
						"127.0.0.1", 0, DataSize.ofMegabytes(16), true, List.of(), ""));
				try {
					second.awaitStarted();
				}
				finally {
					second.close();
				}
			})
				.withMessageContaining("locked by another running instance")
				.withMessageContaining(this.storeDir.toString());

			try (Driver driver = GraphDatabase.driver(first.boltUri(), first.auth())) {
				assertThat(countRestartCities(driver)).as("the running instance still serves its data").isEqualTo(1);
			}
			assertThat(first.terminate(Duration.ofSeconds(60))).isIn(0, 143);
			assertThat(first.output()).contains("Shutting down embedded Neo4j", "Embedded Neo4j stopped");
		}

		try (ServiceProcess restarted = ServiceProcess.start(this.storeDir)) {
			restarted.awaitReady(START);
			try (Driver driver = GraphDatabase.driver(restarted.boltUri(), restarted.auth())) {
				assertThat(countRestartCities(driver)).isEqualTo(1);
			}
			assertThat(restarted.output()).contains("0 file(s) applied now").doesNotContain("loading the seed dataset");
			restarted.terminate(Duration.ofSeconds(60));
		}
	}

	private static long countRestartCities(Driver driver) {
		return driver.executableQuery("MATCH (c:City {id: 'restart-test'}) RETURN count(c) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

}
