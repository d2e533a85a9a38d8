package io.chaingraph.system.graphql;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expanded size of an operation, counted without expanding it.
 */
class ExpandedSizeTests {

	@Test
	void shouldCountEveryOccurrenceOfAField() {
		ExpandedSize.Largest largest = largest("{ a { b c } d: a { b } }");
		assertThat(largest.fields()).isEqualTo(5);
		assertThat(largest.spreads()).isZero();
	}

	@Test
	void shouldCountASpreadFragmentWhereverItIsSpread() {
		ExpandedSize.Largest largest = largest(
				"{ x { ...F } y { ...F ... on Q { z } } } fragment F on Q { a b { c } }");
		assertThat(largest.fields()).isEqualTo(2 + 3 + 3 + 1);
		assertThat(largest.spreads()).isEqualTo(2);
	}

	@Test
	void shouldCountDoublingFragmentsExactly() {
		ExpandedSize.Largest largest = largest(Doubling.document(30));
		// Four fields in F0 (chains, edges, node, id), spread 2^30 times.
		assertThat(largest.fields()).isEqualTo(4L << 30);
		assertThat(largest.spreads()).isEqualTo((2L << 30) - 1);
	}

	@Test
	void shouldSaturateInsteadOfOverflowing() {
		ExpandedSize.Largest largest = largest(Doubling.document(200));
		assertThat(largest.fields()).isEqualTo(Long.MAX_VALUE);
		assertThat(largest.spreads()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void shouldNameTheLargestOperation() {
		ExpandedSize.Largest largest = largest(
				"query small { a } query big { a b c ...F } fragment F on Q { ...G } " + "fragment G on Q { d }");
		assertThat(largest.byFields()).isEqualTo("big");
		assertThat(largest.fields()).isEqualTo(4);
		assertThat(largest.bySpreads()).isEqualTo("big");
		assertThat(largest.spreads()).isEqualTo(2);
	}

	// Validation refuses both; the count must only terminate.
	@Test
	void shouldCountCyclesAndUnknownFragmentsAsNothing() {
		ExpandedSize.Largest largest = largest(
				"{ a ...A ...Missing } fragment A on Q { b ...B } fragment B on Q { c ...A }");
		assertThat(largest.fields()).isEqualTo(3);
	}

	private static ExpandedSize.Largest largest(String document) {
		return ExpandedSize.largestOperation(Parser.parse(document));
	}

}
