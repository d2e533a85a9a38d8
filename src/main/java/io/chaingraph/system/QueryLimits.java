package io.chaingraph.system;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.parser.ParserOptions;
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
class QueryLimits {

	/**
	 * Why the parser gave up, put in the request's context by {@link ParseLimits} and
	 * read by {@link ParserOptionsInterceptor}: graphql-java turns the exception into an
	 * InvalidSyntax error whose message says nothing of our settings.
	 */
	private static final String PARSE_LIMIT = QueryLimits.class.getName() + ".parseLimit";

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return refusal("Query depth %d exceeds the limit of %d (chaingraph.limits.max-depth)", depth, maxDepth);
			}
		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), QueryLimits::complexity) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return refusal("Query complexity %d exceeds the limit of %d (chaingraph.limits.max-complexity)",
						complexity, maxComplexity);
			}
		};
	}

	@Bean
	MaxAliases maxAliases(QueryLimitsProperties limits) {
		return new MaxAliases(limits.maxAliases());
	}

	@Bean
	ParseLimits parseLimits() {
		return new ParseLimits();
	}

	@Bean
	ParserOptionsInterceptor parserOptionsInterceptor(QueryLimitsProperties limits) {
		return new ParserOptionsInterceptor(limits);
	}

	/**
	 * A page of {@code first} elements costs {@code first} times what one element's
	 * selection costs: the rows it may bring back, not the fields it names. Saturated, so
	 * that a huge product cannot wrap around to a small number.
	 */
	static int complexity(FieldComplexityEnvironment env, int childComplexity) {
		int own = 1 + childComplexity;
		if (env.getArguments().get("first") instanceof Number first) {
			return (int) Math.min(Integer.MAX_VALUE, Math.max(1L, first.longValue()) * own);
		}
		return own;
	}

	static AbortExecutionException refusal(String format, Object... args) {
		return new AbortExecutionException(List.of(error(format.formatted(args))));
	}

	private static GraphQLError error(String message) {
		return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
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
				throw refusal("Query has %d aliases, more than the limit of %d (chaingraph.limits.max-aliases)",
						aliases.get(), this.maxAliases);
			}
			return null;
		}

	}

	/**
	 * Notes which parser limit stopped a document, if one did.
	 */
	static class ParseLimits extends SimplePerformantInstrumentation {

		@Override
		public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
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

		private String message(String limit, WebGraphQlRequest request) {
			return switch (limit) {
				case "characters" -> "Query of %d characters exceeds the limit of %d (chaingraph.limits.max-characters)"
					.formatted(request.getDocument().length(), this.limits.maxCharacters());
				case "whitespace" ->
					"Query has more whitespace tokens than the limit of %d (chaingraph.limits.max-whitespace-tokens)"
						.formatted(this.limits.maxWhitespaceTokens());
				default -> "Query has more tokens than the limit of %d (chaingraph.limits.max-tokens)"
					.formatted(this.limits.maxTokens());
			};
		}

	}

}
