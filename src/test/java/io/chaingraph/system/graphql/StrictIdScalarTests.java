package io.chaingraph.system.graphql;

import io.chaingraph.system.error.ErrorClassifications;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * ID input as the GraphQL specification defines it: strings and integers only.
 */
class StrictIdScalarTests {

	private final Coercing<?, ?> coercing = StrictIdScalar.ID.getCoercing();

	private final GraphQLContext context = GraphQLContext.getDefault();

	@Test
	void shouldTakeStringsAndIntegersAsText() {
		assertThat(parseValue("chain-1")).isEqualTo("chain-1");
		assertThat(parseValue(7)).isEqualTo("7");
		assertThat(parseValue(-7L)).isEqualTo("-7");
		assertThat(parseValue(new BigInteger("123456789012345678901234567890")))
			.isEqualTo("123456789012345678901234567890");
		assertThat(this.coercing.parseLiteral(new StringValue("c"), CoercedVariables.emptyVariables(), this.context,
				Locale.ENGLISH))
			.isEqualTo("c");
		assertThat(this.coercing.parseLiteral(new IntValue(BigInteger.TEN), CoercedVariables.emptyVariables(),
				this.context, Locale.ENGLISH))
			.isEqualTo("10");
	}

	@Test
	void shouldRefuseEveryOtherVariableValueNamingItsKind() {
		for (Object value : List.of(Map.of("a", 1), List.of("a"), true, 1.5, new BigDecimal("2.0"))) {
			assertThatExceptionOfType(CoercingParseValueException.class).isThrownBy(() -> parseValue(value))
				.withMessageStartingWith("an ID is a string or an integer, not ")
				.withMessageNotContaining("java");
		}
	}

	@Test
	void shouldRefuseOtherLiterals() {
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(() -> this.coercing.parseLiteral(new BooleanValue(true), CoercedVariables.emptyVariables(),
					this.context, Locale.ENGLISH))
			.withMessage("an ID is a string or an integer, not a boolean");
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(() -> this.coercing.parseLiteral(new FloatValue(new BigDecimal("1.5")),
					CoercedVariables.emptyVariables(), this.context, Locale.ENGLISH));
	}

	@Test
	void shouldDropTheSyntaxTreeFromArgumentErrors() {
		String message = "Validation error (WrongType@[chainMap]) : argument 'chain' with value "
				+ "'BooleanValue{value=true}' is not a valid 'ID' - an ID is a string or an integer, not a boolean";
		assertThat(ErrorClassifications.withoutSyntaxTree(message))
			.isEqualTo("Validation error (WrongType@[chainMap]) : argument 'chain' is not a valid 'ID' - an ID is a "
					+ "string or an integer, not a boolean");
	}

	private Object parseValue(Object value) {
		return this.coercing.parseValue(value, this.context, Locale.ENGLISH);
	}

}
