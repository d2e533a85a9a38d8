package io.chaingraph.system.graphql;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The document of issue 13: fragment F(i) spreads F(i-1) twice, so k levels expand to 2^k
 * copies of F0 in under a kilobyte of text at k = 20.
 */
final class Doubling {

	private Doubling() {
	}

	static String document(int k) {
		return "{ ...F" + k + " } fragment F0 on Query { chains(first: 100) { edges { node { id } } } } "
				+ IntStream.rangeClosed(1, k)
					.mapToObj((i) -> "fragment F%d on Query { ...F%d ...F%d }".formatted(i, i - 1, i - 1))
					.collect(Collectors.joining(" "));
	}

}
