package io.chaingraph.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.system.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ChainGraphTest
class SearchControllerTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void chineseTextFindsByBigrams() {
		this.graphQl.documentName("search")
			.variable("text", "合金")
			.variable("types", List.of("TECHNOLOGY"))
			.execute()
			.path("search[*].node.id")
			.entityList(String.class)
			.contains("tech_cu_agwire", "tech_w_wcu")
			.path("search[*].type")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).containsOnly("TECHNOLOGY"));
	}

	@Test
	void englishTextFindsRankedBestFirst() {
		List<Map<String, Object>> hits = this.graphQl.documentName("search")
			.variable("text", "silicon substrate LED")
			.variable("first", 20)
			.execute()
			.path("search")
			.entityList(Map.class)
			.get()
			.stream()
			.map((hit) -> (Map<String, Object>) hit)
			.toList();
		assertThat(hits).extracting((hit) -> (Object) ((Map<?, ?>) hit.get("node")).get("id"))
			.contains("tech_led_si_substrate");
		assertThat(hits).extracting((hit) -> ((Number) hit.get("score")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@ParameterizedTest
	@ValueSource(strings = { "AND (", "OR", "NOT", "铜 AND (银 OR", "+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "title:铜",
			"\"unclosed", "a*", "\\" })
	void operatorsAndSpecialCharactersAreTakenLiterally(String text) {
		this.graphQl.documentName("search").variable("text", text).execute().errors().verify();
	}

	// Each text with Lucene's syntax in it finds exactly what the same words find without
	// it: a wildcard, a field, a required or excluded term, a phrase, a fuzzy or boolean
	// operator read as syntax would find other nodes, or none (the words are chosen so
	// that their hits differ).
	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|',
			value = { "铜*|铜", "title:铜|title 铜", "铜 AND 钨|铜 and 钨", "NOT 铜|not 铜", "+铜 -钨|铜 钨", "\"铜 钨\"|铜 钨", "铜~|铜",
					"铜 AND (钨 OR|铜 and 钨 or", "LED^10 铜|LED 10 铜" })
	void syntaxFindsWhatItsWordsFind(String withSyntax, String words) {
		List<Object> literal = hitIds(withSyntax);
		assertThat(literal).as(withSyntax).isNotEmpty().isEqualTo(hitIds(words));
	}

	private List<Object> hitIds(String text) {
		return this.graphQl.documentName("search")
			.variable("text", text)
			.variable("first", 50)
			.execute()
			.path("search[*].node.id")
			.entityList(Object.class)
			.get();
	}

	@Test
	void blankAndOverlongTextAreBadRequests() {
		for (String text : List.of("", "   ", "铜".repeat(10_000))) {
			this.graphQl.documentName("search")
				.variable("text", text)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getMessage()).contains("'text'");
				}));
		}
		this.graphQl.documentName("search").variable("text", "铜".repeat(500)).execute().errors().verify();
	}

	@Test
	void connectionReturnsShortestPathsThatExistInTheGraph() {
		List<Map<String, Object>> paths = this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.execute()
			.path("connection")
			.entityList(Map.class)
			.get()
			.stream()
			.map((path) -> (Map<String, Object>) path)
			.toList();
		assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		assertThat(paths.get(0).get("length")).isEqualTo(2);
		// Both ends are found by the global id label in the search itself.
		long before = this.reads.statements();
		this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.execute()
			.path("connection")
			.entityList(Map.class)
			.hasSize(paths.size());
		assertThat(this.reads.statements() - before).isEqualTo(1);
		GraphAssertions graph = new GraphAssertions(this.driver);
		for (Map<String, Object> path : paths) {
			List<Map<String, String>> rels = (List<Map<String, String>>) path.get("relationships");
			assertThat(rels).extracting((rel) -> rel.get("type")).doesNotContain("SOURCED_FROM");
			for (Map<String, String> rel : rels) {
				assertThat(graph.count("MATCH ({id: $from})-[r:$($type)]->({id: $to}) RETURN count(r) AS n", "from",
						rel.get("from"), "to", rel.get("to"), "type", rel.get("type")))
					.as("%s exists", rel)
					.isPositive();
			}
		}
	}

	@Test
	void connectionArgumentsAreChecked() {
		this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.variable("maxHops", 7)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("'maxHops'")));
		this.graphQl.documentName("connection")
			.variable("from", "nobody")
			.variable("to", "ent_zhaochi")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
		this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.variable("via", List.of("ADVISES", "MEMBER_OF"))
			.execute()
			.path("connection[*].relationships[*].type")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).containsOnly("ADVISES", "MEMBER_OF"));
	}

	@Autowired
	GraphReads reads;

	@Autowired
	List<DataFetcherExceptionResolver> resolvers;

	// A search stopped at its budget used to be a BAD_REQUEST telling the user to ask for
	// less, although a cold plan or a busy machine was as likely the cause.
	@Test
	void aConnectionSearchStoppedAtItsBudgetIsATimeoutNamingTheBudget() {
		Neo4jException stopped = catchThrowableOfType(Neo4jException.class,
				() -> this.reads.read("UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n",
						Map.of(), Duration.ofMillis(300)));
		DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField("connection").build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.rootPath().segment("connection"))
				.build())
			.build();

		List<GraphQLError> errors = DataFetcherExceptionResolver.createExceptionHandler(this.resolvers)
			.handleException(graphql.execution.DataFetcherExceptionHandlerParameters.newExceptionParameters()
				.dataFetchingEnvironment(env)
				.exception(SearchController.overBudget(stopped, Duration.ofSeconds(2)))
				.build())
			.join()
			.getErrors();

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorKind.TIMEOUT);
			assertThat(error.getMessage())
				.contains("time limit of 2000 ms", "chaingraph.connection.time-budget", "try again")
				.doesNotContain("read-timeout");
		});
	}

}
