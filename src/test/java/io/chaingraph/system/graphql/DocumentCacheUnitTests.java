package io.chaingraph.system.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache on its own: what it parses, what it keeps and how much.
 */
class DocumentCacheUnitTests {

	private final DocumentCache cache = new DocumentCache();

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> valid = (input) -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	private final Function<ExecutionInput, PreparsedDocumentEntry> refused = (input) -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError().message("refused").build()));
	};

	@Test
	void aValidDocumentIsParsedOnceAndServedFromTheCacheAfter() {
		PreparsedDocumentEntry first = this.cache.getDocumentAsync(input("{ chains { id } }"), this.valid).join();
		PreparsedDocumentEntry second = this.cache.getDocumentAsync(input("{ chains { id } }"), this.valid).join();
		assertThat(this.parsed).hasValue(1);
		assertThat(second).isSameAs(first);
		assertThat(this.cache.size()).isEqualTo(1);
	}

	@Test
	void aRefusedDocumentIsNeverKept() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.cache.getDocumentAsync(input("{ nope }"), this.refused).join().hasErrors()).isTrue();
		}
		assertThat(this.parsed).hasValue(3);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void aDocumentLongerThanTheBoundIsNotKept() {
		String longDocument = "{ chains { id } }" + " ".repeat(DocumentCache.MAX_CACHED_CHARACTERS);
		this.cache.getDocumentAsync(input(longDocument), this.valid).join();
		this.cache.getDocumentAsync(input(longDocument), this.valid).join();
		assertThat(this.parsed).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void itHoldsAtMostItsBoundAndKeepsWhatIsUsed() {
		String hot = "{ hot: chains { id } }";
		this.cache.getDocumentAsync(input(hot), this.valid).join();
		for (int i = 0; i < 3 * DocumentCache.MAX_DOCUMENTS; i++) {
			this.cache.getDocumentAsync(input("{ c%d: chains { id } }".formatted(i)), this.valid).join();
			this.cache.getDocumentAsync(input(hot), this.valid).join();
		}
		assertThat(this.cache.size()).isLessThanOrEqualTo(DocumentCache.MAX_DOCUMENTS);
		int before = this.parsed.get();
		this.cache.getDocumentAsync(input(hot), this.valid).join();
		assertThat(this.parsed).as("the document used all along is still kept").hasValue(before);
	}

	private static ExecutionInput input(String document) {
		return ExecutionInput.newExecutionInput(document).build();
	}

}
