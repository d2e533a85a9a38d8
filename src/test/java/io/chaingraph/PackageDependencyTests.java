package io.chaingraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout the README's architecture section draws: package dependencies point one way
 * (no cycle between any two packages), the cross-cutting packages know no concept, and
 * the generic graph engine knows no concept package.
 */
class PackageDependencyTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern PACKAGE = Pattern.compile("^package (io\\.chaingraph[\\w.]*);", Pattern.MULTILINE);

	private static final Pattern USE = Pattern.compile("\\b(io\\.chaingraph(?:\\.[a-z]\\w*)*)\\.[A-Z]");

	private static final Set<String> CROSS_CUTTING = Set.of("io.chaingraph.system", "io.chaingraph.system.database",
			"io.chaingraph.system.migration", "io.chaingraph.system.graphql", "io.chaingraph.system.error");

	@Test
	void noTwoPackagesDependOnEachOtherThroughAnyPath() throws IOException {
		Map<String, Set<String>> uses = dependencies();
		List<String> cycles = new ArrayList<>();
		for (String from : uses.keySet()) {
			for (String to : uses.get(from)) {
				if (reaches(uses, to, from, new TreeSet<>())) {
					cycles.add(from + " -> " + to);
				}
			}
		}
		assertThat(cycles).as("dependencies that are part of a cycle").isEmpty();
	}

	@Test
	void theCrossCuttingPackagesAndTheGraphEngineKnowNoConcept() throws IOException {
		Map<String, Set<String>> uses = dependencies();
		uses.forEach((from, targets) -> {
			if (CROSS_CUTTING.contains(from)) {
				assertThat(targets).as(from).allMatch(CROSS_CUTTING::contains);
			}
			if (from.equals("io.chaingraph.graph")) {
				assertThat(targets).as(from).allMatch(CROSS_CUTTING::contains);
			}
		});
	}

	@Test
	void noClassOfTheDriversInternalsIsUsed() throws IOException {
		// The driver's internals change without notice between its releases; the
		// embedded database's own internals (the batch importer, the Bolt connector's
		// resolver) have no public counterpart and are kept to the database packages.
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				assertThat(Files.readString(file)).as(file.toString()).doesNotContain("org.neo4j.driver.internal");
			}
		}
	}

	private static boolean reaches(Map<String, Set<String>> uses, String from, String to, Set<String> seen) {
		if (from.equals(to)) {
			return true;
		}
		if (!seen.add(from)) {
			return false;
		}
		for (String next : uses.getOrDefault(from, Set.of())) {
			if (reaches(uses, next, to, seen)) {
				return true;
			}
		}
		return false;
	}

	// Package -> the other packages of the application its classes name, by import or by
	// a qualified name in the code; the root package (the application class) is left out.
	private static Map<String, Set<String>> dependencies() throws IOException {
		Map<String, Set<String>> uses = new TreeMap<>();
		Map<String, String> packages = new HashMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher declared = PACKAGE.matcher(source);
				if (!declared.find() || declared.group(1).equals("io.chaingraph")) {
					continue;
				}
				String from = declared.group(1);
				packages.put(file.toString(), from);
				Set<String> targets = uses.computeIfAbsent(from, (key) -> new TreeSet<>());
				Matcher use = USE.matcher(source.substring(declared.end()));
				while (use.find()) {
					String to = use.group(1);
					if (!to.equals(from) && !to.equals("io.chaingraph")) {
						targets.add(to);
					}
				}
			}
		}
		assertThat(uses).as("packages found").hasSizeGreaterThan(10);
		return uses;
	}

}
