package io.chaingraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's model tables name every label and relationship type of the model, so the
 * documentation cannot fall behind the code.
 */
class ModelDocumentationTests {

	@Test
	void readmeDocumentsEveryLabelAndRelationshipType() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		for (NodeLabel label : NodeLabel.values()) {
			assertThat(readme).as("label %s", label).contains("| `%s` |".formatted(label.name()));
			label.properties()
				.keySet()
				.stream()
				.filter((name) -> !NodeLabel.COMMON.containsKey(name))
				.forEach((name) -> assertThat(readme).as("property %s.%s", label, name).contains("`" + name + "`"));
		}
		for (RelType type : RelType.values()) {
			assertThat(readme).as("type %s", type).contains("| `%s` |".formatted(type.name()));
		}
	}

}
