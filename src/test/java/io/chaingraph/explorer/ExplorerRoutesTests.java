package io.chaingraph.explorer;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer at {@code /} takes nothing from GraphiQL or the GraphQL endpoint, and its
 * library comes from the jar, not from a CDN. Runs where no browser is installed.
 */
@ChainGraphTest
class ExplorerRoutesTests {

	@Autowired
	WebTestClient http;

	@Test
	void rootServesTheExplorerPage() {
		this.http.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<script type=\"module\" src=\"/explorer/app.js\">"));
	}

	@Test
	void cytoscapeIsServedFromItsWebJarWithoutAVersionInTheUrl() {
		this.http.get()
			.uri("/webjars/cytoscape/dist/cytoscape.esm.min.mjs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/javascript");
	}

	@Test
	void graphiqlAndTheEndpointStillAnswerBesideTheExplorer() {
		this.http.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection();
		this.http.get()
			.uri("/graphiql?path=/graphql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).containsIgnoringCase("graphiql"));
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ __typename }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.__typename")
			.isEqualTo("Query");
	}

}
