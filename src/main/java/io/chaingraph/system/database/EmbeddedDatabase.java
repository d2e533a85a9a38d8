package io.chaingraph.system.database;

import io.chaingraph.system.database.SeedStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.jspecify.annotations.Nullable;

import org.springframework.util.FileSystemUtils;

/**
 * Neo4j running inside this process, reachable over Bolt so that the application's
 * driver, Neo4j Browser and cypher-shell all talk to it the same way as to a server, with
 * the password kept in the store directory ({@link BoltPassword}).
 *
 * <p>
 * With the connector switched off the service's own driver still needs Bolt: Neo4j 5.26
 * offers no other way in for the Java driver that Spring Data Neo4j runs on (its
 * in-process and domain-socket connectors start only alongside the TCP one, and the
 * driver reaches the in-process one only through internal API). Off therefore means a
 * connector on a loopback port of the system's choosing, named nowhere, with a password
 * that exists only in this process's memory and WebSocket refused.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedDatabase.class);

	private static final String LOOPBACK = "127.0.0.1";

	private final CompletableFuture<DatabaseManagementService> service;

	private final Path storeDir;

	private final URI boltUri;

	private final AtomicBoolean closed = new AtomicBoolean();

	private final boolean ephemeral;

	private final String password;

	private final @Nullable Path passwordFile;

	private final AtomicReference<@Nullable SeedStore> seedStore;

	private EmbeddedDatabase(CompletableFuture<DatabaseManagementService> service, Path storeDir, URI boltUri,
			boolean ephemeral, String password, @Nullable Path passwordFile,
			AtomicReference<@Nullable SeedStore> seedStore) {
		this.service = service;
		this.seedStore = seedStore;
		this.ephemeral = ephemeral;
		this.storeDir = storeDir;
		this.boltUri = boltUri;
		this.password = password;
		this.passwordFile = passwordFile;
	}

	static EmbeddedDatabase start(DatabaseProperties.Embedded settings) {
		return start(settings, null, () -> "");
	}

	/**
	 * Checks the store directory and the Bolt port at once, then starts Neo4j on another
	 * thread: its start overlaps with Spring's, and {@link #awaitStarted()} waits for it.
	 * When {@code seedArchive} is given and the store has no database yet, the archive is
	 * unpacked first ({@link SeedStore}), on the same thread.
	 */
	static EmbeddedDatabase start(DatabaseProperties.Embedded settings, @Nullable Path seedArchive,
			Supplier<String> seedFingerprint) {
		Path storeDir = settings.ephemeral() ? temporaryStoreDir() : settings.storeDir().toAbsolutePath().normalize();
		prepareStoreDir(storeDir);
		String address = settings.boltEnabled() ? settings.boltAddress() : LOOPBACK;
		int port = (settings.boltEnabled() && settings.boltPort() != 0) ? checkPortFree(settings) : freePort(address);
		Path passwordFile = settings.boltEnabled() ? storeDir.resolve(BoltPassword.FILE_NAME) : null;
		String password = (passwordFile != null) ? BoltPassword.ofStore(storeDir) : BoltPassword.generate();
		URI boltUri = URI.create("bolt://%s:%d".formatted(address, port));
		AtomicReference<@Nullable SeedStore> seedStore = new AtomicReference<>();
		CompletableFuture<DatabaseManagementService> service = CompletableFuture.supplyAsync(() -> {
			long started = System.nanoTime();
			SeedStore.unpack(seedArchive, storeDir, seedFingerprint).ifPresent((unpacked) -> {
				seedStore.set(unpacked);
				logger.info("Seed store %s unpacked in %d ms".formatted(seedArchive,
						Duration.ofNanos(System.nanoTime() - started).toMillis()));
			});
			DatabaseManagementService dbms = build(settings, new SocketAddress(address, port), storeDir, password);
			long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
			if (passwordFile != null) {
				logger.info("Embedded Neo4j started in %d ms, store %s, Bolt %s, user %s, password in %s"
					.formatted(millis, storeDir, boltUri, BoltPassword.USER, passwordFile));
			}
			else {
				logger.info(("Embedded Neo4j started in %d ms, store %s, Bolt closed to other clients "
						+ "(CHAINGRAPH_BOLT_ENABLED=false)")
					.formatted(millis, storeDir));
			}
			return dbms;
		}, (task) -> {
			Thread thread = new Thread(task, "embedded-neo4j-start");
			thread.setDaemon(true);
			thread.start();
		});
		return new EmbeddedDatabase(service, storeDir, boltUri, settings.ephemeral(), password, passwordFile,
				seedStore);
	}

	/**
	 * The seed store this start unpacked into an empty store, if it did; waits for the
	 * start.
	 */
	public Optional<SeedStore> seedStore() {
		awaitStarted();
		return Optional.ofNullable(this.seedStore.get());
	}

	URI boltUri() {
		return this.boltUri;
	}

	/**
	 * The store directory: the configured one, or the temporary one of an ephemeral
	 * store, which goes when the database closes.
	 */
	public Path storeDir() {
		return this.storeDir;
	}

	/**
	 * What the service's own driver logs in with.
	 */
	AuthToken authToken() {
		return AuthTokens.basic(BoltPassword.USER, this.password);
	}

	/**
	 * The owner-only file with the password, or null when Bolt is closed to other clients
	 * and the password is known to this process only.
	 */
	public @Nullable Path passwordFile() {
		return this.passwordFile;
	}

	/**
	 * The database itself, for bulk work that would gain nothing from Bolt and Cypher;
	 * waits for the start.
	 */
	public GraphDatabaseService graph() {
		awaitStarted();
		return this.service.join().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/**
	 * Calls {@code listener} around every transaction of the database, for caches of what
	 * the graph holds that must know when it changed; waits for the start.
	 */
	public void registerTransactionEventListener(TransactionEventListener<?> listener) {
		awaitStarted();
		this.service.join().registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
	}

	/**
	 * Waits until Neo4j answers on its Bolt port, or throws why it could not start.
	 */
	public void awaitStarted() {
		try {
			this.service.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.service.thenAccept((dbms) -> {
				logger.info("Shutting down embedded Neo4j, store " + this.storeDir);
				dbms.shutdown();
				logger.info("Embedded Neo4j stopped");
			}).exceptionally((ex) -> null).join();
			if (this.ephemeral) {
				FileSystemUtils.deleteRecursively(this.storeDir.toFile());
			}
		}
	}

	private static Path temporaryStoreDir() {
		try {
			return Files.createTempDirectory("chaingraph-neo4j-");
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException("No temporary directory for an ephemeral store: " + ex.getMessage(),
					ex);
		}
	}

	private static void prepareStoreDir(Path storeDir) {
		try {
			Files.createDirectories(storeDir);
		}
		catch (IOException | SecurityException ex) {
			throw new EmbeddedDatabaseException(
					"The store directory %s cannot be created (%s). Point %s at a writable directory.".formatted(
							storeDir, ex.getMessage(), "CHAINGRAPH_STORE_DIR (chaingraph.database.embedded.store-dir)"),
					ex);
		}
		if (!Files.isDirectory(storeDir) || !Files.isWritable(storeDir)) {
			throw new EmbeddedDatabaseException(
					"The store directory %s is not a writable directory. Point %s at a writable directory."
						.formatted(storeDir, "CHAINGRAPH_STORE_DIR (chaingraph.database.embedded.store-dir)"));
		}
	}

	private static int checkPortFree(DatabaseProperties.Embedded settings) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(settings.boltAddress(), settings.boltPort()));
			return settings.boltPort();
		}
		catch (IOException ex) {
			throw portTaken(settings, ex);
		}
	}

	// Neo4j could pick the port itself, but then the driver's URI would have to wait for
	// its start.
	private static int freePort(String address) {
		try (ServerSocket socket = new ServerSocket()) {
			// Without address reuse the system offers no port that recently closed
			// connections still hold, which Neo4j's own bind would then refuse.
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress(address, 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException("No free port on %s for Bolt: %s".formatted(address, ex.getMessage()),
					ex);
		}
	}

	private static EmbeddedDatabaseException portTaken(DatabaseProperties.Embedded settings, Throwable cause) {
		if (settings.boltPort() == 0) {
			// The port was picked free a moment before Neo4j bound it, and another
			// process took it meanwhile: "port 0 is in use" would name nothing true.
			return new EmbeddedDatabaseException(
					"The free port picked for Bolt on %s was taken by another process before Neo4j bound it. Start again, or set CHAINGRAPH_BOLT_PORT (chaingraph.database.embedded.bolt-port) to a free port."
						.formatted(settings.boltAddress()),
					cause);
		}
		return new EmbeddedDatabaseException(
				"The Bolt port %s:%d is already in use. Set CHAINGRAPH_BOLT_PORT (chaingraph.database.embedded.bolt-port) to a free port, or to 0 to pick one."
					.formatted(settings.boltAddress(), settings.boltPort()),
				cause);
	}

	private static DatabaseManagementService build(DatabaseProperties.Embedded settings, SocketAddress listen,
			Path storeDir, String password) {
		BoltPassword.offerAsInitial(storeDir, password);
		try {
			DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(storeDir)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, listen)
				// Loopback is no boundary: any local process, and any web page the user
				// opens, can reach it.
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				.setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCache().toBytes())
				// Netty waits this long for new tasks before each of Bolt's two event
				// loop
				// groups stops: ten seconds of every shutdown spent waiting, in a process
				// that is stopping anyway.
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
				// The system and store diagnostics written to debug.log at every start
				// took about a second of a restart (Neo4j's own description of the
				// setting says as much); the service logs its own start phases instead.
				.setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
				// Neo4j's usage report to its vendor: a service keeping a province's
				// programme sends nothing anywhere it was not asked to.
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.build();
			checkBoltBound(dbms, settings);
			List<String> origins = settings.boltEnabled() ? settings.boltWebSocketOrigins() : List.of();
			new BoltWebSocketGuard(origins).install(dbms);
			BoltPassword.ensure(dbms, storeDir, password);
			return dbms;
		}
		catch (RuntimeException ex) {
			throw classify(ex, settings, storeDir);
		}
	}

	// By the exception's type anywhere in the chain: Neo4j wraps the cause in lifecycle
	// exceptions whose messages change between versions.
	static RuntimeException classify(RuntimeException ex, DatabaseProperties.Embedded settings, Path storeDir) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.neo4j.io.locker.FileLockException
					|| cause instanceof org.neo4j.io.pagecache.impl.FileLockException) {
				return new EmbeddedDatabaseException(
						"The store %s is locked by another running instance. Stop it, or set CHAINGRAPH_STORE_DIR (chaingraph.database.embedded.store-dir) to another directory."
							.formatted(storeDir),
						ex);
			}
			if (cause instanceof java.net.BindException) {
				return portTaken(settings, ex);
			}
		}
		return new EmbeddedDatabaseException(
				"The embedded database in %s failed to start: %s".formatted(storeDir, ex.getMessage()), ex);
	}

	private static void checkBoltBound(DatabaseManagementService dbms, DatabaseProperties.Embedded settings) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		HostnamePort bound = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		if (bound == null) {
			dbms.shutdown();
			throw portTaken(settings, new IllegalStateException("Bolt connector did not bind"));
		}
	}

}
