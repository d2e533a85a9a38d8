package io.chaingraph.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
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
