package io.chaingraph.system.graphql;

import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.Language;
import io.chaingraph.system.error.SystemErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLArgument;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * The limits of {@link QueryLimitsProperties}, enforced by graphql-java: its parser stops
 * reading a document past the character and token limits, and instrumentations refuse an
 * operation too deep, too complex or with too many aliases before any field runs. Every
 * refusal is a BAD_REQUEST whose message names the limit, its value and its setting.
 */
@Configuration(proxyBeanMethods = false)
// Off only so that the benchmark can measure what the limits cost; never in a deployment.
@ConditionalOnProperty(prefix = "chaingraph.limits", name = "enabled", havingValue = "true", matchIfMissing = true)
public class QueryLimits {

	/**
	 * Why the parser gave up, put in the request's context by {@link ParseLimits} and
	 * read by {@link ParserOptionsInterceptor}: graphql-java turns the exception into an
	 * InvalidSyntax error whose message says nothing of our settings.
	 */
	/**
	 * The largest page anyone may ask for, and what a page without a declared default is
	 * counted as. Defined here, where an operation's cost is counted before any fetcher
	 * runs, and taken by the graph's pages ({@code NodePages.MAX_FIRST}).
	 */
	public static final int LARGEST_PAGE = 100;

	/**
	 * The page size of a connection asked for with neither {@code first} nor {@code last}
	 * ({@code NodePages.DEFAULT_SIZE}).
	 */
	public static final int DEFAULT_PAGE = 20;

	private static final String PARSE_LIMIT = QueryLimits.class.getName() + ".parseLimit";

	/**
	 * Depth, complexity and aliases, by graphql-java's instrumentations, checked once for
	 * each document, operation and set of the variables that can change the verdict.
	 */
	@Bean
	OperationLimits operationLimits(QueryLimitsProperties limits) {
		return new OperationLimits(new MaxExpandedSize(limits.maxFields(), limits.maxFragmentSpreads()),
				List.of(maxQueryDepth(limits), maxQueryComplexity(limits), new MaxAliases(limits.maxAliases())));
	}

	static MaxQueryDepthInstrumentation maxQueryDepth(QueryLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return refusal(SystemErrors.QUERY_TOO_DEEP, depth, maxDepth);
			}
		};
	}

	static MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), QueryLimits::complexity) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return refusal(SystemErrors.QUERY_TOO_COMPLEX, complexity, maxComplexity);
			}
		};
	}

	@Bean
	ParserOptionsInterceptor parserOptionsInterceptor(QueryLimitsProperties limits) {
		return new ParserOptionsInterceptor(limits);
	}

	/**
	 * A page of {@code first} elements costs {@code first} times what one element's
	 * selection costs: the rows it may bring back, not the fields it names. A page whose
	 * {@code first} is left out or null costs what it serves then: {@code last}, or 20,
	 * on a Relay connection; elsewhere its declared default (every page of the schema
	 * declares one, and the pager serves it for null too), or without one the largest
	 * page. Saturated, so that a huge product cannot wrap around to a small number.
	 */
	static int complexity(FieldComplexityEnvironment env, int childComplexity) {
		int own = 1 + childComplexity;
		GraphQLArgument first = env.getFieldDefinition().getArgument("first");
		if (first == null) {
			return own;
		}
		long page = (env.getArguments().get("first") instanceof Number given) ? given.longValue()
				: (env.getFieldDefinition().getArgument("last") != null) ? servedFromEnd(env)
						: servedWithoutFirst(first);
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1L, page) * own);
	}

	// A Relay connection declares no default for first, so that it can tell it from last:
	// it serves last's edges, or without either the default page.
	private static long servedFromEnd(FieldComplexityEnvironment env) {
		return (env.getArguments().get("last") instanceof Number given) ? given.longValue() : DEFAULT_PAGE;
	}

	private static long servedWithoutFirst(GraphQLArgument first) {
		if (first.hasSetDefaultValue()) {
			Object declared = first.getArgumentDefaultValue().getValue();
			if (declared instanceof IntValue literal) {
				return literal.getValue().longValue();
			}
			if (declared instanceof Number number) {
				return number.longValue();
			}
		}
		return LARGEST_PAGE;
	}

	static AbortExecutionException refusal(SystemErrors message, Object... args) {
		return new AbortExecutionException(List.of(error(ErrorText.of(message, args))));
	}

	// In English here, where the request's language is not at hand; the
	// LanguageInterceptor writes it in the request's language.
	private static GraphQLError error(ErrorText text) {
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(text.render(Language.EN))
			.extensions(text.extensions())
			.build();
	}

	/**
	 * Runs the operation checks (depth, complexity, aliases) and remembers which
	 * operations passed, so that a front end sending the same operations over and over
	 * pays for the three traversals of the document once, as it pays for parsing once
	 * ({@link DocumentCache}). A verdict depends on the document's text, the operation
	 * chosen, and the variables that can change a {@code first} or an {@code @include} or
	 * {@code @skip}: those holding a number, a boolean or null. Text and ids cannot, so a
	 * search or a ranking for any argument reuses the verdict. It is looked up before
	 * anything else of the request, so a repeated operation does not even create the
	 * checks' state. Only passes are kept, of documents the document cache would keep, at
	 * most {@value #MAX_VERDICTS}, the least used dropped.
	 * <p>
	 * It also notes which parser limit stopped a document ({@link ParseLimits}): one
	 * instrumentation rather than four in Spring's chain, because the chain calls each of
	 * its members for every field of every answer.
	 */
	static class OperationLimits extends SimplePerformantInstrumentation implements OperationInstrumentation {

		static final int MAX_VERDICTS = 1_000;

		private final MaxExpandedSize expandedSize;

		private final ChainedInstrumentation checks;

		// Evictions on the calling thread, as in the document cache.
		private final Cache<Verdict, Boolean> passed = Caffeine.newBuilder()
			.maximumSize(MAX_VERDICTS)
			.executor(Runnable::run)
			.build();

		OperationLimits(MaxExpandedSize expandedSize, List<Instrumentation> checks) {
			this.expandedSize = expandedSize;
			this.checks = new ChainedInstrumentation(checks);
		}

		/** The state of a request whose operation has not passed before. */
		private record Checking(Verdict verdict, InstrumentationState checks) implements InstrumentationState {

		}

		/** The state of a request whose operation passed before. */
		private static final InstrumentationState PASSED = new InstrumentationState() {
		};

		@Override
		public CompletableFuture<InstrumentationState> createStateAsync(
				InstrumentationCreateStateParameters parameters) {
			Verdict verdict = Verdict.of(parameters.getExecutionInput());
			if (this.passed.getIfPresent(verdict) != null) {
				return CompletableFuture.completedFuture(PASSED);
			}
			return this.checks.createStateAsync(parameters).thenApply((state) -> new Checking(verdict, state));
		}

		@Override
		public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
			return ParseLimits.beginParse(parameters);
		}

		@Override
		public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
				InstrumentationValidationParameters parameters, InstrumentationState state) {
			if (!(state instanceof Checking checking)) {
				return null;
			}
			// Before validation, whose rules walk fragments too, and before every
			// traversal that expands them.
			this.expandedSize.check(parameters.getDocument());
			return this.checks.beginValidation(parameters, checking.checks());
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			if (!(state instanceof Checking checking)) {
				return null;
			}
			// Throws when a limit is exceeded, and then nothing is remembered.
			InstrumentationContext<ExecutionResult> context = this.checks.beginExecuteOperation(parameters,
					checking.checks());
			if (checking.verdict().document().length() <= DocumentCache.MAX_CACHED_CHARACTERS) {
				this.passed.put(checking.verdict(), Boolean.TRUE);
			}
			return context;
		}

	}

	private record Verdict(String document, String operation, Map<String, Object> variables) {

		// ConcurrentHashMap keys hold no nulls, and a variable given as null is not one
		// left out.
		private static final Object NULL = new Object();

		static Verdict of(ExecutionInput input) {
			Map<String, Object> variables = new HashMap<>();
			input.getRawVariables().toMap().forEach((name, value) -> {
				if (value == null || value instanceof Number || value instanceof Boolean) {
					variables.put(name, (value != null) ? value : NULL);
				}
			});
			return new Verdict(input.getQuery(), Objects.requireNonNullElse(input.getOperationName(), ""), variables);
		}

	}

	/**
	 * Refuses a document whose operation, once its fragments are expanded, would hold
	 * more fields or fragment spreads than allowed, counted in time proportional to the
	 * document's length ({@link ExpandedSize}) before anything expands them.
	 * graphql-java's own bound (the normalized operation's maximum field count) counts
	 * fields after merging, so a document that spreads one fragment 2^30 times passes it
	 * while its execution collects all 2^30 of them.
	 */
	record MaxExpandedSize(int maxFields, int maxSpreads) {

		void check(Document document) {
			ExpandedSize.Largest largest = ExpandedSize.largestOperation(document);
			if (largest.fields() > this.maxFields) {
				throw refusal(largest.byFields(), SystemErrors.NAMED_OPERATION_TOO_MANY_FIELDS,
						SystemErrors.OPERATION_TOO_MANY_FIELDS, count(largest.fields()), this.maxFields);
			}
			if (largest.spreads() > this.maxSpreads) {
				throw refusal(largest.bySpreads(), SystemErrors.NAMED_OPERATION_TOO_MANY_SPREADS,
						SystemErrors.OPERATION_TOO_MANY_SPREADS, count(largest.spreads()), this.maxSpreads);
			}
		}

		private static AbortExecutionException refusal(@Nullable String operation, SystemErrors named,
				SystemErrors anonymous, String count, int max) {
			return (operation != null) ? QueryLimits.refusal(named, operation, count, max)
					: QueryLimits.refusal(anonymous, count, max);
		}

		private static String count(long count) {
			return (count == Long.MAX_VALUE) ? "more than %,d".formatted(Long.MAX_VALUE - 1) : "%,d".formatted(count);
		}

	}

	/**
	 * Counts the aliased fields of the operation with graphql-java's own traversal, which
	 * expands fragments: aliases are how one document asks for the same expensive field
	 * many times over.
	 */
	static class MaxAliases extends SimplePerformantInstrumentation {

		private final int maxAliases;

		MaxAliases(int maxAliases) {
			this.maxAliases = maxAliases;
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext context = parameters.getExecutionContext();
			AtomicInteger aliases = new AtomicInteger();
			QueryTraverser.newQueryTraverser()
				.schema(context.getGraphQLSchema())
				.document(context.getDocument())
				.operationName(context.getExecutionInput().getOperationName())
				.coercedVariables(context.getCoercedVariables())
				.build()
				.visitPreOrder(new QueryVisitorStub() {
					@Override
					public void visitField(QueryVisitorFieldEnvironment env) {
						if (env.getField().getAlias() != null) {
							aliases.incrementAndGet();
						}
					}
				});
			if (aliases.get() > this.maxAliases) {
				throw refusal(SystemErrors.TOO_MANY_ALIASES, aliases.get(), this.maxAliases);
			}
			return null;
		}

	}

	/**
	 * Notes which parser limit stopped a document, if one did.
	 */
	static final class ParseLimits {

		private ParseLimits() {
		}

		static InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters) {
			return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
				if (failure instanceof ParseCancelledTooManyCharsException) {
					note(parameters, "characters");
				}
				else if (failure instanceof ParseCancelledException) {
					// The token kind is an argument of the message, not part of its
					// wording.
					note(parameters, failure.getMessage().contains("'whitespace'") ? "whitespace" : "tokens");
				}
			});
		}

		private static void note(InstrumentationExecutionParameters parameters, String limit) {
			parameters.getExecutionInput().getGraphQLContext().put(PARSE_LIMIT, limit);
		}

	}

	/**
	 * Gives each request the parser limits, through its context rather than
	 * graphql-java's process-wide defaults, and words a parser refusal in terms of our
	 * settings.
	 */
	static class ParserOptionsInterceptor implements WebGraphQlInterceptor {

		private final QueryLimitsProperties limits;

		private final ParserOptions options;

		ParserOptionsInterceptor(QueryLimitsProperties limits) {
			this.limits = limits;
			this.options = ParserOptions.getDefaultOperationParserOptions()
				.transform((builder) -> builder.maxCharacters(limits.maxCharacters())
					.maxTokens(limits.maxTokens())
					.maxWhitespaceTokens(limits.maxWhitespaceTokens()));
		}

		@Override
		public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(ParserOptions.class, this.options);
				return input;
			});
			return chain.next(request).map((response) -> {
				String limit = response.getExecutionInput().getGraphQLContext().get(PARSE_LIMIT);
				if (limit == null) {
					return response;
				}
				return response.transform((builder) -> builder.errors(List.of(error(message(limit, request)))));
			});
		}

		private ErrorText message(String limit, WebGraphQlRequest request) {
			return switch (limit) {
				case "characters" -> ErrorText.of(SystemErrors.DOCUMENT_TOO_LONG, request.getDocument().length(),
						this.limits.maxCharacters());
				case "whitespace" ->
					ErrorText.of(SystemErrors.TOO_MANY_WHITESPACE_TOKENS, this.limits.maxWhitespaceTokens());
				default -> ErrorText.of(SystemErrors.TOO_MANY_TOKENS, this.limits.maxTokens());
			};
		}

	}

}
