package io.chaingraph.explorer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.OperationDefinition;
import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;
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

	@Autowired
	GraphQlSource source;

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

	// The explorer loads its operations by name from the jar; the code generator checks
	// them
	// against the schema files, this against the schema the service really serves.
	@Test
	void everyExplorerOperationIsServedByItsNameAndValidAgainstTheServedSchema() throws IOException {
		Resource[] operations = new PathMatchingResourcePatternResolver()
			.getResources("classpath:static/explorer/operations/*.graphql");
		assertThat(operations).hasSizeGreaterThan(10);
		for (Resource operation : operations) {
			String text = operation.getContentAsString(StandardCharsets.UTF_8);
			ParseAndValidateResult result = ParseAndValidate.parseAndValidate(this.source.schema(),
					ExecutionInput.newExecutionInput(text).build());
			assertThat(result.getErrors()).as(operation.getFilename()).isEmpty();
			assertThat(result.getDocument().getDefinitionsOfType(OperationDefinition.class)).as(operation.getFilename())
				.singleElement()
				.extracting(OperationDefinition::getName)
				.isEqualTo(operation.getFilename().replace(".graphql", ""));
			this.http.get()
				.uri("/explorer/operations/" + operation.getFilename())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.isEqualTo(text);
		}
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
