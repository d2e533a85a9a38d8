package io.chaingraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQL;
import io.chaingraph.ChainGraphTest;
import io.chaingraph.system.database.EmbeddedDatabase;
import io.chaingraph.system.graphql.QueryLimitsProperties;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries made only of generic reads are answered in one pass, each with the answer
 * graphql-java's own execution gives, down to the order of the keys; everything else,
 * errors included, is answered by graphql-java as before.
 */
@ChainGraphTest
class OnePassReadsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DOCUMENT = document();

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	OnePassReads onePass;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphReads reads;

	@Autowired
	GraphQlSource source;

	@Autowired
	Driver driver;

	@Autowired
	QueryLimitsProperties limits;

	@Test
	void genericReadsAreAnsweredInOnePassAsGraphQlJavaAnswersThem() {
		Map<String, Object> nested = same("nested", Map.of());
		assertThat(JSON.writeValueAsString(nested)).contains("\"leaders\"", "\"experts\"", "\"ownership\"");
		List<Map<String, Object>> chains = edges(nested, "chains");
		assertThat(chains).hasSizeGreaterThan(5);
		String chain = (String) node(chains.get(0)).get("id");
		Map<String, Object> experts = same("edgeProperties", Map.of());
		assertThat(JSON.writeValueAsString(experts)).contains("\"level\"");
		String expert = (String) node(edges(experts, "experts").get(0)).get("id");
		same("byIds", Map.of("chain", chain, "expert", expert, "ids", List.of(expert, "no_such_id", chain)));
		Map<String, Object> last = same("fromTheEnd", new HashMap<>());
		Map<String, Object> pageInfo = page(last, "chains").get("pageInfo");
		same("fromTheEnd", Map.of("before", pageInfo.get("startCursor")));
		same("filtered", Map.of("ownership", "PRIVATE"));
		assertThat(JSON.writeValueAsString(same("organizations", Map.of()))).contains("\"role\"", "Enterprise");
		same("conditional", Map.of("withLeaders", true, "skipName", false));
		same("conditional", Map.of("withLeaders", false, "skipName", true));
	}

	@Test
	void overBoltEachQueryIsOneStatementWithGraphQlJavasAnswer() {
		// The one pass as a service with a server runs it: reads over the embedded
		// database's Bolt port, with no embedded database to reach.
		GraphReads bolt = new GraphReads(this.driver,
				new StaticListableBeanFactory().getBeanProvider(EmbeddedDatabase.class), this.limits);
		OnePassReads onePass = new OnePassReads(bolt,
				new StaticListableBeanFactory().getBeanProvider(RootReadGuard.class));
		GraphQL graphQl = GraphQL.newGraphQL(this.source.schema()).instrumentation(onePass).build();
		Map<String, Object> nested = execute("nested", Map.of(), true);
		String chain = (String) node(edges(data(nested), "chains").get(0)).get("id");
		String expert = (String) node(edges(data(execute("edgeProperties", Map.of(), true)), "experts").get(0))
			.get("id");
		String before = (String) page(data(execute("fromTheEnd", new HashMap<>(), true)), "chains").get("pageInfo")
			.get("startCursor");
		Map<String, Map<String, Object>> operations = new java.util.LinkedHashMap<>();
		operations.put("nested", Map.of());
		operations.put("edgeProperties", Map.of());
		operations.put("byIds", Map.of("chain", chain, "expert", expert, "ids", List.of(expert, "no_such_id", chain)));
		operations.put("fromTheEnd", Map.of("before", before));
		operations.put("filtered", Map.of("ownership", "PRIVATE"));
		operations.put("organizations", Map.of());
		operations.put("conditional", Map.of("withLeaders", true, "skipName", false));
		operations.put("chainsAfter", Map.of("after", before));
		operations.put("segmentsBetween", Map.of());
		operations.forEach((operation, variables) -> {
			Map<String, Object> expected = execute(operation, variables, true);
			long answered = onePass.answered();
			long statements = bolt.statements();
			Map<String, Object> actual = graphQl
				.execute(ExecutionInput.newExecutionInput(DOCUMENT)
					.operationName(operation)
					.variables(variables)
					.locale(Locale.ENGLISH))
				.toSpecification();
			assertThat(actual).as(operation).doesNotContainKey("errors");
			assertThat(JSON.writeValueAsString(actual)).as(operation).isEqualTo(JSON.writeValueAsString(expected));
			assertThat(onePass.answered()).as(operation).isEqualTo(answered + 1);
			assertThat(bolt.statements() - statements).as(operation).isEqualTo(1);
		});
		Map<String, Object> missing = graphQl
			.execute(ExecutionInput.newExecutionInput(DOCUMENT).operationName("missingNode").locale(Locale.ENGLISH))
			.toSpecification();
		assertThat(missing).containsKey("errors");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(Map<String, Object> answer) {
		assertThat(answer).doesNotContainKey("errors");
		return (Map<String, Object>) answer.get("data");
	}

	@Test
	void whatOnePassCannotAnswerGraphQlJavaAnswers() {
		for (String operation : List.of("historyActors", "badCursor", "firstAndLast", "missingNode")) {
			long before = this.onePass.answered();
			Map<String, Object> expected = execute(operation, Map.of(), true);
			Map<String, Object> actual = execute(operation, Map.of(), false);
			assertThat(JSON.writeValueAsString(actual)).as(operation).isEqualTo(JSON.writeValueAsString(expected));
			assertThat(this.onePass.answered()).as(operation).isEqualTo(before);
		}
		assertThat(execute("badCursor", Map.of(), false)).containsKey("errors");
		assertThat(execute("missingNode", Map.of(), false)).containsKey("errors");
	}

	@Test
	void graphQlJavaReadsOneLevelPerStatement() throws IOException {
		String deep = new ClassPathResource("graphql-test/deepNesting.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		long before = this.reads.statements();
		Map<String, Object> answer = this.service
			.execute(disabled(
					new DefaultExecutionGraphQlRequest(deep, null, Map.of(), Map.of(), "deep", Locale.ENGLISH)))
			.block()
			.toMap();
		assertThat(answer).doesNotContainKey("errors");
		assertThat(this.reads.statements() - before).as("statements for 4 levels").isEqualTo(4);
	}

	@Test
	void requestsOverHttpAreAnsweredInOnePass() {
		long before = this.onePass.answered();
		this.graphQl.document(DOCUMENT)
			.operationName("nested")
			.execute()
			.path("chains.edges[*].node.leaders.edges[*].node.name")
			.entityList(String.class)
			.satisfies((experts) -> assertThat(experts).isNotEmpty());
		assertThat(this.onePass.answered()).isEqualTo(before + 1);
	}

	// The answer with one pass and without it, equal as JSON text; the first was
	// answered in one pass and without errors.
	private Map<String, Object> same(String operation, Map<String, Object> variables) {
		Map<String, Object> expected = execute(operation, variables, true);
		long before = this.onePass.answered();
		Map<String, Object> actual = execute(operation, variables, false);
		assertThat(this.onePass.answered()).as(operation).isEqualTo(before + 1);
		assertThat(actual).as(operation).doesNotContainKey("errors");
		assertThat(JSON.writeValueAsString(actual)).as(operation).isEqualTo(JSON.writeValueAsString(expected));
		@SuppressWarnings("unchecked")
		Map<String, Object> data = (Map<String, Object>) actual.get("data");
		return data;
	}

	private Map<String, Object> execute(String operation, Map<String, Object> variables, boolean disabled) {
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(DOCUMENT, operation, variables,
				Map.of(), "one-pass-test", Locale.ENGLISH);
		return this.service.execute(disabled ? disabled(request) : request).block().toMap();
	}

	private static DefaultExecutionGraphQlRequest disabled(DefaultExecutionGraphQlRequest request) {
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(OnePassReads.DISABLED, true)).build());
		return request;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> page(Map<String, Object> data, String field) {
		return (Map<String, Map<String, Object>>) data.get(field);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> edges(Map<String, Object> data, String field) {
		return (List<Map<String, Object>>) ((Map<String, Object>) data.get(field)).get("edges");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> edge) {
		return (Map<String, Object>) edge.get("node");
	}

	private static String document() {
		try {
			return new ClassPathResource("graphql-test/onePassReads.graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
