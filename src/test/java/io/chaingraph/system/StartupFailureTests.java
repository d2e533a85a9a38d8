package io.chaingraph.system;

import io.chaingraph.system.database.EmbeddedDatabaseException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.chaingraph.ChainGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Start-up refuses clearly, naming the cause and the setting, and leaves no half-made
 * store.
 */
class StartupFailureTests {

	@TempDir
	Path tmp;

	@Test
	void takenBoltPortShouldStopStartNamingPortAndSetting() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			Throwable failure = start("--chaingraph.database.embedded.store-dir=" + this.tmp.resolve("store"),
					"--chaingraph.database.embedded.bolt-port=" + taken.getLocalPort());

			assertThat(failure).isInstanceOf(EmbeddedDatabaseException.class)
				.hasMessageContaining("127.0.0.1:" + taken.getLocalPort())
				.hasMessageContaining("CHAINGRAPH_BOLT_PORT");
			FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
			assertThat(analysis.getDescription()).contains(String.valueOf(taken.getLocalPort()));
		}
	}

	@Test
	void storeDirectoryThatCannotBeCreatedShouldStopStartNamingTheSetting() throws IOException {
		Path file = Files.writeString(this.tmp.resolve("not-a-directory"), "x");

		Throwable failure = start("--chaingraph.database.embedded.store-dir=" + file.resolve("store"),
				"--chaingraph.database.embedded.bolt-port=0");

		assertThat(failure).isInstanceOf(EmbeddedDatabaseException.class)
			.hasMessageContaining(file.resolve("store").toString())
			.hasMessageContaining("CHAINGRAPH_STORE_DIR");
		assertThat(Files.readString(file)).isEqualTo("x");
	}

	private static Throwable start(String... args) {
		return catchThrowable(() -> new SpringApplicationBuilder(ChainGraphApplication.class)
			.run(concat(args, "--server.port=0", "--chaingraph.database.uri=")));
	}

	private static String[] concat(String[] args, String... more) {
		String[] all = new String[args.length + more.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return all;
	}

}
