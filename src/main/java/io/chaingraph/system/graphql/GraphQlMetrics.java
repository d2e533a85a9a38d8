package io.chaingraph.system.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.execution.ExecutionContext;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLType;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.observation.DataFetcherObservationContext;
import org.springframework.graphql.observation.DefaultDataFetcherObservationConvention;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Puts what an operator looks for on the GraphQL timers. {@code graphql_request_seconds}
 * gets {@code graphql_operation_name} (bounded, {@link OperationNames}), so that a slow
 * query can be found by its name; {@code graphql_datafetcher_seconds}, which Spring
 * records only for non-trivial fetchers (property reads are not timed, nor, by
 * {@code graph/RelationshipFieldObservations}, relationship fields), gets
 * {@code graphql_field_coordinate} ({@code Query.expertsFor}), bounded by the schema,
 * since a field name alone is ambiguous across types. The Grafana dashboard in
 * {@code tools/grafana/chain-graph.json} reads these names.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlMetrics {

	static final String OPERATION_NAME = "graphql.operation.name";

	static final String FIELD_COORDINATE = "graphql.field.coordinate";

	private static final Pattern DECLARED = Pattern.compile("^\\s*(?:query|mutation|subscription)\\s+([_A-Za-z]\\w*)",
			Pattern.MULTILINE);

	@Bean
	DefaultExecutionRequestObservationConvention operationNameConvention(ResourcePatternResolver resources) {
		OperationNames names = new OperationNames(explorerOperations(resources));
		return new DefaultExecutionRequestObservationConvention() {

			@Override
			public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
				return super.getLowCardinalityKeyValues(context)
					.and(KeyValue.of(OPERATION_NAME, names.tag(executedOperation(context))));
			}

			// The same key as a tracing attribute would clash with the metric tag.
			@Override
			public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
				return KeyValues.of(executionId(context));
			}

		};
	}

	@Bean
	DefaultDataFetcherObservationConvention fieldCoordinateConvention() {
		return new DefaultDataFetcherObservationConvention() {

			@Override
			public KeyValues getLowCardinalityKeyValues(DataFetcherObservationContext context) {
				return super.getLowCardinalityKeyValues(context)
					.and(KeyValue.of(FIELD_COORDINATE, coordinate(context)));
			}

		};
	}

	// The operation executed, once graphql-java chose it; before that (a document that
	// does not parse or validate) the name the request asked for, if any.
	private static @Nullable String executedOperation(ExecutionRequestObservationContext context) {
		ExecutionContext execution = context.getExecutionContext();
		if (execution != null) {
			OperationDefinition operation = execution.getOperationDefinition();
			return (operation != null) ? operation.getName() : null;
		}
		return context.getExecutionInput().getOperationName();
	}

	private static String coordinate(DataFetcherObservationContext context) {
		GraphQLFieldDefinition field = context.getEnvironment().getFieldDefinition();
		GraphQLType parent = context.getEnvironment().getParentType();
		String type = (parent instanceof GraphQLFieldsContainer container) ? container.getName() : "?";
		return type + "." + field.getName();
	}

	static List<String> explorerOperations(ResourcePatternResolver resources) {
		try {
			List<String> names = new ArrayList<>();
			for (Resource resource : resources.getResources("classpath*:static/explorer/operations/*.graphql")) {
				Matcher declared = DECLARED.matcher(resource.getContentAsString(StandardCharsets.UTF_8));
				while (declared.find()) {
					names.add(declared.group(1));
				}
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
