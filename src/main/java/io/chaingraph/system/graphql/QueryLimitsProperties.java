package io.chaingraph.system.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one request may cost, so that no single document or read can take the service down
 * for everyone else. Each limit is enforced by graphql-java itself (its parser options
 * and instrumentations) or by the database (a transaction timeout).
 *
 * @param maxDepth deepest field nesting; a relationship hop costs three levels
 * ({@code field { edges { node } } }), so 15 allows four hops and their leaves
 * @param maxComplexity fields a document may ask for, a field with a {@code first}
 * argument counting {@code first} times its selection
 * @param maxAliases aliased fields in the operation, fragments expanded
 * @param maxFields fields of an operation once its fragments are expanded, every
 * occurrence counted, checked before anything expands them
 * @param maxFragmentSpreads fragment spreads of an operation once its fragments are
 * expanded
 * @param maxTokens grammar tokens of the document
 * @param maxWhitespaceTokens whitespace and comment tokens of the document
 * @param maxCharacters characters of the document
 * @param readTimeout transaction timeout of a read that does not set its own
 * @param coldReadTimeout transaction timeout of the first such read of a statement text
 * in this process, which pays for compiling its plan ({@link ColdPlanBudget})
 */
@ConfigurationProperties("chaingraph.limits")
public record QueryLimitsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("5000") int maxComplexity,
		@DefaultValue("100") int maxAliases, @DefaultValue("5000") int maxFields,
		@DefaultValue("1000") int maxFragmentSpreads, @DefaultValue("5000") int maxTokens,
		@DefaultValue("20000") int maxWhitespaceTokens, @DefaultValue("100000") int maxCharacters,
		@DefaultValue("2s") Duration readTimeout, @DefaultValue("10s") Duration coldReadTimeout) {

}
