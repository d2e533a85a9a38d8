package io.chaingraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's maximum lengths against what uses them: every string property has one;
 * every indexed property has one the index can hold in bytes, whatever the script (4
 * bytes of UTF-8 per character at worst); the schema's doc strings give them for text (an
 * enum-typed property takes only its values).
 */
class ModelLimitsTests {

	private static final Pattern RANGE = Pattern
		.compile("CREATE (?:CONSTRAINT|INDEX) \\w+ IF NOT EXISTS FOR \\(n:(\\w+)\\) (?:REQUIRE|ON) \\(?([^)]*?)\\)?"
				+ "(?: IS UNIQUE)?;");

	private static final Pattern FULLTEXT = Pattern
		.compile("CREATE FULLTEXT INDEX \\w+ IF NOT EXISTS\\s+FOR \\(n:([\\w|]+)\\)\\s+ON EACH \\[([^]]*)]");

	/** Indexed properties of records outside the model that hold no text. */
	private static final List<String> NOT_TEXT = List.of("AuditEntry.at", "ChangeLogSequence.key",
			"ChangeLogEntry.seq");

	/** Lucene's limit on one term, in bytes. */
	private static final int LUCENE_TERM_BYTES = 32_766;

	@Test
	void everyStringPropertyDeclaresAMaximumLength() {
		for (NodeLabel label : NodeLabel.values()) {
			label.properties()
				.forEach((name, kind) -> assertThat(label.maxLength(name)).as("%s.%s", label, name)
					.matches((max) -> isText(kind) ? max > 0 : max == 0));
		}
		for (RelType type : RelType.values()) {
			type.properties()
				.forEach((name, kind) -> assertThat(type.maxLength(name)).as("%s.%s", type, name)
					.matches((max) -> isText(kind) ? max > 0 : max == 0));
		}
	}

	@Test
	void aStringPropertyWithoutAMaximumLengthCannotBeDeclared() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> NodeLabel.declared("name", PropertyKind.STRING, "year", PropertyKind.INTEGER))
			.withMessageContaining("'name' declares no maximum length");
	}

	@Test
	void everyRangeIndexedPropertyHasALimitItsIndexCanHold() throws IOException {
		String schema = schema();
		Matcher range = RANGE.matcher(schema);
		int indexes = 0;
		while (range.find()) {
			indexes++;
			String label = range.group(1);
			int bytes = 0;
			for (String field : range.group(2).split(",")) {
				String property = field.strip().substring("n.".length());
				Optional<Integer> limit = limit(label, property);
				assertThat(limit).as("a declared limit for the indexed %s.%s", label, property).isPresent();
				bytes += 4 * limit.get();
			}
			assertThat(bytes).as("%s, at 4 bytes a character", range.group())
				.isLessThanOrEqualTo(MaxLength.RANGE_INDEX_BYTES);
		}
		// Every range index and constraint of the schema was read, none skipped.
		assertThat(indexes).isEqualTo(count(schema, "CREATE CONSTRAINT") + count(schema, "CREATE INDEX"));
	}

	@Test
	void everyFullTextIndexedPropertyHasALimitLuceneCanHold() throws IOException {
		String schema = schema();
		Matcher fulltext = FULLTEXT.matcher(schema);
		int indexes = 0;
		while (fulltext.find()) {
			indexes++;
			List<NodeLabel> labels = Stream.of(fulltext.group(1).split("\\|"))
				.map((label) -> NodeLabel.find(label).orElseThrow())
				.toList();
			for (String field : fulltext.group(2).split(",")) {
				String property = field.strip().substring("n.".length());
				assertThat(labels).as("a label of the index that has %s", property)
					.anyMatch((model) -> model.properties().containsKey(property));
				// A label without the property never gives the index a value of it:
				// import and curation refuse properties the model does not declare.
				for (NodeLabel model : labels) {
					if (model.properties().containsKey(property)) {
						assertThat(model.maxLength(property)).as("%s.%s", model, property)
							.isPositive()
							.isLessThanOrEqualTo(LUCENE_TERM_BYTES / 4);
					}
				}
			}
		}
		assertThat(indexes).isEqualTo(count(schema, "CREATE FULLTEXT INDEX")).isPositive();
		assertThat(count(schema, "CREATE TEXT INDEX") + count(schema, "CREATE POINT INDEX")).isZero();
	}

	@Test
	void curationInputsGiveTheModelsLimits() throws IOException {
		TypeDefinitionRegistry schema = graphQlSchema();
		for (NodeLabel label : NodeLabel.values()) {
			for (String input : List.of("Create" + label.name() + "Input", "Update" + label.name() + "Input")) {
				Optional<InputObjectTypeDefinition> type = schema.getType(input, InputObjectTypeDefinition.class);
				if (type.isEmpty()) {
					continue;
				}
				for (InputValueDefinition field : type.get().getInputValueDefinitions()) {
					int max = label.maxLength(field.getName());
					// An enum's values are the model's: no limit to give.
					if (max > 0 && label.rule(field.getName()).values().isEmpty()) {
						assertThat(field.getDescription().getContent()).as("%s.%s", input, field.getName())
							.contains("At most %d characters".formatted(max));
					}
				}
			}
		}
	}

	@Test
	void workflowAndKeyInputsGiveTheModelsLimits() throws IOException {
		TypeDefinitionRegistry schema = graphQlSchema();
		Map<String, Integer> fields = Map.of("PostChallengeInput.name", NodeLabel.Challenge.maxLength("name"),
				"PostChallengeInput.nameEn", NodeLabel.Challenge.maxLength("nameEn"), "PostChallengeInput.description",
				NodeLabel.Challenge.maxLength("description"), "ApplyToChallengeInput.teamName",
				NodeLabel.Team.maxLength("name"), "RaiseDemandInput.name", NodeLabel.Demand.maxLength("name"),
				"RaiseDemandInput.description", NodeLabel.Demand.maxLength("description"), "IssueApiKeyInput.name",
				MaxLength.KEY_NAME);
		fields.forEach((field, max) -> {
			String[] parts = field.split("\\.");
			InputValueDefinition definition = schema.getType(parts[0], InputObjectTypeDefinition.class)
				.orElseThrow()
				.getInputValueDefinitions()
				.stream()
				.filter((value) -> value.getName().equals(parts[1]))
				.findFirst()
				.orElseThrow();
			assertThat(definition.getDescription().getContent()).as(field)
				.contains("At most %d characters".formatted(max));
		});
		InputValueDefinition note = schema.objectTypeExtensions()
			.get("Mutation")
			.stream()
			.flatMap((extension) -> extension.getFieldDefinitions().stream())
			.filter((mutation) -> mutation.getName().equals("resolveDemand"))
			.map(FieldDefinition::getInputValueDefinitions)
			.flatMap(List::stream)
			.filter((argument) -> argument.getName().equals("note"))
			.findFirst()
			.orElseThrow();
		assertThat(note.getDescription().getContent())
			.contains("At most %d characters".formatted(NodeLabel.StatusChange.maxLength("note")));
	}

	private static Optional<Integer> limit(String label, String property) {
		// Every model node also carries the global-id label, whose one property is the
		// common id.
		if (GlobalIds.LABEL.equals(label) && NodeLabel.COMMON.containsKey(property)) {
			return Optional.of(NodeLabel.Chain.maxLength(property));
		}
		Optional<NodeLabel> model = NodeLabel.find(label);
		if (model.isPresent()) {
			PropertyKind kind = model.get().properties().get(property);
			if (kind == null) {
				return Optional.empty();
			}
			return Optional.of(model.get().maxLength(property));
		}
		if (NOT_TEXT.contains(label + "." + property)) {
			return Optional.of(0);
		}
		return Optional.ofNullable(MaxLength.OUTSIDE_MODEL.getOrDefault(label, Map.of()).get(property));
	}

	private static boolean isText(PropertyKind kind) {
		return kind == PropertyKind.STRING || kind == PropertyKind.STRING_LIST;
	}

	private static int count(String text, String word) {
		return text.split(Pattern.quote(word), -1).length - 1;
	}

	private static String schema() throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.list(Path.of("cypher/schema"))) {
			for (Path file : files.sorted().toList()) {
				all.append(Files.readString(file)).append('\n');
			}
		}
		return all.toString();
	}

	private static TypeDefinitionRegistry graphQlSchema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		List<Path> paths = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			files.filter((file) -> file.toString().endsWith(".graphqls")).sorted().forEach(paths::add);
		}
		for (Path path : paths) {
			registry.merge(new SchemaParser().parse(Files.readString(path)));
		}
		return registry;
	}

}
