package io.chaingraph.system.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5.26 community server in a JVM of its own, for the tests of external mode: the
 * same artifacts the service embeds, with authentication on and a Bolt connector on a
 * loopback port, so that the service reaches it only as it reaches any server, over the
 * network with a user and password. No Docker engine is needed; killing the JVM is a real
 * outage of the database, and a new one on the same store and port is its return.
 * <p>
 * {@link #main} is the server side: {@code STORE_DIR PORT PASSWORD}, port 0 picks one. It
 * prints {@value #READY} and the port once Bolt accepts logins, and stops when its
 * standard input ends (the test JVM exited or closed it) or on SIGTERM.
 */
final class Neo4jServerProcess implements AutoCloseable {

	static final String READY = "Neo4j server ready on port ";

	static final String USER = BoltPassword.USER;

	private static final Pattern READY_LINE = Pattern.compile(Pattern.quote(READY) + "(\\d+)");

	private final Process process;

	private final List<String> output = new CopyOnWriteArrayList<>();

	private final Path storeDir;

	private final String password;

	private final int port;

	private Neo4jServerProcess(Process process, Path storeDir, String password, Duration timeout)
			throws InterruptedException {
		this.process = process;
		this.storeDir = storeDir;
		this.password = password;
		Thread reader = new Thread(this::read, "neo4j-server-output");
		reader.setDaemon(true);
		reader.start();
		this.port = awaitReady(timeout);
	}

	/**
	 * Starts a server on this store and port (0 picks a free one) and waits until it
	 * accepts logins with the password.
	 */
	static Neo4jServerProcess start(Path storeDir, int port, String password) throws IOException, InterruptedException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Neo4jServerProcess.class.getName(),
				storeDir.toString(), Integer.toString(port), password);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		return new Neo4jServerProcess(process, storeDir, password, Duration.ofMinutes(2));
	}

	/**
	 * A server on the same store and port as this stopped one.
	 */
	Neo4jServerProcess restart() throws IOException, InterruptedException {
		if (this.process.isAlive()) {
			throw new IllegalStateException("The server still runs");
		}
		return start(this.storeDir, this.port, this.password);
	}

	int port() {
		return this.port;
	}

	String boltUri() {
		return "bolt://localhost:" + this.port;
	}

	String password() {
		return this.password;
	}

	/**
	 * What a crash or an operator's {@code kill -9} does: no shutdown, the store left for
	 * the next start to recover.
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The Neo4j server did not die within 30 s");
		}
	}

	String output() {
		return String.join("\n", this.output);
	}

	/**
	 * Ends its standard input, so that it shuts down cleanly, and kills it if it has not
	 * within 30 seconds.
	 */
	@Override
	public void close() {
		try {
			if (this.process.isAlive()) {
				this.process.getOutputStream().close();
				if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				}
			}
		}
		catch (IOException ex) {
			this.process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private int awaitReady(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			for (String line : this.output) {
				Matcher ready = READY_LINE.matcher(line);
				if (ready.find()) {
					return Integer.parseInt(ready.group(1));
				}
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"The Neo4j server exited with " + this.process.exitValue() + ":\n" + output());
			}
			Thread.sleep(50);
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("The Neo4j server was not ready within " + timeout + ":\n" + output());
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				this.output.add(line);
			}
		}
		catch (IOException ex) {
			// The process ended; what it printed is kept.
		}
	}

	/**
	 * The server: {@code STORE_DIR PORT PASSWORD}.
	 */
	public static void main(String[] args) throws IOException {
		Path storeDir = Path.of(args[0]).toAbsolutePath();
		int port = Integer.parseInt(args[1]);
		String password = args[2];
		// Given to Neo4j as its initial password before Bolt listens, as the embedded
		// database does, so the server is never reachable with the default one.
		BoltPassword.offerAsInitial(storeDir, password);
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(storeDir)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-server-shutdown"));
		BoltPassword.ensure(dbms, storeDir, password);
		HostnamePort bound = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		System.out.println(READY + bound.getPort());
		System.out.flush();
		// Until the test JVM closes the pipe, or dies: a server is never left behind.
		while (System.in.read() != -1) {
			// Nothing is sent on it.
		}
		System.exit(0);
	}

}
