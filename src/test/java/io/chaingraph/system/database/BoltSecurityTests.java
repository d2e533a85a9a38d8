package io.chaingraph.system.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import io.chaingraph.ChainGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded database's Bolt connector lets in only those who have the password from
 * the store's owner-only file; web pages get no WebSocket to it; and switched off, it
 * serves the service alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class BoltSecurityTests {

	private static final String EVIL = "http://evil.example";

	@TempDir
	Path storeDir;

	@Test
	void boltShouldRefuseNoAuthAndWrongPasswordAndAcceptThePasswordFromTheFile(CapturedOutput output)
			throws IOException {
		try (EmbeddedDatabase database = start(settings(true, List.of()))) {
			Path file = this.storeDir.resolve("neo4j-password");
			String password = Files.readString(file).strip();

			assertRefused(database.boltUri(), AuthTokens.none());
			assertRefused(database.boltUri(), AuthTokens.basic("neo4j", "neo4j"));
			assertRefused(database.boltUri(), AuthTokens.basic("neo4j", password + "x"));
			assertThat(count(database.boltUri(), AuthTokens.basic("neo4j", password), "RETURN 1 AS n")).isOne();

			assertThat(password).hasSizeGreaterThanOrEqualTo(40);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(output.getAll()).contains("password in " + file).doesNotContain(password);
			assertThat(this.storeDir.resolve("data/dbms/auth.ini")).as("the initial-user file, once applied")
				.doesNotExist();
		}
	}

	@Test
	void storeMadeWithAuthenticationOffShouldWorkAfterTheUpgrade() throws IOException {
		// What earlier versions ran: the same store layout with authentication off, so
		// the neo4j user kept Neo4j's default password and its required change.
		DatabaseManagementService old = new DatabaseManagementServiceBuilder(this.storeDir)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		old.database("neo4j").executeTransactionally("CREATE (:City {id: 'upgrade-test', name: '升级市'})");
		old.shutdown();
		assertThat(this.storeDir.resolve("neo4j-password")).doesNotExist();

		try (EmbeddedDatabase database = start(settings(true, List.of()))) {
			String password = Files.readString(this.storeDir.resolve("neo4j-password")).strip();
			assertThat(count(database.boltUri(), AuthTokens.basic("neo4j", password),
					"MATCH (c:City {id: 'upgrade-test'}) RETURN count(c) AS n"))
				.isOne();
			assertRefused(database.boltUri(), AuthTokens.basic("neo4j", "neo4j"));
			assertRefused(database.boltUri(), AuthTokens.none());
		}
	}

	@Test
	void passwordWrittenIntoTheFileShouldBeTheOneAfterRestart() throws IOException {
		String first;
		try (EmbeddedDatabase database = start(settings(true, List.of()))) {
			first = Files.readString(this.storeDir.resolve("neo4j-password")).strip();
		}
		String second = BoltPassword.generate();
		Files.writeString(this.storeDir.resolve("neo4j-password"), second + "\n");

		try (EmbeddedDatabase database = start(settings(true, List.of()))) {
			assertThat(count(database.boltUri(), AuthTokens.basic("neo4j", second), "RETURN 1 AS n")).isOne();
			assertRefused(database.boltUri(), AuthTokens.basic("neo4j", first));
		}
		try (EmbeddedDatabase database = start(settings(true, List.of()))) {
			assertThat(count(database.boltUri(), AuthTokens.basic("neo4j", second), "RETURN 1 AS n"))
				.as("a password the user already has is kept as it is")
				.isOne();
		}
	}

	@Test
	void webSocketUpgradeShouldBeRefusedUnlessItsOriginIsAllowed() throws IOException {
		try (EmbeddedDatabase database = start(settings(true, List.of("https://browser.example")))) {
			assertThat(upgrade(database.boltUri(), EVIL)).startsWith("HTTP/1.1 403");
			assertThat(upgrade(database.boltUri(), null)).startsWith("HTTP/1.1 403");
			assertThat(upgrade(database.boltUri(), "https://browser.example.evil.example")).startsWith("HTTP/1.1 403");
			// The guard lets the listed origin through to Neo4j's own WebSocket handler;
			// the password is still needed on that socket, as on any other.
			assertThat(upgrade(database.boltUri(), "https://browser.example")).startsWith("HTTP/1.1 101");
			String password = Files.readString(this.storeDir.resolve("neo4j-password")).strip();
			assertThat(count(database.boltUri(), AuthTokens.basic("neo4j", password), "RETURN 1 AS n"))
				.as("plain Bolt past the guard")
				.isOne();
		}
	}

	@Test
	void webSocketShouldBeRefusedForEveryOriginByDefault() throws IOException {
		try (EmbeddedDatabase database = start(settings(true, List.of()))) {
			assertThat(upgrade(database.boltUri(), EVIL)).startsWith("HTTP/1.1 403");
			assertThat(upgrade(database.boltUri(), "https://browser.neo4j.io")).startsWith("HTTP/1.1 403");
		}
	}

	@Test
	void boltSwitchedOffShouldServeOnlyTheServiceOnAnUnnamedPort(CapturedOutput output) throws IOException {
		// A password file from an earlier run with Bolt open must not open it now.
		try (EmbeddedDatabase database = start(settings(true, List.of()))) {
			assertThat(database.passwordFile()).isNotNull();
		}
		String filed = Files.readString(this.storeDir.resolve("neo4j-password")).strip();
		int configured = freePort();
		DatabaseProperties.Embedded off = new DatabaseProperties.Embedded(this.storeDir, false, "127.0.0.1", configured,
				DataSize.ofMegabytes(16), false, List.of("https://browser.example"), "");

		try (EmbeddedDatabase database = start(off)) {
			assertThat(database.passwordFile()).isNull();
			assertThat(database.boltUri().getHost()).isEqualTo("127.0.0.1");
			assertThat(database.boltUri().getPort()).isNotEqualTo(configured);
			assertThat(listening(configured)).as("the configured Bolt port").isFalse();
			assertThat(count(database.boltUri(), database.authToken(), "RETURN 1 AS n")).isOne();
			assertRefused(database.boltUri(), AuthTokens.basic("neo4j", filed));
			assertRefused(database.boltUri(), AuthTokens.none());
			assertThat(upgrade(database.boltUri(), "https://browser.example")).startsWith("HTTP/1.1 403");
			assertThat(output.getAll()).contains("Bolt closed to other clients")
				.doesNotContain(":" + database.boltUri().getPort());
		}
	}

	@Test
	void wholeServiceShouldRunWithBoltSwitchedOff() {
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ChainGraphApplication.class).run(
				"--server.port=0", "--chaingraph.database.uri=", "--chaingraph.database.embedded.ephemeral=true",
				"--chaingraph.database.embedded.bolt-enabled=false", "--chaingraph.seed.on-empty-start=false",
				"--spring.main.banner-mode=off")) {
			EmbeddedDatabase database = service.getBean(EmbeddedDatabase.class);
			assertThat(database.passwordFile()).isNull();
			Driver driver = service.getBean(Driver.class);
			assertThat(driver.executableQuery("MATCH (m:SchemaMigration) RETURN count(m) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong()).as("schema files applied through the service's own driver").isPositive();
		}
	}

	private EmbeddedDatabase start(DatabaseProperties.Embedded settings) {
		EmbeddedDatabase database = EmbeddedDatabase.start(settings);
		try {
			database.awaitStarted();
		}
		catch (RuntimeException ex) {
			database.close();
			throw ex;
		}
		return database;
	}

	private DatabaseProperties.Embedded settings(boolean boltEnabled, List<String> origins) {
		return new DatabaseProperties.Embedded(this.storeDir, false, "127.0.0.1", 0, DataSize.ofMegabytes(16),
				boltEnabled, origins, "");
	}

	private static long count(URI uri, AuthToken auth, String query) {
		try (Driver driver = GraphDatabase.driver(uri, auth)) {
			return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
		}
	}

	private static void assertRefused(URI uri, AuthToken auth) {
		try (Driver driver = GraphDatabase.driver(uri, auth)) {
			assertThatExceptionOfType(AuthenticationException.class)
				.isThrownBy(() -> driver.executableQuery("RETURN 1").execute());
		}
	}

	/**
	 * Sends the request a browser sends to open a WebSocket and returns the status line
	 * of the answer.
	 */
	private static String upgrade(URI bolt, String origin) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(bolt.getHost(), bolt.getPort()), 5000);
			socket.setSoTimeout(10000);
			String request = "GET / HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
				.formatted(bolt.getHost(), bolt.getPort())
					+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
					+ ((origin != null) ? "Origin: " + origin + "\r\n" : "") + "\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
			return line.toString().strip();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
