package io.chaingraph.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
import jakarta.servlet.ServletException;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.http.HttpCookie;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's GraphQL HTTP handler, extended to execute queries sent by GET with the
 * parameters {@code query}, {@code operationName}, {@code variables} and
 * {@code extensions}. Mutations and subscriptions are refused with 405 and
 * {@code Allow: POST}: a GET must never change data.
 */
class GraphQlGetHandler extends GraphQlHttpHandler {

	private final WebGraphQlHandler graphQlHandler;

	private final JsonMapper jsonMapper;

	GraphQlGetHandler(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper) {
		super(graphQlHandler);
		this.graphQlHandler = graphQlHandler;
		this.jsonMapper = jsonMapper;
	}

	ServerResponse handleGet(ServerRequest request) throws Exception {
		String query = request.param("query").orElse("");
		if (query.isBlank()) {
			return badRequest("The query parameter 'query' is missing or empty.");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		request.param("operationName")
			.filter((name) -> !name.isBlank())
			.ifPresent((name) -> body.put("operationName", name));
		try {
			putJson(body, "variables", request.param("variables").orElse(null));
			putJson(body, "extensions", request.param("extensions").orElse(null));
		}
		catch (JacksonException | ClassCastException ex) {
			return badRequest("The query parameters 'variables' and 'extensions' must be JSON objects.");
		}
		if (!isQuery(query, (String) body.get("operationName"))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(MediaType.APPLICATION_JSON)
				.body(error("Only queries may be sent by GET; send mutations by POST."));
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), body,
				UUID.randomUUID().toString(), locale());
		return prepareResponse(request, this.graphQlHandler.handleRequest(graphQlRequest));
	}

	/**
	 * Refuses a POST body whose parameters have the wrong JSON type before Spring binds
	 * it: binding turns a number or a boolean {@code query} or {@code operationName} into
	 * text, and the request would then fail as a GraphQL document instead of being
	 * refused as malformed, as the GraphQL-over-HTTP specification lets servers do.
	 */
	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		MediaType contentType = request.headers().contentType().orElse(null);
		if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
			return super.handleRequest(request);
		}
		byte[] bytes;
		try {
			bytes = request.body(byte[].class);
		}
		catch (IOException ex) {
			throw new ServletException(ex);
		}
		String problem = malformedParameter(bytes);
		if (problem != null) {
			return badRequest(problem);
		}
		return super.handleRequest(ServerRequest.from(request).body(bytes).build());
	}

	private @Nullable String malformedParameter(byte[] bytes) {
		JsonNode body;
		try {
			body = this.jsonMapper.readTree(bytes);
		}
		catch (JacksonException ex) {
			// Spring's own reading reports a body that is not JSON.
			return null;
		}
		if (body == null || !body.isObject()) {
			return null;
		}
		for (String name : List.of("query", "operationName")) {
			JsonNode value = body.get(name);
			if (value != null && !value.isNull() && !value.isString()) {
				return "The parameter '" + name + "' must be a string.";
			}
		}
		for (String name : List.of("variables", "extensions")) {
			JsonNode value = body.get(name);
			if (value != null && !value.isNull() && !value.isObject()) {
				return "The parameter '" + name + "' must be a JSON object.";
			}
		}
		return null;
	}

	private void putJson(Map<String, Object> body, String name, @Nullable String json) {
		if (json == null || json.isBlank()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> value = (Map<String, Object>) this.jsonMapper.readValue(json, Map.class);
		if (value != null) {
			body.put(name, value);
		}
	}

	/**
	 * Whether the operation the request selects is a query. A document that does not
	 * parse, or names no operation it has, is left to the engine, which reports the error
	 * in GraphQL terms.
	 */
	private static boolean isQuery(String query, @Nullable String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			return true;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		return operations.stream()
			.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
			.findFirst()
			.map((operation) -> operation.getOperation() == OperationDefinition.Operation.QUERY)
			.orElse(true);
	}

	private static ServerResponse badRequest(String message) {
		return ServerResponse.badRequest().contentType(MediaType.APPLICATION_JSON).body(error(message));
	}

	private static Map<String, Object> error(String message) {
		return Map.of("errors", List.of(Map.of("message", message)));
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies()
			.forEach((name, values) -> values
				.forEach((cookie) -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
		return cookies;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
