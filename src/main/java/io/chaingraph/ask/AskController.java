package io.chaingraph.ask;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.ask.AskEntity.Role;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.NotFoundException;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.system.graphql.TextValues;
import io.chaingraph.text.TextLinker;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code ask}: links the question with the shared linker, reads it with
 * {@link QuestionReader}, and runs the operation of the reading through the service's own
 * GraphQL engine, as the asker's own request, so that the access policy, the operation
 * limits and the timeouts act on it as on the same query sent directly. Nodes chosen for
 * roles are checked and read from the graph here, before the reading, and passed to it.
 */
@Controller
class AskController {

	static final int MAX_QUESTION = 500;

	// The one-pass reader answers generic reads (chain(id:), challenges(where)) as JSON
	// without their fetchers; the answer needs the typed values the fetchers return.
	static final String ONE_PASS_DISABLED = GraphReads.FETCHERS_ONLY;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TextLinker linker;

	private final ObjectProvider<ExecutionGraphQlService> service;

	private final GraphReads reads;

	private final CypherQueries queries;

	AskController(TextLinker linker, ObjectProvider<ExecutionGraphQlService> service, GraphReads reads,
			CypherQueries queries) {
		this.linker = linker;
		this.service = service;
		this.reads = reads;
		this.queries = queries;
	}

	@QueryMapping
	Mono<Answer> ask(@Argument String question, @Argument @Nullable Language language,
			@Argument @Nullable List<AskChoice> entities, GraphQLContext context) {
		Reading reading = read(question, language, (entities != null) ? entities : List.of());
		if (reading.operation() == null) {
			return Mono.just(answer(reading, null, List.of()));
		}
		AskOperation operation = reading.operation();
		Map<String, Object> values = ResultCapture.values();
		Map<Object, Object> inner = new HashMap<>();
		context.stream().forEach((entry) -> inner.put(entry.getKey(), entry.getValue()));
		inner.put(ResultCapture.KEY, values);
		inner.put(ONE_PASS_DISABLED, true);
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(operation.document(),
				operation.name(), operation.values(), Map.of(), "ask-" + UUID.randomUUID(), Locale.ENGLISH);
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(inner).build());
		return this.service.getObject().execute(request).map((response) -> {
			List<String> errors = response.getErrors().stream().map(ResponseError::getMessage).toList();
			return answer(reading, AskResult.of(operation.field(), values.get(operation.field())), errors);
		});
	}

	/**
	 * The reading of a question, without running anything: for the answer, and for
	 * measuring the reading alone.
	 */
	Reading read(String question, @Nullable Language language) {
		return read(question, language, List.of());
	}

	private Reading read(String question, @Nullable Language language, List<AskChoice> choices) {
		String text = question.strip();
		if (text.isEmpty()) {
			throw new BadRequestException(AskErrors.EMPTY_QUESTION);
		}
		TextValues.check(TextValues.argument("question"), text, MAX_QUESTION);
		refuseMalformed(choices);
		List<AskEntity> chosen = chosen(choices);
		return QuestionReader.read(text, language, this.linker.interpretQuestion(text), this::kind, chosen);
	}

	// What is wrong with the list itself, found before the graph is read.
	private static void refuseMalformed(List<AskChoice> choices) {
		if (choices.size() > AskChoice.MAX_CHOICES) {
			throw new BadRequestException(AskErrors.TOO_MANY_CHOICES, choices.size(), AskChoice.MAX_CHOICES);
		}
		Set<Role> seen = EnumSet.noneOf(Role.class);
		for (AskChoice choice : choices) {
			if (!AskChoice.choosable(choice.role())) {
				throw new BadRequestException(AskErrors.ROLE_NOT_CHOOSABLE, choice.role());
			}
			if (!seen.add(choice.role())) {
				throw new BadRequestException(AskErrors.ROLE_TWICE, choice.role());
			}
		}
	}

	// The chosen nodes as entities, read in one query; each must exist and fit its role.
	private List<AskEntity> chosen(List<AskChoice> choices) {
		if (choices.isEmpty()) {
			return List.of();
		}
		List<String> ids = choices.stream().map(AskChoice::id).distinct().toList();
		Map<String, Record> nodes = this.reads.read(this.queries.get("ask-chosen-nodes"), Map.of("ids", ids))
			.stream()
			.collect(Collectors.toMap((row) -> row.get("id").asString(), Function.identity()));
		return choices.stream().map((choice) -> {
			Record node = nodes.get(choice.id());
			if (node == null) {
				throw new NotFoundException(AskErrors.NO_CHOSEN_NODE, choice.id(), choice.role());
			}
			String label = node.get("label").asString("");
			if (!AskChoice.fits(choice.role(), label)) {
				throw new BadRequestException(AskErrors.WRONG_LABEL, choice.id(), label, choice.role(),
						AskChoice.labels(choice.role()));
			}
			return new AskEntity(choice.id(), label, node.get("name").asString(), node.get("nameEn").asString(null), "",
					1.0, AskEntity.CHOSEN, choice.role());
		}).toList();
	}

	private @Nullable String kind(String chain) {
		List<Record> rows = this.reads.read(this.queries.get("ask-chain-kinds"), Map.of("ids", List.of(chain)));
		if (rows.isEmpty()) {
			return null;
		}
		Record row = rows.get(0);
		if (row.get("keyChain").asBoolean()) {
			return "KEY";
		}
		return row.get("pilot").asBoolean() ? "PILOT" : null;
	}

	private static Answer answer(Reading reading, @Nullable AskResult result, List<String> errors) {
		List<Answer.Alternative> alternatives = reading.alternatives()
			.stream()
			.map((alternative) -> new Answer.Alternative(alternative.meaning(), alternative.entities(),
					operation(alternative.operation())))
			.toList();
		return new Answer(reading.status(),
				new Answer.Interpretation(reading.type(), reading.entities(), reading.filters(), reading.language()),
				(reading.operation() != null) ? operation(reading.operation()) : null, result, alternatives,
				reading.message(), reading.example(), errors);
	}

	private static Answer.Operation operation(AskOperation operation) {
		return new Answer.Operation(operation.name(), operation.field(), operation.document(),
				JSON.writeValueAsString(operation.values()));
	}

}
