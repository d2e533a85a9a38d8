package io.chaingraph.system.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.kernel.internal.Version;

import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The seeded {@code neo4j} database as files, made by the {@code seed-store} command and
 * unpacked into an empty store before Neo4j starts: a first start then opens a database
 * that already holds the schema and the seed, instead of applying nine schema files and
 * importing the seed transaction by transaction (10 of the 15 s of a first start on 2
 * cores).
 *
 * <p>
 * Only the {@code neo4j} database and its transaction logs are kept. The {@code system}
 * database, with the user and the password of the store, is created by each store's own
 * first start, so no two stores share a password; no API key is in it, because the
 * command runs without the development key. The archive names what it was made from (the
 * Neo4j version, every schema file, every seed file and the service's classes, hashed
 * together): one that does not match this build is ignored, and the seed is imported as
 * before. The workflow dates are as of the day the archive was made
 * ({@link #seededOn()}), and the database carries a mark saying so, which the seed loader
 * removes when it moves them to today, as an import would.
 */
public final class SeedStore {

	/** The archive's name beside the jar, where the first start looks for it. */
	public static final String FILE_NAME = "seed-store.zip";

	static final String MANIFEST = "SEED_STORE";

	/**
	 * What the archive holds, relative to the store directory; the database last, as it
	 * is moved in.
	 */
	static final List<String> DIRECTORIES = List.of("data/transactions/neo4j/", "data/databases/neo4j/");

	private static final String UNPACKING = ".seed-store-unpacking";

	private static final String STAGING = ".seed-store";

	private static final String LOCK = ".seed-store-lock";

	private static final Log logger = LogFactory.getLog(SeedStore.class);

	private final LocalDate seededOn;

	private final Path archive;

	private SeedStore(LocalDate seededOn, Path archive) {
		this.seededOn = seededOn;
		this.archive = archive;
	}

	/**
	 * The day the archive's seed was imported, the day its workflow dates are written
	 * for.
	 */
	public LocalDate seededOn() {
		return this.seededOn;
	}

	/**
	 * The archive this store was unpacked from.
	 */
	public Path archive() {
		return this.archive;
	}

	/**
	 * Hashes what a seeded database is made of: the Neo4j version (store files are read
	 * only by the version that wrote them), the schema files, the seed files and the
	 * service's own classes.
	 */
	public static String fingerprint(ResourcePatternResolver resources, Environment environment) {
		return fingerprint(resources,
				environment.getProperty(SchemaFiles.LOCATION_PROPERTY, SchemaFiles.DEFAULT_LOCATION));
	}

	static String fingerprint(ResourcePatternResolver resources, String schemaLocation) {
		String location = schemaLocation.endsWith("/") ? schemaLocation : schemaLocation + "/";
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(Version.getNeo4jVersion().getBytes(StandardCharsets.UTF_8));
			List<Resource> files = new ArrayList<>();
			files.addAll(Arrays.asList(resources.getResources(location + SchemaFiles.FILES)));
			files.addAll(Arrays.asList(resources.getResources("classpath*:seed/**/*")));
			// The import's code decides what a row becomes (derived labels, global ids):
			// an archive is good only for the build that made it.
			files.addAll(Arrays.asList(resources.getResources("classpath*:io/chaingraph/**/*.class")));
			files.removeIf((resource) -> !resource.isReadable() || relativeName(resource).endsWith("/"));
			files.sort(Comparator.comparing(SeedStore::relativeName));
			for (Resource file : files) {
				digest.update(relativeName(file).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				try (InputStream in = file.getInputStream()) {
					digest.update(in.readAllBytes());
				}
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The schema and seed files cannot be read: " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// Names below seed/ or the schema directory, so that the hash does not depend on
	// where the classes are (a jar, target/classes).
	private static String relativeName(Resource resource) {
		String url;
		try {
			url = resource.getURL().toString();
		}
		catch (IOException ex) {
			url = String.valueOf(resource.getFilename());
		}
		int seed = url.lastIndexOf("/seed/");
		int code = url.lastIndexOf("/io/chaingraph/");
		if (code >= 0) {
			return url.substring(code + 1);
		}
		return (seed >= 0) ? url.substring(seed + 1) : "schema/" + resource.getFilename();
	}

	/**
	 * Writes the {@code neo4j} database of {@code storeDir}, which must be shut down, to
	 * {@code archive}.
	 */
	public static void write(Path storeDir, Path archive, String fingerprint, LocalDate seededOn) throws IOException {
		Path parent = archive.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
		try {
			writeZip(storeDir, partial, fingerprint, seededOn);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		// A reader never sees a half-written archive under the real name.
		Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void writeZip(Path storeDir, Path partial, String fingerprint, LocalDate seededOn)
			throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
			Properties manifest = new Properties();
			manifest.setProperty("fingerprint", fingerprint);
			manifest.setProperty("seededOn", seededOn.toString());
			zip.putNextEntry(new ZipEntry(MANIFEST));
			manifest.store(zip, "Chain Graph seed store");
			zip.closeEntry();
			for (String directory : DIRECTORIES) {
				Path root = storeDir.resolve(directory);
				if (!Files.isDirectory(root)) {
					throw new IOException("%s holds no %s".formatted(storeDir, directory));
				}
				try (Stream<Path> paths = Files.walk(root)) {
					for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
						String name = storeDir.relativize(file).toString().replace('\\', '/');
						zip.putNextEntry(new ZipEntry(name));
						Files.copy(file, zip);
						zip.closeEntry();
					}
				}
			}
		}
	}

	/**
	 * Unpacks {@code archive} into {@code storeDir} when the store has no {@code neo4j}
	 * database yet and the archive was made from what this build would seed; empty
	 * otherwise, and the seed is then imported as before. Without an archive, only
	 * recovers from an interrupted unpack.
	 *
	 * <p>
	 * The files are unpacked beside the store and moved in, the database directory last.
	 * Before each move the marker file names the directory, so a start killed halfway
	 * leaves a list of exactly what it moved, and the next start ({@link #recover})
	 * removes those and nothing else. A lock file keeps a second process on the same
	 * directory from unpacking or recovering at the same time; it is released before
	 * Neo4j takes the store's own lock.
	 */
	static Optional<SeedStore> unpack(@Nullable Path archive, Path storeDir, Supplier<String> fingerprint) {
		try (FileChannel channel = FileChannel.open(storeDir.resolve(LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				// Another process is unpacking here; Neo4j's own lock decides which
				// starts.
				return Optional.empty();
			}
			recover(storeDir);
			if (archive == null || !Files.isRegularFile(archive)
					|| DIRECTORIES.stream().anyMatch((dir) -> Files.exists(storeDir.resolve(dir)))) {
				return Optional.empty();
			}
			return unpackLocked(archive, storeDir, fingerprint);
		}
		catch (OverlappingFileLockException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			logger.warn("Seed store %s cannot be unpacked (%s); importing the seed instead".formatted(archive,
					ex.getMessage()));
			return Optional.empty();
		}
	}

	/**
	 * Removes what an unpack killed halfway moved into the store, as its marker lists it;
	 * runs at every embedded start, with or without an archive, so that no later start
	 * can mistake half an archive for a database.
	 */
	static void recover(Path storeDir) throws IOException {
		Path marker = storeDir.resolve(UNPACKING);
		if (!Files.exists(marker)) {
			return;
		}
		for (String dir : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
			if (DIRECTORIES.contains(dir)) {
				FileSystemUtils.deleteRecursively(storeDir.resolve(dir));
			}
		}
		FileSystemUtils.deleteRecursively(storeDir.resolve(STAGING));
		Files.delete(marker);
		logger.warn("Removed what an interrupted seed store unpack had moved into " + storeDir);
	}

	private static Optional<SeedStore> unpackLocked(Path archive, Path storeDir, Supplier<String> fingerprint) {
		Path marker = storeDir.resolve(UNPACKING);
		Path staging = storeDir.resolve(STAGING);
		try {
			FileSystemUtils.deleteRecursively(staging);
			Optional<LocalDate> seededOn = extract(archive, staging, fingerprint.get());
			if (seededOn.isEmpty()) {
				FileSystemUtils.deleteRecursively(staging);
				return Optional.empty();
			}
			Files.writeString(marker, "", StandardCharsets.UTF_8);
			for (String dir : DIRECTORIES) {
				Files.writeString(marker, dir + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND,
						StandardOpenOption.SYNC);
				Files.createDirectories(storeDir.resolve(dir).getParent());
				Files.move(staging.resolve(dir), storeDir.resolve(dir), StandardCopyOption.ATOMIC_MOVE);
			}
			FileSystemUtils.deleteRecursively(staging);
			Files.delete(marker);
			return Optional.of(new SeedStore(seededOn.get(), archive));
		}
		catch (IOException | RuntimeException ex) {
			// A broken archive costs the fast start, never the data: Neo4j creates an
			// empty database, and the seed is imported.
			try {
				recover(storeDir);
				FileSystemUtils.deleteRecursively(staging);
			}
			catch (IOException cleanup) {
				ex.addSuppressed(cleanup);
			}
			logger.warn("Seed store %s cannot be unpacked (%s); importing the seed instead".formatted(archive,
					ex.getMessage()));
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> extract(Path archive, Path staging, String fingerprint) throws IOException {
		Path base = staging.toAbsolutePath().normalize();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
			ZipEntry first = zip.getNextEntry();
			if (first == null || !first.getName().equals(MANIFEST)) {
				throw new IOException("no manifest");
			}
			Properties manifest = new Properties();
			// Properties.load reads to the entry's end and leaves the zip open.
			manifest.load(zip);
			if (!fingerprint.equals(manifest.getProperty("fingerprint"))) {
				logger.info(("Seed store %s was made from other schema or seed files, or by another Neo4j version; "
						+ "importing the seed instead")
					.formatted(archive));
				return Optional.empty();
			}
			LocalDate seededOn = LocalDate.parse(manifest.getProperty("seededOn", ""));
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Path target = base.resolve(entry.getName()).normalize();
				String name = base.relativize(target).toString().replace('\\', '/');
				if (entry.isDirectory() || !target.startsWith(base)
						|| DIRECTORIES.stream().noneMatch(name::startsWith)) {
					throw new IOException("unexpected entry " + entry.getName());
				}
				Files.createDirectories(target.getParent());
				Files.copy(zip, target);
			}
			for (String dir : DIRECTORIES) {
				if (!Files.isDirectory(staging.resolve(dir))) {
					throw new IOException("no " + dir);
				}
			}
			return Optional.of(seededOn);
		}
	}

}
