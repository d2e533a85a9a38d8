package io.chaingraph.ask;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.schema.idl.WiringFactory;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * Keeps what the root field of a question's operation returned, so that the answer holds
 * the typed result (the record, list or page the named query's fetcher made), not the
 * JSON the operation printed: the asker's selection then reads it through the same
 * fetchers and batch loaders. Only the root fields an answer may hold are wrapped, once,
 * when the schema is built; a request without {@link #KEY} in its context pays one map
 * look-up per root field.
 */
@Configuration(proxyBeanMethods = false)
class ResultCapture {

	/** The context key of the map a question's operation fills, root field to value. */
	static final String KEY = ResultCapture.class.getName() + ".values";

	@Bean
	GraphQlSourceBuilderCustomizer askResultCaptureCustomizer() {
		return (builder) -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
			@Override
			public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
					TraverserContext<GraphQLSchemaElement> context) {
				if (context.getParentNode() instanceof GraphQLObjectType parent && parent.getName().equals("Query")
						&& AskResult.FIELDS.contains(field.getName())) {
					GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
					FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
					registry.dataFetcher(coordinates,
							captured(field.getName(), registry.getDataFetcher(coordinates, field)));
				}
				return TraversalControl.CONTINUE;
			}
		}));
	}

	/**
	 * Describes {@code AskResult}'s fields as the root fields whose values they hold, so
	 * that the schema inspection checks a captured chain map against its type as it
	 * checks {@code Query.chainMap}. Registered after every root field is.
	 */
	@Bean
	RuntimeWiringConfigurer askResultWiring() {
		return new RuntimeWiringConfigurer() {
			@Override
			public void configure(RuntimeWiring.Builder wiring) {
			}

			@Override
			public void configure(RuntimeWiring.Builder wiring, List<WiringFactory> factories) {
				Map<String, DataFetcher> roots = wiring.build().getDataFetchers().getOrDefault("Query", Map.of());
				TypeRuntimeWiring.Builder fields = TypeRuntimeWiring.newTypeWiring("AskResult");
				for (String field : AskResult.FIELDS) {
					if (roots.get(field) instanceof SelfDescribingDataFetcher<?> root) {
						fields.dataFetcher(field,
								new CapturedValue(PropertyDataFetcher.fetching(field), root.getReturnType()));
					}
				}
				wiring.type(fields);
			}
		};
	}

	/** A captured root field's value, an accessor of {@code AskResult}. */
	private record CapturedValue(PropertyDataFetcher<Object> property,
			ResolvableType returnType) implements SelfDescribingDataFetcher<Object>, TrivialDataFetcher<Object> {

		@Override
		public @Nullable Object get(DataFetchingEnvironment env) {
			return this.property.get(env);
		}

		@Override
		public String getDescription() {
			return "AskResult." + this.property.getPropertyName();
		}

		@Override
		public ResolvableType getReturnType() {
			return this.returnType;
		}

	}

	private static DataFetcher<?> captured(String field, DataFetcher<?> fetcher) {
		return (env) -> {
			Object value = fetcher.get(env);
			Map<String, Object> values = env.getGraphQlContext().get(KEY);
			if (values != null && value != null) {
				values.put(field, value);
			}
			return value;
		};
	}

	static Map<String, Object> values() {
		return new ConcurrentHashMap<>();
	}

}
