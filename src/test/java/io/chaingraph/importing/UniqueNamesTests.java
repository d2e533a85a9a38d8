package io.chaingraph.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two nodes of a label share a name or an English name, in the seed and in what the
 * generator writes (issue 15, finding 6: 21 synthetic experts of the seed had a name
 * twice, "合成院士-汽车-001" being two people). Read from the files, without a database.
 * <p>
 * Not names of an identity: a {@code StatusChange} is named by the status it moved to.
 * Real records keep the names their sources give; the two pairs that share one are listed
 * here, told apart by what they are (a pilot chain and the "1269" key chain it belongs
 * to; two removed pages of one outlet).
 */
class UniqueNamesTests {

	private static final Set<String> NOT_IDENTITIES = Set.of("StatusChange");

	private static final Set<String> SOURCED_NAMESAKES = Set.of("chain_aviation", "c1269_aviation", "chain_furniture",
			"c1269_furniture", "src_0b8e7d6d433d", "src_fb8ab6dfab01");

	@TempDir
	Path tmp;

	@Test // GH-15
	void everySeededNodeHasANameOfItsOwn() throws IOException {
		Map<String, List<Row>> rows = new TreeMap<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:seed/nodes/*.csv")) {
			try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				read(label(file.getFilename()), in, rows);
			}
		}
		assertThat(rows).containsKeys("Expert", "Enterprise", "Team", "Achievement", "ReportedFigure", "Publication");
		assertThat(namesakes(rows, "name")).isEmpty();
		assertThat(namesakes(rows, "nameEn")).isEmpty();
	}

	@Test // GH-15
	void everyGeneratedNodeHasANameOfItsOwn() throws IOException {
		new ProgrammeGenerator(2, 5).write(this.tmp);
		Map<String, List<Row>> rows = new TreeMap<>();
		try (var files = Files.list(this.tmp.resolve("nodes"))) {
			for (Path file : files.toList()) {
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					read(label(file.getFileName().toString()), in, rows);
				}
			}
		}
		assertThat(rows).containsKeys("Expert", "Enterprise", "Team", "Publication");
		assertThat(namesakes(rows, "name")).isEmpty();
		assertThat(namesakes(rows, "nameEn")).isEmpty();
	}

	private record Row(String id, Map<String, String> values) {

	}

	private static String label(String fileName) {
		return fileName.substring(0, fileName.length() - ".csv".length());
	}

	private static void read(String label, Reader in, Map<String, List<Row>> rows) throws IOException {
		CsvReader csv = new CsvReader(in);
		List<String> header = csv.next();
		List<Row> found = rows.computeIfAbsent(label, (key) -> new ArrayList<>());
		for (List<String> record = csv.next(); record != null; record = csv.next()) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				String column = header.get(i).split(":")[0];
				if (!column.isEmpty() && record.get(i) != null) {
					values.put(column, record.get(i));
				}
			}
			found.add(new Row(record.get(0), values));
		}
	}

	/** "Label: name ← ids" for every name more than one node of a label holds. */
	private static List<String> namesakes(Map<String, List<Row>> rows, String property) {
		List<String> found = new ArrayList<>();
		rows.forEach((label, nodes) -> {
			if (NOT_IDENTITIES.contains(label)) {
				return;
			}
			Map<String, List<String>> byName = new TreeMap<>();
			for (Row row : nodes) {
				String name = row.values().get(property);
				if (name != null) {
					byName.computeIfAbsent(name, (key) -> new ArrayList<>()).add(row.id());
				}
			}
			byName.forEach((name, ids) -> {
				if (ids.size() > 1 && !SOURCED_NAMESAKES.containsAll(ids)) {
					found.add("%s: %s <- %s".formatted(label, name, ids));
				}
			});
		});
		return found;
	}

}
