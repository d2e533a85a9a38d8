package io.chaingraph.system.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps parsed and validated documents by their text, so that a front end sending the
 * same operations over and over pays for parsing and validation once: the benchmark
 * showed several milliseconds of fixed cost per request above the Cypher. Only valid
 * documents are kept, so refused ones cannot fill it, and it holds at most
 * {@value #MAX_DOCUMENTS}, dropping the least used; documents longer than
 * {@value #MAX_CACHED_CHARACTERS} characters are not kept, so a thousand of the longest
 * allowed documents cannot take hundreds of megabytes. The parser's limits ran when the
 * document was first parsed, with the same settings; the operation limits keep verdicts
 * of their own ({@link QueryLimits.OperationLimits}).
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache implements PreparsedDocumentProvider {

	static final int MAX_DOCUMENTS = 1_000;

	static final int MAX_CACHED_CHARACTERS = 20_000;

	// Evictions run on the calling thread: the bound holds when a put returns, and no
	// pool thread is borrowed for them.
	private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumSize(MAX_DOCUMENTS)
		.executor(Runnable::run)
		.build();

	@Bean
	GraphQlSourceBuilderCustomizer documentCacheCustomizer() {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = this.documents.getIfPresent(input.getQuery());
		if (cached != null) {
			return CompletableFuture.completedFuture(refuseHttpSubscription(input, cached));
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors() && input.getQuery().length() <= MAX_CACHED_CHARACTERS) {
			this.documents.put(input.getQuery(), entry);
		}
		return CompletableFuture.completedFuture(refuseHttpSubscription(input, entry));
	}

	// Here because every request's document passes through, cached or not, and after
	// parsing and validation, so that a subscription by HTTP is refused before it runs.
	private static PreparsedDocumentEntry refuseHttpSubscription(ExecutionInput input, PreparsedDocumentEntry entry) {
		PreparsedDocumentEntry refusal = HttpSubscriptions.refusal(input, entry);
		return (refusal != null) ? refusal : entry;
	}

	long size() {
		this.documents.cleanUp();
		return this.documents.estimatedSize();
	}

}
