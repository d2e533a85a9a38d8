package io.chaingraph.system.database;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed store's archive on plain files: what it keeps, what it leaves out, and that an
 * unpack either puts the whole database in place or nothing.
 */
class SeedStoreTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

	@TempDir
	Path work;

	@Test
	void keepsOnlyTheNeo4jDatabaseAndItsLogsAndUnpacksThemWhole() throws IOException {
		Path store = fakeStore(this.work.resolve("made"));
		Path archive = this.work.resolve("seed-store.zip");
		SeedStore.write(store, archive, "f1", DAY);

		try (ZipFile zip = new ZipFile(archive.toFile())) {
			List<String> names = zip.stream().map(ZipEntry::getName).toList();
			assertThat(names.get(0)).isEqualTo(SeedStore.MANIFEST);
			assertThat(names).contains("data/databases/neo4j/neostore", "data/transactions/neo4j/tx.0")
				.noneMatch(
						(name) -> name.contains("system") || name.contains("password") || name.contains("dev-api-key"));
		}
		Path target = this.work.resolve("fresh");
		Files.createDirectories(target);
		assertThat(SeedStore.unpack(archive, target, () -> "f1")).hasValueSatisfying((unpacked) -> {
			assertThat(unpacked.seededOn()).isEqualTo(DAY);
			assertThat(unpacked.archive()).isEqualTo(archive);
		});
		assertThat(files(target)).isEqualTo(files(store, SeedStore.DIRECTORIES));
	}

	@Test
	void anArchiveMadeFromOtherFilesIsIgnoredAndLeavesNothingBehind() throws IOException {
		Path archive = this.work.resolve("seed-store.zip");
		SeedStore.write(fakeStore(this.work.resolve("made")), archive, "old", DAY);
		Path target = Files.createDirectories(this.work.resolve("fresh"));

		assertThat(SeedStore.unpack(archive, target, () -> "new")).isEmpty();
		assertThat(files(target)).isEmpty();
	}

	@Test
	void aStoreThatHasADatabaseIsLeftAsItIs() throws IOException {
		Path archive = this.work.resolve("seed-store.zip");
		SeedStore.write(fakeStore(this.work.resolve("made")), archive, "f1", DAY);
		Path target = this.work.resolve("existing");
		Files.createDirectories(target.resolve("data/databases/neo4j"));
		Files.writeString(target.resolve("data/databases/neo4j/neostore"), "the user's data");

		assertThat(SeedStore.unpack(archive, target, () -> "f1")).isEmpty();
		assertThat(files(target)).isEqualTo(Map.of("data/databases/neo4j/neostore", "the user's data"));
	}

	@Test
	void anEntryOutsideTheDatabaseDirectoriesRefusesTheWholeArchive() throws IOException {
		Path archive = this.work.resolve("hostile.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
			zip.putNextEntry(new ZipEntry(SeedStore.MANIFEST));
			zip.write("fingerprint=f1\nseededOn=2026-11-30\n".getBytes(StandardCharsets.ISO_8859_1));
			entry(zip, "data/transactions/neo4j/tx.0", "log");
			entry(zip, "data/databases/neo4j/../../../../../escaped", "outside the store");
			entry(zip, "data/databases/neo4j/neostore", "store");
		}
		Path target = Files.createDirectories(this.work.resolve("store"));

		assertThat(SeedStore.unpack(archive, target, () -> "f1")).isEmpty();
		assertThat(files(target)).isEmpty();
		assertThat(this.work.resolve("escaped")).doesNotExist();
		assertThat(target.resolve("escaped")).doesNotExist();
	}

	@Test
	void anUnpackInterruptedHalfwayIsClearedAndDoneAgain() throws IOException {
		Path store = fakeStore(this.work.resolve("made"));
		Path archive = this.work.resolve("seed-store.zip");
		SeedStore.write(store, archive, "f1", DAY);
		// What a start killed after moving the logs and before the database leaves.
		Path target = this.work.resolve("interrupted");
		Files.createDirectories(target.resolve("data/transactions/neo4j"));
		Files.writeString(target.resolve("data/transactions/neo4j/tx.0"), "half");
		Files.writeString(target.resolve(".seed-store-unpacking"), "data/transactions/neo4j/\n");

		assertThat(SeedStore.unpack(archive, target, () -> "f1")).isPresent();
		assertThat(files(target)).isEqualTo(files(store, SeedStore.DIRECTORIES));
	}

	// A start without an archive must clear it too, or a later start with one would find
	// the marker beside a database made since, and remove it.
	@Test
	void aStartWithoutAnArchiveClearsAnInterruptedUnpackAndRemovesNothingElse() throws IOException {
		Path target = this.work.resolve("interrupted");
		Files.createDirectories(target.resolve("data/transactions/neo4j"));
		Files.writeString(target.resolve("data/transactions/neo4j/tx.0"), "half");
		Files.writeString(target.resolve(".seed-store-unpacking"), "data/transactions/neo4j/\n");
		Files.createDirectories(target.resolve("data/databases/system"));
		Files.writeString(target.resolve("data/databases/system/neostore"), "users");

		assertThat(SeedStore.unpack(null, target, () -> "f1")).isEmpty();
		assertThat(files(target)).isEqualTo(Map.of("data/databases/system/neostore", "users"));
	}

	@Test
	void theFingerprintChangesWithAnySchemaOrSeedFileAndNotWithWhereTheyAre() throws IOException {
		Path one = classpath(this.work.resolve("one"), "a,b");
		Path two = classpath(this.work.resolve("two"), "a,b");
		Path changed = classpath(this.work.resolve("changed"), "a,c");

		String first = fingerprint(one);
		assertThat(fingerprint(two)).isEqualTo(first);
		assertThat(fingerprint(changed)).isNotEqualTo(first);
		Files.writeString(two.resolve("cypher/schema/V0002__more.cypher"),
				"CREATE INDEX x IF NOT EXISTS FOR (n:X) ON n.y;");
		assertThat(fingerprint(two)).isNotEqualTo(first);
	}

	private static String fingerprint(Path root) throws IOException {
		try (URLClassLoader loader = new URLClassLoader(new URL[] { root.toUri().toURL() }, null)) {
			return SeedStore.fingerprint(new PathMatchingResourcePatternResolver(loader), "classpath*:cypher/schema/");
		}
	}

	private static Path classpath(Path root, String rows) throws IOException {
		Files.createDirectories(root.resolve("cypher/schema"));
		Files.createDirectories(root.resolve("seed/nodes"));
		Files.writeString(root.resolve("cypher/schema/V0001__constraints.cypher"),
				"CREATE CONSTRAINT c IF NOT EXISTS;");
		Files.writeString(root.resolve("seed/nodes/Chain.csv"), "id:ID(Chain)\n" + rows.replace(',', '\n') + "\n");
		Files.writeString(root.resolve("seed/AS_OF"), "2025-12-01\n");
		return root;
	}

	private static Path fakeStore(Path store) throws IOException {
		write(store.resolve("data/databases/neo4j/neostore"), "store");
		write(store.resolve("data/databases/neo4j/schema/index/1/part"), "index");
		write(store.resolve("data/transactions/neo4j/tx.0"), "log");
		write(store.resolve("data/databases/system/neostore"), "users and passwords");
		write(store.resolve("data/transactions/system/tx.0"), "system log");
		write(store.resolve("neo4j-password"), "secret");
		write(store.resolve("dev-api-key"), "cg_key");
		return store;
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static Map<String, String> files(Path root) throws IOException {
		return files(root, List.of(""));
	}

	// Every regular file under the given directories of root, by its path below root.
	private static Map<String, String> files(Path root, List<String> directories) throws IOException {
		Map<String, String> files = new TreeMap<>();
		List<Path> starts = new ArrayList<>();
		directories.forEach((dir) -> starts.add(root.resolve(dir)));
		for (Path start : starts) {
			if (!Files.exists(start)) {
				continue;
			}
			try (Stream<Path> paths = Files.walk(start)) {
				// The lock file stays, as lock files do.
				for (Path file : paths.filter(Files::isRegularFile)
					.filter((file) -> !file.getFileName().toString().equals(".seed-store-lock"))
					.toList()) {
					files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
				}
			}
		}
		return files;
	}

}
