package io.chaingraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated schema files are what {@link SchemaWriter} writes from the model now: a
 * change to the model, its docs or the writer that was not followed by regenerating the
 * files fails here, naming the command that regenerates them.
 */
class GeneratedSchemaTests {

	static final Path DIRECTORY = Path.of("src/main/resources/graphql");

	@Test
	void generatedFilesAreUpToDate() throws IOException {
		Map<String, String> files = SchemaWriter.files();
		if (Boolean.getBoolean("chaingraph.schema.write")) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(DIRECTORY.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = DIRECTORY.resolve(file.getKey());
			String written = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
			assertThat(written)
				.as("%s is stale: regenerate the schema files from the model with\n  %s\nthen review the diff", path,
						SchemaWriter.REGENERATE)
				.isEqualTo(file.getValue());
		}
	}

}
