package io.chaingraph.system.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationReactiveResultsParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives graphql-java the operation instrumentations and the one instrumentation that
 * watches fields (Spring's observation) as one instrumentation, instead of Spring's chain
 * of them. A chain calls every member for every field of every answer, and the operation
 * instrumentations (the limits, the one-pass reads) act on the operation only: through
 * the chain, that cost the nested queries of the benchmark a few percent. Here the field
 * hooks go straight to the field-watching instrumentation, and the operation hooks to the
 * limits first, then to the other operation instrumentations, then to it. With more than
 * one instrumentation that watches fields, Spring's chain is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class LeanInstrumentation {

	@Bean
	GraphQlSourceBuilderCustomizer leanInstrumentationCustomizer(ObjectProvider<Instrumentation> instrumentations) {
		List<Instrumentation> all = instrumentations.orderedStream().toList();
		List<Instrumentation> fields = all.stream()
			.filter((instrumentation) -> !(instrumentation instanceof OperationInstrumentation))
			.toList();
		if (fields.size() > 1) {
			return (builder) -> {
			};
		}
		// The limits first: they throw when one is exceeded, before anything else acts.
		List<Instrumentation> operations = new ArrayList<>(
				all.stream().filter(QueryLimits.OperationLimits.class::isInstance).toList());
		all.stream()
			.filter((instrumentation) -> instrumentation instanceof OperationInstrumentation
					&& !(instrumentation instanceof QueryLimits.OperationLimits))
			.forEach(operations::add);
		Instrumentation operation = switch (operations.size()) {
			case 0 -> SimplePerformantInstrumentation.INSTANCE;
			case 1 -> operations.get(0);
			default -> new ChainedInstrumentation(operations);
		};
		Instrumentation combined = new OperationFirst(operation,
				fields.isEmpty() ? SimplePerformantInstrumentation.INSTANCE : fields.get(0));
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.instrumentation(combined));
	}

	/**
	 * @param operation acts on the operation only (parse, validation, execution of the
	 * operation)
	 * @param fields everything else, fields included
	 */
	record OperationFirst(Instrumentation operation, Instrumentation fields) implements Instrumentation {

		private record State(@Nullable InstrumentationState operation,
				@Nullable InstrumentationState fields) implements InstrumentationState {

		}

		private static @Nullable InstrumentationState operation(InstrumentationState state) {
			return ((State) state).operation();
		}

		private static @Nullable InstrumentationState fields(InstrumentationState state) {
			return ((State) state).fields();
		}

		@Override
		public CompletableFuture<InstrumentationState> createStateAsync(
				InstrumentationCreateStateParameters parameters) {
			return state(this.operation.createStateAsync(parameters))
				.thenCombine(state(this.fields.createStateAsync(parameters)), State::new);
		}

		private static CompletableFuture<@Nullable InstrumentationState> state(
				@Nullable CompletableFuture<InstrumentationState> state) {
			return (state != null) ? state : CompletableFuture.completedFuture(null);
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			return both(this.operation.beginExecution(parameters, operation(state)),
					this.fields.beginExecution(parameters, fields(state)));
		}

		@Override
		public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
			return both(this.operation.beginParse(parameters, operation(state)),
					this.fields.beginParse(parameters, fields(state)));
		}

		@Override
		public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
				InstrumentationValidationParameters parameters, InstrumentationState state) {
			return both(this.operation.beginValidation(parameters, operation(state)),
					this.fields.beginValidation(parameters, fields(state)));
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			// The limits first: they throw when one is exceeded.
			return both(this.operation.beginExecuteOperation(parameters, operation(state)),
					this.fields.beginExecuteOperation(parameters, fields(state)));
		}

		@Override
		public ExecutionInput instrumentExecutionInput(ExecutionInput input,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			return this.fields.instrumentExecutionInput(
					this.operation.instrumentExecutionInput(input, parameters, operation(state)), parameters,
					fields(state));
		}

		@Override
		public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			return this.fields.instrumentDocumentAndVariables(
					this.operation.instrumentDocumentAndVariables(documentAndVariables, parameters, operation(state)),
					parameters, fields(state));
		}

		@Override
		public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
			return this.fields.instrumentSchema(this.operation.instrumentSchema(schema, parameters, operation(state)),
					parameters, fields(state));
		}

		@Override
		public ExecutionContext instrumentExecutionContext(ExecutionContext context,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			return this.fields.instrumentExecutionContext(
					this.operation.instrumentExecutionContext(context, parameters, operation(state)), parameters,
					fields(state));
		}

		@Override
		public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			return this.operation.instrumentExecutionResult(result, parameters, operation(state))
				.thenCompose((instrumented) -> this.fields.instrumentExecutionResult(instrumented, parameters,
						fields(state)));
		}

		// Below, the hooks the operation limits do not use: straight to the other one.

		@Override
		public @Nullable InstrumentationContext<Void> beginReactiveResults(
				InstrumentationReactiveResultsParameters parameters, InstrumentationState state) {
			return this.fields.beginReactiveResults(parameters, fields(state));
		}

		@Override
		public @Nullable ExecutionStrategyInstrumentationContext beginExecutionStrategy(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return this.fields.beginExecutionStrategy(parameters, fields(state));
		}

		@Override
		public @Nullable ExecuteObjectInstrumentationContext beginExecuteObject(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return this.fields.beginExecuteObject(parameters, fields(state));
		}

		@Override
		public @Nullable InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return this.fields.beginDeferredField(parameters, fields(state));
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
				InstrumentationFieldParameters parameters, InstrumentationState state) {
			return this.fields.beginSubscribedFieldEvent(parameters, fields(state));
		}

		@Override
		public @Nullable InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return this.fields.beginFieldExecution(parameters, fields(state));
		}

		@Override
		@SuppressWarnings("deprecation")
		public @Nullable InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return this.fields.beginFieldFetch(parameters, fields(state));
		}

		@Override
		public @Nullable FieldFetchingInstrumentationContext beginFieldFetching(
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return this.fields.beginFieldFetching(parameters, fields(state));
		}

		@Override
		public @Nullable InstrumentationContext<Object> beginFieldCompletion(
				InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
			return this.fields.beginFieldCompletion(parameters, fields(state));
		}

		@Override
		public @Nullable InstrumentationContext<Object> beginFieldListCompletion(
				InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
			return this.fields.beginFieldListCompletion(parameters, fields(state));
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return this.fields.instrumentDataFetcher(dataFetcher, parameters, fields(state));
		}

		private static <T> @Nullable InstrumentationContext<T> both(@Nullable InstrumentationContext<T> first,
				@Nullable InstrumentationContext<T> second) {
			if (first == null) {
				return second;
			}
			if (second == null) {
				return first;
			}
			return new InstrumentationContext<>() {
				@Override
				public void onDispatched() {
					first.onDispatched();
					second.onDispatched();
				}

				@Override
				public void onCompleted(@Nullable T result, @Nullable Throwable failure) {
					first.onCompleted(result, failure);
					second.onCompleted(result, failure);
				}
			};
		}

	}

}
