package io.chaingraph.system.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.FormatException;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * The password of the embedded database's {@code neo4j} user: generated at the first
 * start, kept in the store directory in a file only the owner can read, and given to
 * Neo4j before its Bolt connector accepts anyone.
 *
 * <p>
 * Neo4j community has one user, {@code neo4j}, born with the password {@code neo4j} and a
 * required change. Stores made before authentication was turned on still have it so.
 * Neo4j itself replaces that default with the one in {@code data/dbms/auth.ini} while the
 * system database starts, which is before Bolt listens, so neither a new store nor an old
 * one is ever reachable with the default password. A password that differs for any other
 * reason (changed by hand, the file replaced) is set through the embedded API just after
 * the start: the file is the truth, and editing it then restarting is how the password is
 * changed.
 */
final class BoltPassword {

	static final String USER = "neo4j";

	/**
	 * The file's name in the store directory; the README's cypher-shell line reads it.
	 */
	static final String FILE_NAME = "neo4j-password";

	private static final Log logger = LogFactory.getLog(BoltPassword.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final SecureRandom random = new SecureRandom();

	private BoltPassword() {
	}

	/**
	 * The password in the store's file, written there first when the file is missing.
	 */
	static String ofStore(Path storeDir) {
		Path file = storeDir.resolve(FILE_NAME);
		try {
			if (Files.notExists(file)) {
				create(file);
			}
			restrict(file);
			String password = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (password.length() < 8) {
				throw new EmbeddedDatabaseException(
						"The password file %s holds fewer than 8 characters, the least Neo4j accepts. Delete it to have a new one generated."
							.formatted(file));
			}
			return password;
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException(
					"The password file %s cannot be read or written: %s".formatted(file, ex.getMessage()), ex);
		}
	}

	/**
	 * A password for one run only, kept in memory: no one outside this process can learn
	 * it.
	 */
	static String generate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	// Written beside and moved into place, so that a reader never sees a half-written
	// file and two starts racing on the same store agree on one password.
	private static void create(Path file) throws IOException {
		Path partial = Files.createTempFile(file.getParent(), FILE_NAME, ".partial", ownerOnly(file));
		try {
			restrict(partial);
			Files.writeString(partial, generate() + "\n", StandardCharsets.UTF_8);
			link(partial, file);
			logger.info("Generated the password of the embedded database's %s user into %s".formatted(USER, file));
		}
		catch (FileAlreadyExistsException ex) {
			// Another start wrote it first; its password is the one.
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	// A link, unlike a move, never replaces a file that appeared meanwhile.
	private static void link(Path partial, Path file) throws IOException {
		try {
			Files.createLink(file, partial);
		}
		catch (UnsupportedOperationException ex) {
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path file) {
		boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
		return posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
				: new FileAttribute<?>[0];
	}

	// A file copied in from elsewhere may have been readable by others; it is not left
	// so.
	private static void restrict(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			}
			return;
		}
		java.io.File plain = file.toFile();
		plain.setReadable(false, false);
		plain.setWritable(false, false);
		plain.setReadable(true, true);
		plain.setWritable(true, true);
	}

	/**
	 * Writes Neo4j's initial-user file ({@code data/dbms/auth.ini}, what
	 * {@code neo4j-admin dbms set-initial-password} writes), which Neo4j applies while
	 * the system database starts when the user is new or still has the default password.
	 */
	static void offerAsInitial(Path storeDir, String password) {
		Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, storeDir).build();
		Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			Files.createFile(file, ownerOnly(file));
			restrict(file);
			FileUserRepository users = new FileUserRepository(new DefaultFileSystemAbstraction(), file,
					NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
			users.start();
			users.create(new User(USER, null, credential(password), false, false));
			users.shutdown();
		}
		catch (Exception ex) {
			throw new EmbeddedDatabaseException(
					"The initial password of the embedded database cannot be written to %s: %s".formatted(file,
							ex.getMessage()),
					ex);
		}
	}

	/**
	 * Makes sure the started database's user has this password and needs no change, then
	 * removes the initial-user file, which has served.
	 */
	static void ensure(DatabaseManagementService dbms, Path storeDir, String password) {
		GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		String command = command(system, password);
		if (command != null) {
			system.executeTransactionally(command, Map.of("password", password));
		}
		Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, storeDir).build();
		try {
			Files.deleteIfExists(CommunitySecurityModule.getInitialUserRepositoryFile(config));
		}
		catch (IOException ex) {
			logger.warn("The initial-user file in %s could not be removed: %s".formatted(storeDir, ex.getMessage()));
		}
	}

	// The administration command that brings the user to the password, or null when it
	// has it already: Neo4j refuses to set a password the user already has.
	private static String command(GraphDatabaseService system, String password) {
		try (Transaction tx = system.beginTx()) {
			Node user = tx.findNode(Label.label("User"), "name", USER);
			if (user == null) {
				return "CREATE USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED";
			}
			boolean matches = SystemGraphCredential
				.deserialize(String.valueOf(user.getProperty("credentials")), new SecureHasher())
				.matchesPassword(password.getBytes(StandardCharsets.UTF_8));
			if (!matches) {
				return "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED";
			}
			if (Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", false))) {
				return "ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED";
			}
			return null;
		}
		catch (FormatException ex) {
			// An unreadable stored credential is replaced.
			return "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED";
		}
	}

	private static SystemGraphCredential credential(String password) {
		return SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8),
				new SecureHasher());
	}

}
