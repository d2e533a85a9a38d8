package io.chaingraph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.challenge.ChallengeWorkflow;
import io.chaingraph.demand.DemandWorkflow;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.PropertyKind;
import io.chaingraph.graph.PropertyRule;
import io.chaingraph.graph.RelType;
import io.chaingraph.graph.StatusFlow;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Walks every property of every label and relationship type, as the model declares them
 * (a property added to the model is walked without a change here), through curation,
 * import and, where a workflow sets it from an argument, the workflow: a valid value is
 * accepted, and each fault the property can have (wrong kind, outside its range, outside
 * its value set, too long, blank or missing when required, an id of the wrong format) is
 * refused with the same message on every path, the workflow's naming the argument, and
 * nothing is written. The expected messages are spelled out here, not taken from the
 * rule.
 *
 * <p>
 * Properties the workflows own are written by no other path: for them curation and import
 * are checked to refuse each fault and write nothing; what they say of a valid value is
 * {@code WorkflowStateCurationTests}' and {@code HistoryImportTests}' question.
 */
@ChainGraphTest
class PropertyRulesTableTests {

	private static final String WRONG_KIND = "abc";

	private static final String OUTSIDE_SET = "NOT_IN_THE_SET";

	private static final String ACTOR = "table test";

	@Autowired
	NodeCuration nodes;

	@Autowired
	RelationshipCuration relationships;

	@Autowired
	ChallengeWorkflow challenges;

	@Autowired
	DemandWorkflow demands;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	GraphAssertions graph;

	HttpGraphQlTester coordinator;

	String prefix;

	final AtomicInteger ids = new AtomicInteger();

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
		this.coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
		this.prefix = "prt_" + UUID.randomUUID().toString().substring(0, 8) + "_";
	}

	@AfterEach
	void removeTestNodes() {
		this.graph.run("""
				MATCH (n) WHERE n.id STARTS WITH $prefix OR n.name STARTS WITH $prefix
				OPTIONAL MATCH (n)-[:HAS_STATUS_CHANGE]->(s:StatusChange)
				DETACH DELETE s, n""", "prefix", this.prefix);
	}

	@TestFactory
	Stream<DynamicTest> everyPropertyOfEveryLabel() {
		List<DynamicTest> tests = new ArrayList<>();
		for (NodeLabel label : NodeLabel.values()) {
			if (!label.isIdSpace()) {
				// Organization's properties are University's and Institute's.
				continue;
			}
			for (PropertyRule rule : label.rules().values()) {
				tests.add(DynamicTest.dynamicTest(label + "." + rule.name(), () -> walk(label, rule)));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyPropertyOfEveryRelationshipType() {
		List<DynamicTest> tests = new ArrayList<>();
		for (RelType type : RelType.values()) {
			for (PropertyRule rule : type.rules().values()) {
				tests.add(DynamicTest.dynamicTest(type + "." + rule.name(), () -> walk(type, rule)));
			}
		}
		return tests.stream();
	}

	// --- one node property

	private void walk(NodeLabel label, PropertyRule rule) {
		// StatusChange nodes are the workflows' history: only their moves write them.
		boolean strict = !rule.workflowOwned() && label != NodeLabel.StatusChange;
		for (Fault fault : faults(rule)) {
			String id = rule.name().equals("id") ? (String) fault.value() : nextId();
			if (NodeCuration.curates(label) && createdByCuration(label)) {
				Map<String, Object> input = base(label, id);
				put(input, rule.name(), fault.value());
				refusedByCuration(() -> this.nodes.create(label, input, ACTOR), rule, fault, strict);
				assertNoNode(id);
			}
			else if (NodeCuration.curates(label) && !rule.name().equals("id")) {
				// A challenge or demand starts with its workflow's first move; curation
				// changes it afterwards, through the same check.
				String existing = nextId();
				accepted(nodeFile(label, existing, null, null));
				Map<String, Object> before = this.graph.properties(existing);
				Map<String, Object> change = new HashMap<>();
				change.put(rule.name(), fault.value());
				refusedByCuration(() -> this.nodes.update(label, existing, change, ACTOR), rule, fault, strict);
				assertThat(this.graph.properties(existing)).as(fault.what()).isEqualTo(before);
			}
			if (!rule.name().equals("id")) {
				refusedByImport(nodeFile(label, nextId(), rule, fault.field()), rule, fault, strict);
			}
			else {
				refusedByImport(nodeFile(label, fault.field(), null, null), rule, fault, strict);
			}
			assertNoNode(id);
			workflow(label, rule.name()).ifPresent((argument) -> refusedByWorkflow(argument, fault));
		}
		Object valid = rule.name().equals("id") ? nextId() : valid(rule);
		if (strict && NodeCuration.curates(label) && !createdByCuration(label) && !rule.name().equals("id")) {
			String existing = nextId();
			accepted(nodeFile(label, existing, null, null));
			assertThat(this.nodes.update(label, existing, Map.of(rule.name(), valid), ACTOR).node())
				.containsKey(rule.name());
		}
		if (strict && NodeCuration.curates(label) && createdByCuration(label)) {
			String id = nextId();
			Map<String, Object> input = base(label, id);
			if (!rule.name().equals("id")) {
				put(input, rule.name(), valid);
			}
			assertThat(this.nodes.create(label, input, ACTOR).changed()).isTrue();
			assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", id)).isOne();
		}
		if (strict) {
			String id = nextId();
			accepted(rule.name().equals("id") ? nodeFile(label, id, null, null)
					: nodeFile(label, id, rule, field(rule, valid)));
			assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", id)).isOne();
		}
		workflow(label, rule.name()).ifPresent((argument) -> argument.accepts(valid));
	}

	// --- one relationship property

	private void walk(RelType type, PropertyRule rule) {
		boolean strict = !rule.workflowOwned();
		NodeLabel startLabel = curated(type.from());
		NodeLabel endLabel = curated(type.to());
		String start = nextId();
		String end = nextId();
		make(startLabel, start);
		make(endLabel, end);
		for (Fault fault : faults(rule)) {
			Object text = (fault.value() instanceof String) ? fault.value() : String.valueOf(fault.value());
			if (fault.value() != null) {
				refusedByCuration(() -> this.relationships.create(type, start, end,
						List.of(Map.of("key", rule.name(), "value", text)), ACTOR), rule, fault, strict);
				assertNoRelationship(type, start);
			}
			refusedByImport(relationshipFile(type, startLabel, endLabel, start, end, rule, fault.field()), rule, fault,
					strict);
			assertNoRelationship(type, start);
		}
		if (strict) {
			String valid = field(rule, valid(rule));
			assertThat(this.relationships
				.create(type, start, end, List.of(Map.of("key", rule.name(), "value", valid)), ACTOR)
				.changed()).isTrue();
			this.graph.run("MATCH ({id: $id})-[r]->() DELETE r", "id", start);
			accepted(relationshipFile(type, startLabel, endLabel, start, end, rule, valid));
			assertThat(this.graph.count(
					"MATCH ({id: $id})-[r:`%s`]->({id: $end}) RETURN count(r) AS n".formatted(type.name()), "id", start,
					"end", end))
				.isOne();
		}
	}

	// --- the faults of a rule and their messages, written out

	/**
	 * A fault: the value curation and workflows are given, the CSV field import is given,
	 * and the message after the name of the field.
	 */
	record Fault(String what, @Nullable Object value, String field, String message) {

	}

	private static List<Fault> faults(PropertyRule rule) {
		List<Fault> faults = new ArrayList<>();
		if (rule.name().equals("id")) {
			// An id too long fails its format, as one with a wrong character does.
			for (String id : List.of("Bad Id!", "_leading", "x".repeat(129))) {
				faults.add(new Fault("id format", id, id,
						" must be 1 to 128 letters, digits, '_', '.', ':' or '-', starting with a letter or digit; got '%s'"
							.formatted((id.length() > 60) ? id.substring(0, 60) + "…" : id)));
			}
			return faults;
		}
		if (rule.kind() != PropertyKind.STRING && rule.kind() != PropertyKind.STRING_LIST) {
			faults.add(new Fault("wrong kind", WRONG_KIND, WRONG_KIND,
					" must be %s; got '%s'".formatted(describe(rule.kind()), WRONG_KIND)));
		}
		if (rule.maxLength() > 0) {
			String text = "x".repeat(rule.maxLength() + 1);
			boolean list = rule.kind() == PropertyKind.STRING_LIST;
			faults.add(new Fault("too long", list ? List.of(text) : text, text,
					": %s is %d characters long; at most %d are allowed".formatted(list ? "element 1" : "the value",
							rule.maxLength() + 1, rule.maxLength())));
		}
		if (rule.required() && rule.kind() == PropertyKind.STRING) {
			faults.add(new Fault("blank", "", "\"\"", " must not be blank"));
			faults.add(new Fault("blank", "  ", "  ", " must not be blank"));
		}
		if (rule.required()) {
			faults.add(new Fault("missing", null, "", " is required"));
		}
		if (!rule.values().isEmpty()) {
			faults.add(new Fault("outside the set", OUTSIDE_SET, OUTSIDE_SET,
					" must be one of %s; got '%s'".formatted(new TreeSet<>(rule.values()), OUTSIDE_SET)));
		}
		if (rule.min() != null) {
			long below = rule.min() - 1;
			faults.add(new Fault("below the range", number(rule, below), String.valueOf(number(rule, below)),
					range(rule) + "; got " + number(rule, below)));
		}
		if (rule.max() != null) {
			long above = rule.max() + 1;
			faults.add(new Fault("above the range", number(rule, above), String.valueOf(number(rule, above)),
					range(rule) + "; got " + number(rule, above)));
		}
		return faults;
	}

	private static String range(PropertyRule rule) {
		return (rule.max() == null) ? " must be at least %d".formatted(rule.min())
				: " must be between %d and %d".formatted(rule.min(), rule.max());
	}

	private static Object number(PropertyRule rule, long value) {
		return (rule.kind() == PropertyKind.FLOAT) ? (Object) (double) value : (Object) value;
	}

	private static String describe(PropertyKind kind) {
		return switch (kind) {
			case INTEGER -> "an integer";
			case FLOAT -> "a finite number";
			case BOOLEAN -> "true or false";
			case DATE -> "an ISO-8601 date (2026-01-31)";
			case DATETIME -> "an ISO-8601 date-time with an offset (2026-01-31T09:00:00Z)";
			default -> throw new IllegalArgumentException(kind.name());
		};
	}

	private Object valid(PropertyRule rule) {
		if (!rule.values().isEmpty()) {
			return rule.values().get(0);
		}
		return switch (rule.kind()) {
			case STRING -> this.prefix + "值";
			case STRING_LIST -> List.of("甲", "乙");
			case INTEGER ->
				(rule.max() != null) ? (rule.min() + rule.max()) / 2 : (rule.min() != null) ? rule.min() + 1 : 7L;
			case FLOAT -> 2.5;
			case BOOLEAN -> true;
			// After any day the tests run: a deadline must lie ahead.
			case DATE -> "2099-12-31";
			case DATETIME -> "2026-01-31T09:00:00Z";
		};
	}

	// --- curation

	private void refusedByCuration(Runnable write, PropertyRule rule, Fault fault, boolean strict) {
		Throwable thrown = catchThrowable(write::run);
		assertThat(thrown).as(fault.what()).isInstanceOf(BadRequestException.class);
		if (strict) {
			// Removing a required property by an update says so after the fault's
			// message.
			assertThat(thrown.getMessage()).as(fault.what()).startsWith(property(rule) + fault.message());
		}
	}

	// The name of a property in curation's and import's messages.
	private static String property(PropertyRule rule) {
		return "Property '%s' of %s".formatted(rule.name(), rule.owner());
	}

	private Map<String, Object> base(NodeLabel label, String id) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", this.prefix + label);
		for (PropertyRule rule : label.rules().values()) {
			if (rule.required() && !input.containsKey(rule.name())) {
				input.put(rule.name(), valid(rule));
			}
		}
		return input;
	}

	private static void put(Map<String, Object> input, String key, @Nullable Object value) {
		if (value == null) {
			input.remove(key);
		}
		else {
			input.put(key, value);
		}
	}

	// Challenges and demands are posted and raised by their workflows, never created by
	// curation.
	private static boolean createdByCuration(NodeLabel label) {
		return StatusFlow.of(label).isEmpty();
	}

	private void make(NodeLabel label, String id) {
		if (createdByCuration(label)) {
			this.nodes.create(label, base(label, id), ACTOR);
		}
		else {
			accepted(nodeFile(label, id, null, null));
		}
	}

	private static NodeLabel curated(Iterable<NodeLabel> labels) {
		for (NodeLabel label : labels) {
			if (NodeCuration.curates(label)) {
				return label;
			}
		}
		throw new IllegalStateException("no curated label in " + labels);
	}

	// --- import

	private String nodeFile(NodeLabel label, String id, @Nullable PropertyRule rule, @Nullable String field) {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("id:ID(" + label + ")", id);
		for (PropertyRule required : label.rules().values()) {
			if (required.required() && !required.name().equals("id")) {
				Object value = required.name().equals("name") ? this.prefix + label : valid(required);
				columns.put(column(required), field(required, value));
			}
		}
		// A challenge or demand comes in its first status, whose change the import
		// records.
		StatusFlow.of(label).ifPresent((flow) -> columns.put(column(label.rule("status")), flow.initial()));
		if (rule != null) {
			columns.put(column(rule), field);
		}
		return csv(columns);
	}

	private static String relationshipFile(RelType type, NodeLabel start, NodeLabel end, String from, String to,
			PropertyRule rule, String field) {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put(":START_ID(" + start + ")", from);
		columns.put(":END_ID(" + end + ")", to);
		columns.put(":TYPE", type.name());
		columns.put(column(rule), field);
		return csv(columns);
	}

	private static String column(PropertyRule rule) {
		return rule.name() + ":" + switch (rule.kind()) {
			case STRING -> "string";
			case INTEGER -> "long";
			case FLOAT -> "double";
			case BOOLEAN -> "boolean";
			case DATE -> "date";
			case DATETIME -> "datetime";
			case STRING_LIST -> "string[]";
		};
	}

	// A value as a CSV field: quoted, but for an empty (missing) field and one quoted
	// already.
	private static String field(PropertyRule rule, Object value) {
		if (value instanceof List<?> list) {
			return String.join(";", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

	private static String csv(Map<String, String> columns) {
		return String.join(",", columns.keySet()) + "\n"
				+ String.join(",", columns.values().stream().map(PropertyRulesTableTests::quoted).toList()) + "\n";
	}

	private static String quoted(String field) {
		if (field.isEmpty() || field.equals("\"\"")) {
			return field;
		}
		return "\"" + field.replace("\"", "\"\"") + "\"";
	}

	private void refusedByImport(String content, PropertyRule rule, Fault fault, boolean strict) {
		GraphQlTester.Response response = importFile(content);
		response.path("importGraph.job.status").entity(String.class).isEqualTo("REJECTED");
		if (strict) {
			List<String> reasons = response.path("importGraph.job.errors[*].reason").entityList(String.class).get();
			assertThat(reasons).as(fault.what() + " in\n" + content).contains(property(rule) + fault.message());
		}
	}

	private void accepted(String content) {
		GraphQlTester.Response response = importFile(content);
		response.path("importGraph.job.errors").entityList(Object.class).hasSize(0);
		response.path("importGraph.job.status").entity(String.class).isEqualTo("DONE");
	}

	private GraphQlTester.Response importFile(String content) {
		String name = content.startsWith(":START_ID") ? "relationships/table.csv" : "nodes/table.csv";
		return this.coordinator.documentName("modelValues")
			.operationName("importGraph")
			.variable("files", List.of(Map.of("name", name, "content", content)))
			.execute();
	}

	// --- workflows

	/**
	 * A workflow's argument that becomes the property: how to call the workflow with a
	 * value for it, and the argument's name.
	 */
	record Argument(String name, Function<Object, Object> call) {

		void accepts(Object value) {
			assertThat(catchThrowable(() -> this.call.apply(value))).as("argument " + this.name)
				.satisfiesAnyOf((thrown) -> assertThat(thrown).isNull(),
						// Checked, then looked up: the value passed.
						(thrown) -> assertThat(thrown).isInstanceOf(NotFoundException.class));
		}

	}

	private java.util.Optional<Argument> workflow(NodeLabel label, String property) {
		if (label == NodeLabel.Challenge
				&& List.of("id", "name", "nameEn", "description", "budget", "deadline", "mode", "maxPartners")
					.contains(property)) {
			return java.util.Optional
				.of(new Argument(property, (value) -> this.challenges.post(posting(property, value), ACTOR)));
		}
		if (label == NodeLabel.Demand && List.of("kind", "name", "description").contains(property)) {
			return java.util.Optional.of(new Argument(property, (value) -> {
				Map<String, Object> args = new HashMap<>(
						Map.of("kind", "TECHNOLOGY", "name", this.prefix + "需求", "description", "描述"));
				put(args, property, value);
				return this.demands.raise("ent_zhaochi", (String) args.get("kind"), (String) args.get("name"),
						(String) args.get("description"), List.of("tech_led_micro"), ACTOR);
			}));
		}
		if (label == NodeLabel.StatusChange && property.equals("note")) {
			return java.util.Optional.of(new Argument("note",
					(value) -> this.demands.resolve(this.prefix + "none", (String) value, null, ACTOR)));
		}
		if (label == NodeLabel.Team && property.equals("name")) {
			return java.util.Optional.of(new Argument("teamName", (value) -> this.challenges.apply(this.prefix + "none",
					"person_jiang_fengyi", List.of(), (String) value, ACTOR)));
		}
		return java.util.Optional.empty();
	}

	private ChallengeWorkflow.Posting posting(String property, Object value) {
		Map<String, Object> args = new HashMap<>();
		args.put("id", nextId());
		args.put("name", this.prefix + "揭榜");
		args.put("budget", 1_000_000L);
		args.put("deadline", "2099-12-31");
		args.put("mode", "OPEN_COMPETITION");
		args.put("maxPartners", 4L);
		args.put(property, value);
		return new ChallengeWorkflow.Posting((String) args.get("id"), (String) args.get("name"),
				(String) args.get("nameEn"), (String) args.get("description"), "cons_led", List.of("tech_led_micro"),
				"chain_led", ((Number) args.get("budget")).longValue(), (String) args.get("deadline"),
				(String) args.get("mode"), ((Number) args.get("maxPartners")).intValue(), false);
	}

	private void refusedByWorkflow(Argument argument, Fault fault) {
		Object value = fault.value();
		boolean numeric = List.of("budget", "maxPartners").contains(argument.name());
		if (value == null || numeric != (value instanceof Number)) {
			// The Java type of the argument cannot hold the value (GraphQL's types
			// refuse it first).
			return;
		}
		long before = this.graph.count("MATCH (n) RETURN count(n) AS n");
		assertThatExceptionOfType(BadRequestException.class).as(argument.name() + ": " + fault.what())
			.isThrownBy(() -> argument.call().apply(value))
			.withMessage("Argument '%s'%s", argument.name(), fault.message());
		assertThat(this.graph.count("MATCH (n) RETURN count(n) AS n")).isEqualTo(before);
	}

	// --- nothing written

	private void assertNoNode(String id) {
		assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", id)).isZero();
	}

	private void assertNoRelationship(RelType type, String start) {
		assertThat(this.graph.count("MATCH ({id: $id})-[r:`%s`]->() RETURN count(r) AS n".formatted(type.name()), "id",
				start))
			.isZero();
	}

	private String nextId() {
		return this.prefix + this.ids.incrementAndGet();
	}

}
