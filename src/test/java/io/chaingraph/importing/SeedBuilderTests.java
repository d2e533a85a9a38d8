package io.chaingraph.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed seed is what its builder writes from the inputs in the repository, so
 * anyone can rebuild it from a clone and a change to either shows here. Needs python3: a
 * machine without it fails this test, it does not skip it.
 */
class SeedBuilderTests {

	private static final Path SEED = Path.of("src/main/resources/seed");

	@TempDir
	Path out;

	@Test
	void theCommittedSeedIsWhatTheBuilderWritesFromTheCommittedInputs() throws IOException, InterruptedException {
		Process builder = new ProcessBuilder("python3", "tools/seed/build_seed.py", "tools/seed/inputs/jiangxi.json",
				this.out.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(builder.getInputStream().readAllBytes());
		assertThat(builder.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(builder.exitValue()).as(output).isZero();
		Map<String, byte[]> built = files(this.out);
		Map<String, byte[]> committed = files(SEED);
		assertThat(built.keySet()).isEqualTo(committed.keySet()).hasSizeGreaterThan(20);
		// As text first, for a readable difference; then byte for byte.
		committed.forEach((name, bytes) -> assertThat(new String(built.get(name), StandardCharsets.UTF_8)).as(name)
			.isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
		committed.forEach((name, bytes) -> assertThat(built.get(name)).as(name).isEqualTo(bytes));
	}

	private static Map<String, byte[]> files(Path dir) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(path).toString(), Files.readAllBytes(path));
			}
		}
		return files;
	}

}
