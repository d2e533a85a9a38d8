package io.chaingraph.system.graphql;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code ID} scalar as the GraphQL specification defines its input: a string, or an
 * integer taken as its decimal text, and nothing else. graphql-java's own coercion turns
 * any variable value into text ({@code {"a":1}} became the id {@code "{a=1}"},
 * {@code true} the id {@code "true"}), so a wrong value reached the resolvers and came
 * back as "not found" instead of being refused as a malformed request. Output is
 * graphql-java's.
 */
@Component
class StrictIdScalar implements RuntimeWiringConfigurer {

	static final GraphQLScalarType ID = GraphQLScalarType.newScalar(Scalars.GraphQLID)
		.coercing(new StrictIdCoercing(Scalars.GraphQLID.getCoercing()))
		.build();

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		// Strict mode (graphql-java's default) refuses to redefine a scalar, the
		// specification's included: lifted for this one replacement only.
		wiring.strictMode(false).scalar(ID).strictMode(true);
	}

	private record StrictIdCoercing(Coercing<?, ?> output) implements Coercing<Object, Object> {

		@Override
		public @Nullable Object serialize(Object result, GraphQLContext context, Locale locale)
				throws CoercingSerializeException {
			return this.output.serialize(result, context, locale);
		}

		@Override
		public Object parseValue(Object input, GraphQLContext context, Locale locale)
				throws CoercingParseValueException {
			if (input instanceof String text) {
				return text;
			}
			if (input instanceof Integer || input instanceof Long || input instanceof BigInteger) {
				return input.toString();
			}
			throw new CoercingParseValueException("an ID is a string or an integer, not " + kind(input));
		}

		@Override
		public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
				throws CoercingParseLiteralException {
			if (input instanceof StringValue text) {
				return text.getValue();
			}
			if (input instanceof IntValue number) {
				return number.getValue().toString();
			}
			throw new CoercingParseLiteralException("an ID is a string or an integer, not " + kind(input));
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return StringValue.newStringValue(parseValue(input, context, locale).toString()).build();
		}

		/** What a client sent, in JSON's and GraphQL's words rather than Java's. */
		private static String kind(Object input) {
			if (input instanceof Boolean || input instanceof BooleanValue) {
				return "a boolean";
			}
			if (input instanceof Number || input instanceof FloatValue) {
				return "a number with a fraction or an exponent";
			}
			if (input instanceof Map || input instanceof ObjectValue) {
				return "an object";
			}
			if (input instanceof Iterable || input instanceof ArrayValue) {
				return "a list";
			}
			if (input instanceof EnumValue) {
				return "an enum value";
			}
			return "a value of another kind";
		}

	}

}
