package io.chaingraph.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.chaingraph.ChainGraphApplication;
import io.chaingraph.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator is deterministic, scales, skews the way real programmes do, and writes
 * files the import command takes without an error.
 */
class ProgrammeGeneratorTests {

	@TempDir
	Path tmp;

	@Test
	void sameScaleAndSeedGiveIdenticalFiles() throws IOException {
		new ProgrammeGenerator(1, 7).write(this.tmp.resolve("a"));
		new ProgrammeGenerator(1, 7).write(this.tmp.resolve("b"));
		new ProgrammeGenerator(1, 8).write(this.tmp.resolve("c"));

		Map<String, String> a = read(this.tmp.resolve("a"));
		assertThat(a).hasSizeGreaterThan(40).isEqualTo(read(this.tmp.resolve("b")));
		assertThat(read(this.tmp.resolve("c"))).isNotEqualTo(a);
	}

	@Test
	void sizeGrowsWithScale() throws IOException {
		ProgrammeGenerator.Summary one = new ProgrammeGenerator(1, 7).write(this.tmp.resolve("one"));
		ProgrammeGenerator.Summary four = new ProgrammeGenerator(4, 7).write(this.tmp.resolve("four"));

		// Key chains, cities and departments are reference data of fixed size.
		assertThat((double) four.nodes() / one.nodes()).isBetween(3.4, 4.4);
		assertThat((double) four.relationships() / one.relationships()).isBetween(3.4, 4.4);
		assertThat(one.nodes()).isBetween(1000L, 2500L);
	}

	@Test
	void fewHubsAndProlificExpertsCarryTheLongTail() throws IOException {
		Path dir = this.tmp.resolve("skew");
		new ProgrammeGenerator(4, 7).write(dir);

		int[] papers = degrees(dir.resolve("relationships/AUTHORED-Expert-Publication.csv"), 0);
		int total = Arrays.stream(papers).sum();
		int topTenth = Arrays.stream(papers)
			.boxed()
			.sorted((x, y) -> y - x)
			.limit(papers.length / 10)
			.mapToInt(Integer::intValue)
			.sum();
		assertThat((double) topTenth / total).as("share of papers by the top tenth of authors").isGreaterThan(0.3);

		int[] cited = degrees(dir.resolve("relationships/CITES-Publication-Publication.csv"), 1);
		double mean = Arrays.stream(cited).average().orElseThrow();
		assertThat(Arrays.stream(cited).max().orElseThrow()).as("most cited paper").isGreaterThan((int) (5 * mean));

		int[] segments = degrees(dir.resolve("relationships/OPERATES_IN-Enterprise-Segment.csv"), 0);
		assertThat(Arrays.stream(segments).max().orElseThrow()).isGreaterThanOrEqualTo(4);
		assertThat(Arrays.stream(segments).sorted().toArray()[segments.length / 2]).isLessThanOrEqualTo(2);
	}

	@Test
	void generateAndImportCommandsRoundTrip() throws IOException {
		Path files = this.tmp.resolve("generated");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

		assertThat(CommandLine.run(ChainGraphApplication.class,
				new String[] { "generate", "--scale", "1", "--seed", "3", "--out", files.toString() }, print))
			.isZero();
		int exit = CommandLine.run(ChainGraphApplication.class,
				new String[] { "import", files.toString(), "--chaingraph.database.uri=",
						"--chaingraph.database.embedded.store-dir=" + this.tmp.resolve("store"),
						"--chaingraph.database.embedded.bolt-port=0" },
				print);

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generated scale 1", "DONE", "0 error(s)");
		assertThat(exit).isZero();
		assertThat(CommandLine.run(ChainGraphApplication.class, new String[] { "import" }, print)).isEqualTo(2);
	}

	private static Map<String, String> read(Path dir) throws IOException {
		Map<String, String> files = new HashMap<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(path).toString(), Files.readString(path));
			}
		}
		return files;
	}

	private static int[] degrees(Path file, int column) throws IOException {
		Map<String, Integer> counts = new HashMap<>();
		List<String> lines = Files.readAllLines(file);
		lines.stream().skip(1).forEach((line) -> counts.merge(line.split(",")[column], 1, Integer::sum));
		return counts.values().stream().mapToInt(Integer::intValue).toArray();
	}

}
