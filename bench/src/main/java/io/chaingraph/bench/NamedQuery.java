package io.chaingraph.bench;

import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * One named question, asked two ways: as GraphQL over HTTP, and as the same Cypher sent
 * over Bolt with the driver. Each way reduces its answer to a short signature (ids in
 * order, or counts), so that the two can be checked to agree.
 *
 * @param name the name in the report
 * @param document the GraphQL document
 * @param variables its variables
 * @param answer the signature of a GraphQL answer's {@code data}
 * @param raw the raw-Cypher side, returning its signature
 */
record NamedQuery(String name, String document, Map<String, Object> variables, Function<JsonNode, String> answer,
		Raw raw) {

	@FunctionalInterface
	interface Raw {

		String call() throws Exception;

	}

	String body() {
		return GraphQlClient.body(this.document, this.variables);
	}

}
