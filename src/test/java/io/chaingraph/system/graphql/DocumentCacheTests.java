package io.chaingraph.system.graphql;

import java.util.Map;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document is parsed and validated once, then served from the cache; a refused one is
 * not kept, and a cached one still answers with the request's own variables.
 */
@ChainGraphTest
class DocumentCacheTests {

	@Autowired
	DocumentCache cache;

	@Autowired
	WebTestClient http;

	@Test
	void validDocumentsAreKeptOnceAndInvalidOnesNever() {
		// A text no other test sends, so that it cannot be in the cache already.
		String document = "query cachedOnce($id: ID!) { chain(id: $id) { id name } }";
		long before = this.cache.size();
		post(document, Map.of("id", "chain_led")).jsonPath("$.data.chain.id").isEqualTo("chain_led");
		long size = this.cache.size();
		assertThat(size).as("the valid document is kept").isEqualTo(before + 1);
		post(document, Map.of("id", "chain_pv")).jsonPath("$.data.chain.id").isEqualTo("chain_pv");
		assertThat(this.cache.size()).isEqualTo(size);
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ chain(id: \"chain_led\") { noSuchField } }"))
			.exchange();
		assertThat(this.cache.size()).isEqualTo(size);
	}

	private WebTestClient.BodyContentSpec post(String query, Map<String, Object> variables) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "variables", variables))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
