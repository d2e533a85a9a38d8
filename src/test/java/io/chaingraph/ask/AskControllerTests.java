package io.chaingraph.ask;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ask over HTTP: the answer holds the typed result of the operation it names, and that
 * operation, pasted as it is, answers the same.
 */
@ChainGraphTest
class AskControllerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource source;

	@Autowired
	Driver driver;

	private static final String FLAGSHIP = "哪些院士能帮助半导体照明产业链突破硅衬底LED技术？";

	private GraphQlTester.Response ask(String question) {
		return this.graphQl.documentName("ask").variable("question", question).execute();
	}

	private GraphQlTester.Response ask(String question, List<Map<String, String>> choices) {
		return this.graphQl.documentName("ask").variable("question", question).variable("entities", choices).execute();
	}

	private static Map<String, String> choice(String role, String id) {
		return Map.of("role", role, "id", id);
	}

	// The answer's operation, pasted as it is with its variables, finds the same experts.
	private void assertPastedOperationFinds(String document, Map<String, Object> variables, List<String> experts) {
		this.graphQl.document(document)
			.variables(variables)
			.execute()
			.path("expertsFor.matches[*].expert.id")
			.entityList(String.class)
			.isEqualTo(experts);
	}

	private static Map<String, Object> variables(GraphQlTester.Response response) {
		return JSON.readValue(response.path("ask.operation.variables").entity(String.class).get(),
				new TypeReference<>() {
				});
	}

	@Test
	void theFlagshipQuestionRunsExpertsForAndItsOperationPastedAnswersTheSame() {
		GraphQlTester.Response response = ask("哪些院士能帮助半导体照明产业链突破硅衬底LED技术？");
		response.path("ask.status").entity(String.class).isEqualTo("ANSWERED");
		response.path("ask.interpretation.type").entity(String.class).isEqualTo("EXPERTS");
		response.path("ask.interpretation.filters.academicianOnly").entity(Boolean.class).isEqualTo(true);
		List<String> experts = response.path("ask.result.expertsFor.matches[*].expert.id")
			.entityList(String.class)
			.get();
		assertThat(experts).isNotEmpty();
		response.path("ask.result.expertsFor.matches[*].expert.academician")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles).allMatch((title) -> title.equals("CAS") || title.equals("CAE")));
		String document = response.path("ask.operation.document").entity(String.class).get();
		Map<String, Object> variables = JSON
			.readValue(response.path("ask.operation.variables").entity(String.class).get(), new TypeReference<>() {
			});
		assertThat(variables).containsEntry("chain", "chain_led")
			.containsEntry("technology", "tech_led_si_substrate")
			.containsEntry("academicianOnly", true);
		assertPastedOperationFinds(document, variables, experts);
	}

	// expertsFor takes a technology or words: a chain alone was sent as neither, and the
	// whole answer failed.
	@Test
	void expertsOnAChainWithoutATechnologyAreAnswered() {
		for (String question : List.of("有机硅产业链有哪些院士？", "Which academicians work on photovoltaics?", "有机硅产业链有哪些专家？")) {
			GraphQlTester.Response response = ask(question);
			response.errors().verify();
			response.path("ask.status").entity(String.class).isEqualTo("ANSWERED");
			response.path("ask.errors").entityList(String.class).hasSize(0);
			response.path("ask.interpretation.type").entity(String.class).isEqualTo("EXPERTS");
			response.path("ask.result.expertsFor.matches").hasValue();
		}
	}

	// A chain alone used to be sent as its own name for the query; expertsFor now ranks a
	// chain alone for its bottleneck technologies.
	@Test
	void expertsOnAChainAloneAreAskedForTheChainAlone() {
		GraphQlTester.Response response = ask("有机硅产业链有哪些院士？");
		Map<String, Object> variables = variables(response);
		assertThat(variables).containsEntry("chain", "chain_organosilicon")
			.containsEntry("academicianOnly", true)
			.doesNotContainKeys("query", "technology");
		List<String> experts = response.path("ask.result.expertsFor.matches[*].expert.id")
			.entityList(String.class)
			.get();
		assertPastedOperationFinds(response.path("ask.operation.document").entity(String.class).get(), variables,
				experts);
	}

	@Test
	void aCityTheQuestionNamesFiltersTheExperts() {
		GraphQlTester.Response response = ask("南昌有哪些硅衬底LED技术专家？");
		response.path("ask.status").entity(String.class).isEqualTo("ANSWERED");
		assertThat(variables(response)).containsEntry("city", "city_nanchang")
			.containsEntry("technology", "tech_led_si_substrate");
		response.path("ask.message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("仅限在该城市工作的专家").doesNotContain("未用于"));
		List<String> working = new GraphAssertions(this.driver).strings("""
				MATCH (x:Expert)-[:AFFILIATED_WITH]->(o)-[:LOCATED_IN]->(:City {id: 'city_nanchang'})
				WHERE o:Enterprise OR o:University OR o:Institute
				RETURN collect(DISTINCT x.id) AS values""");
		response.path("ask.result.expertsFor.matches[*].expert.id")
			.entityList(String.class)
			.satisfies((experts) -> assertThat(experts).isNotEmpty().isSubsetOf(working));
	}

	@Test
	void aChainLeadersQuestionReturnsTheChainAsTheGenericReadsTypeIt() {
		GraphQlTester.Response response = ask("谁是光伏产业链的链主？");
		response.path("ask.operation.field").entity(String.class).isEqualTo("chain");
		response.path("ask.result.chain.id").entity(String.class).isEqualTo("chain_pv");
		response.path("ask.result.chain.leaders.edges[*].node.id").entityList(String.class).contains("ent_jinko");
	}

	@Test
	void openChallengesOnAChainArePagedWithTheirFilter() {
		GraphQlTester.Response response = ask("铜产业链有哪些揭榜挂帅项目？");
		response.path("ask.result.challenges.edges[*].node.status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).isNotEmpty().allMatch("OPEN"::equals));
	}

	// The figure and the statuses were free strings: a client could not switch over them,
	// and nothing held the figure to a field that exists.
	@Test
	void aCountNamesItsFigureAsAFieldOfTheStatisticsAndStatusesAreWorkflowStatuses() {
		GraphQlTester.Response response = ask("江西有多少院士？");
		response.path("ask.interpretation.filters.measure").entity(String.class).isEqualTo("ACADEMICIANS");
		response.path("ask.result.statistics.academicians").hasValue();
		GraphQLSchema schema = this.source.schema();
		GraphQLObjectType filters = schema.getObjectType("AskFilters");
		assertThat(GraphQLTypeUtil.unwrapAll(filters.getFieldDefinition("measure").getType()).getName())
			.isEqualTo("StatisticsMeasure");
		assertThat(GraphQLTypeUtil.unwrapAll(filters.getFieldDefinition("statuses").getType()).getName())
			.isEqualTo("WorkflowStatus");
		GraphQLEnumType measures = (GraphQLEnumType) schema.getType("StatisticsMeasure");
		assertThat(measures.getValues()).extracting(GraphQLEnumValueDefinition::getName)
			.containsExactlyInAnyOrderElementsOf(
					java.util.Arrays.stream(StatisticsMeasure.values()).map(Enum::name).toList());
		GraphQLObjectType statistics = schema.getObjectType("ProgrammeStatistics");
		assertThat(StatisticsMeasure.values()).allSatisfy(
				(measure) -> assertThat(statistics.getFieldDefinition(measure.field())).as(measure.name()).isNotNull());
	}

	@Test
	void anAmbiguousChainIsOfferedBothWaysAndNothingRuns() {
		GraphQlTester.Response response = ask("Who leads the aviation chain?");
		response.path("ask.status").entity(String.class).isEqualTo("AMBIGUOUS");
		response.path("ask.result").valueIsNull();
		response.path("ask.operation").valueIsNull();
		response.path("ask.alternatives[*].entities[*].id")
			.entityList(String.class)
			.contains("c1269_aviation", "chain_aviation");
		response.path("ask.alternatives[*].operation.name").entityList(String.class).hasSize(2);
		response.path("ask.interpretation.language").entity(String.class).isEqualTo("EN");
	}

	@Test
	void aQuestionNotUnderstoodSaysWhatWasAndGivesAnExample() {
		GraphQlTester.Response response = ask("谁是链主");
		response.path("ask.status").entity(String.class).isEqualTo("NOT_UNDERSTOOD");
		response.path("ask.interpretation.type").entity(String.class).isEqualTo("CHAIN_LEADERS");
		response.path("ask.example").entity(String.class).satisfies((example) -> assertThat(example).contains("链主"));
		response.path("ask.result").valueIsNull();
	}

	@Test
	void anEmptyQuestionIsABadRequest() {
		this.graphQl.documentName("ask")
			.variable("question", "  ")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("question")));
	}

	@Test
	void theConnectionOfTwoNamedEnterprisesIsAPath() {
		GraphQlTester.Response response = ask("江铜和耐普矿机是怎么联系起来的？");
		response.path("ask.interpretation.entities[?(@.role == 'FROM')].id")
			.entityList(String.class)
			.contains("ent_jcc");
		response.path("ask.result.connection[*].nodes[*].id").entityList(String.class).contains("ent_jcc", "ent_naipu");
	}

	@Test // issue 19: "not that technology, this one"
	void choosingATechnologyChangesTheOperationsVariablesAndItsResult() {
		List<String> before = ask(FLAGSHIP).path("ask.result.expertsFor.matches[*].expert.id")
			.entityList(String.class)
			.get();
		GraphQlTester.Response response = ask(FLAGSHIP, List.of(choice("TECHNOLOGY", "tech_led_micro")));
		response.errors().verify();
		response.path("ask.status").entity(String.class).isEqualTo("ANSWERED");
		response.path("ask.interpretation.type").entity(String.class).isEqualTo("EXPERTS");
		response.path("ask.interpretation.entities[?(@.role == 'TECHNOLOGY')]")
			.entityList(Map.class)
			.satisfies((entities) -> assertThat(entities).singleElement().satisfies((entity) -> {
				assertThat(entity).containsEntry("id", "tech_led_micro")
					.containsEntry("label", "Technology")
					.containsEntry("how", "CHOSEN")
					.containsEntry("confidence", 1.0)
					.containsEntry("matched", "硅衬底LED技术");
				assertThat((String) entity.get("name")).contains("Micro-LED");
			}));
		Map<String, Object> variables = variables(response);
		assertThat(variables).containsEntry("technology", "tech_led_micro")
			.containsEntry("chain", "chain_led")
			.containsEntry("academicianOnly", true);
		List<String> experts = response.path("ask.result.expertsFor.matches[*].expert.id")
			.entityList(String.class)
			.get();
		assertThat(experts).isNotEmpty().isNotEqualTo(before);
		// The operation pasted with its variables answers what the choice answered.
		assertPastedOperationFinds(response.path("ask.operation.document").entity(String.class).get(), variables,
				experts);
	}

	@Test // issue 19
	void choosingTheChainSettlesAnAmbiguousQuestion() {
		for (String chain : List.of("c1269_aviation", "chain_aviation")) {
			GraphQlTester.Response response = ask("航空产业链有哪些院士？", List.of(choice("CHAIN", chain)));
			response.errors().verify();
			response.path("ask.status").entity(String.class).isEqualTo("ANSWERED");
			response.path("ask.alternatives").entityList(Object.class).hasSize(0);
			response.path("ask.interpretation.entities[?(@.role == 'CHAIN')].id")
				.entityList(String.class)
				.containsExactly(chain);
			response.path("ask.interpretation.entities[?(@.role == 'CHAIN')].matched")
				.entityList(String.class)
				.containsExactly("航空");
			assertThat(variables(response)).containsEntry("chain", chain);
			response.path("ask.result.expertsFor.matches").hasValue();
		}
	}

	@Test // issue 19
	void aChoiceFillsARoleTheWordsLeftEmpty() {
		GraphQlTester.Response leaders = ask("谁是链主", List.of(choice("CHAIN", "chain_pv")));
		leaders.path("ask.status").entity(String.class).isEqualTo("ANSWERED");
		leaders.path("ask.interpretation.entities[?(@.role == 'CHAIN')].matched")
			.entityList(String.class)
			.containsExactly("");
		leaders.path("ask.result.chain.id").entity(String.class).isEqualTo("chain_pv");
		leaders.path("ask.result.chain.leaders.edges[*].node.id").entityList(String.class).contains("ent_jinko");

		GraphQlTester.Response excluding = ask(FLAGSHIP, List.of(choice("EXCLUDED", "ent_jcc")));
		excluding.path("ask.status").entity(String.class).isEqualTo("ANSWERED");
		excluding.path("ask.interpretation.filters.excludeConflictsWith").entity(String.class).isEqualTo("ent_jcc");
		assertThat(variables(excluding)).containsEntry("excludeConflictsWith", "ent_jcc")
			.containsEntry("technology", "tech_led_si_substrate");
	}

	@Test // issue 19: each refusal is classified, names what was wrong, and nothing runs
	void aChoiceThatCannotApplyIsRefusedAndNothingRuns() {
		List<Map<String, String>> eleven = new java.util.ArrayList<>();
		for (int i = 0; i < 11; i++) {
			eleven.add(choice("FROM", "ent_jcc"));
		}
		assertRefused(ask(FLAGSHIP, eleven), "BAD_REQUEST", "TOO_MANY_CHOICES", "11", "10");
		assertRefused(
				ask(FLAGSHIP, List.of(choice("TECHNOLOGY", "tech_led_micro"), choice("TECHNOLOGY", "tech_led_mini"))),
				"BAD_REQUEST", "ROLE_TWICE", "TECHNOLOGY");
		assertRefused(ask(FLAGSHIP, List.of(choice("MENTIONED", "tech_led_micro"))), "BAD_REQUEST",
				"ROLE_NOT_CHOOSABLE", "MENTIONED");
		assertRefused(ask(FLAGSHIP, List.of(choice("TECHNOLOGY", "tech_no_such_thing"))), "NOT_FOUND", "NO_CHOSEN_NODE",
				"tech_no_such_thing");
		assertRefused(ask(FLAGSHIP, List.of(choice("TECHNOLOGY", "chain_led"))), "BAD_REQUEST", "WRONG_LABEL",
				"chain_led", "Chain", "TECHNOLOGY");
		assertRefused(ask(FLAGSHIP, List.of(choice("CHALLENGE", "syn_challenge_01"))), "BAD_REQUEST", "ROLE_NOT_TAKEN",
				"EXPERTS", "CHALLENGE");
		assertRefused(ask("硅衬底LED", List.of(choice("TECHNOLOGY", "tech_led_micro"))), "BAD_REQUEST",
				"CHOICE_WITHOUT_TYPE", "not understood");
	}

	private static void assertRefused(GraphQlTester.Response response, String classification, String code,
			String... named) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo(classification);
			assertThat(error.getExtensions()).containsEntry("code", code);
			assertThat(error.getMessage()).contains(named).doesNotContain("Exception", "MATCH");
		}));
		// No answer: the refusal comes before the operation, so there is no result to
		// show.
		response.path("ask").pathDoesNotExist();
	}

}
