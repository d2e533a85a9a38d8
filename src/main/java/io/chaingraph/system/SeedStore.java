package io.chaingraph.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.kernel.internal.Version;

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
 * Neo4j version, every schema file and every seed file, hashed together): one that does
 * not match what this build would seed is ignored, and the seed is imported as before.
 * The workflow dates are as of the day the archive was made ({@link #seededOn()}); the
 * seed loader moves them to today, as it would on an import.
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
	 * only by the version that wrote them), the schema files and the seed files.
	 */
	public static String fingerprint(ResourcePatternResolver resources, String schemaLocation) {
		String location = schemaLocation.endsWith("/") ? schemaLocation : schemaLocation + "/";
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(Version.getNeo4jVersion().getBytes(StandardCharsets.UTF_8));
			List<Resource> files = new ArrayList<>();
			files.addAll(Arrays.asList(resources.getResources(location + "V*__*.cypher")));
			files.addAll(Arrays.asList(resources.getResources("classpath*:seed/**/*")));
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
		// A reader never sees a half-written archive under the real name.
		Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Unpacks {@code archive} into {@code storeDir} when the store has no {@code neo4j}
	 * database yet and the archive was made from what this build would seed; empty
	 * otherwise, and the seed is then imported as before.
	 *
	 * <p>
	 * The files are unpacked beside the store and moved in, the database directory last,
	 * with a marker file present meanwhile: a start killed halfway leaves the marker, and
	 * the next start clears what was moved and unpacks again, so Neo4j never opens half
	 * an archive.
	 */
	static Optional<SeedStore> unpack(Path archive, Path storeDir, String fingerprint) {
		Path marker = storeDir.resolve(UNPACKING);
		Path staging = storeDir.resolve(STAGING);
		if (Files.exists(marker)) {
			clear(storeDir);
		}
		if (!Files.isRegularFile(archive)
				|| DIRECTORIES.stream().anyMatch((dir) -> Files.exists(storeDir.resolve(dir)))) {
			return Optional.empty();
		}
		try {
			Files.createFile(marker);
			Optional<LocalDate> seededOn = extract(archive, staging, fingerprint);
			if (seededOn.isEmpty()) {
				clear(storeDir);
				return Optional.empty();
			}
			for (String dir : DIRECTORIES) {
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
			clear(storeDir);
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

	private static void clear(Path storeDir) {
		try {
			FileSystemUtils.deleteRecursively(storeDir.resolve(STAGING));
			for (String dir : DIRECTORIES) {
				FileSystemUtils.deleteRecursively(storeDir.resolve(dir));
			}
			Files.deleteIfExists(storeDir.resolve(UNPACKING));
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException(
					"A seed store unpacked halfway in %s cannot be removed (%s); empty the directory and start again"
						.formatted(storeDir, ex.getMessage()),
					ex);
		}
	}

}
