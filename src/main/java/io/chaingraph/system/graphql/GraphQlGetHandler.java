package io.chaingraph.system.graphql;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's GraphQL HTTP handler, with the request read and checked here rather than by
 * Spring's message converters, so that every malformed request is refused as the
 * GraphQL-over-HTTP specification says, with a GraphQL response holding one BAD_REQUEST
 * error in our words: Spring's own refusals are an empty or Boot-shaped body, and a body
 * of {@code null} reached the engine as a missing request and became a 500.
 * <p>
 * Also executes queries sent by GET with the parameters {@code query},
 * {@code operationName}, {@code variables} and {@code extensions}. Mutations and
 * subscriptions are refused there with 405 and {@code Allow: POST}: a GET must never
 * change data. Subscriptions are served over the WebSocket only
 * ({@link HttpSubscriptions}).
 */
class GraphQlGetHandler extends GraphQlHttpHandler {

	/**
	 * The deepest JSON a request may hold. An operation's variables nest as deep as the
	 * input types of the schema, a handful of levels; anything deeper is refused while
	 * reading, before a tree of it is built.
	 */
	static final int MAX_JSON_DEPTH = 64;

	private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	private final WebGraphQlHandler graphQlHandler;

	private final JsonMapper jsonMapper;

	private final String webSocketPath;

	/**
	 * @param webSocketPath where subscriptions are served, for the messages that refuse
	 * them here
	 */
	GraphQlGetHandler(WebGraphQlHandler graphQlHandler, String webSocketPath) {
		super(graphQlHandler);
		this.graphQlHandler = graphQlHandler;
		// Its own mapper: the request body's limits are not those of the JSON the
		// application writes.
		this.jsonMapper = JsonMapper
			.builder(JsonFactory.builder()
				.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
				.build())
			.build();
		this.webSocketPath = webSocketPath;
	}

	ServerResponse handleGet(ServerRequest request) {
		MediaType responseType = responseType(request);
		if (responseType == null) {
			return notAcceptable();
		}
		String query = request.param("query").orElse("");
		if (query.isBlank()) {
			return badRequest(responseType, "The query parameter 'query' is missing or empty.");
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
			return badRequest(responseType, "The query parameters 'variables' and 'extensions' must be JSON objects.");
		}
		if (!isQuery(query, (String) body.get("operationName"))) {
			return refusal(HttpStatus.METHOD_NOT_ALLOWED, responseType,
					"Only queries may be sent by GET: send mutations by POST; subscriptions are served over the "
							+ "WebSocket at " + this.webSocketPath + ".")
				.allow(HttpMethod.POST)
				.build();
		}
		return execute(request, body);
	}

	/**
	 * Reads a POST body as the specification defines it: one JSON object in UTF-8 whose
	 * {@code query} and {@code operationName} are strings and whose {@code variables} and
	 * {@code extensions} are objects. Binding by Spring would turn a number {@code query}
	 * into text, and the request would then fail as a GraphQL document instead of being
	 * refused as malformed.
	 */
	ServerResponse handlePost(ServerRequest request) throws ServletException {
		MediaType responseType = responseType(request);
		if (responseType == null) {
			return notAcceptable();
		}
		String unsupported = unsupportedContentType(request);
		if (unsupported != null) {
			return refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, responseType, unsupported).build();
		}
		byte[] bytes;
		try {
			bytes = request.body(byte[].class);
		}
		catch (IOException ex) {
			throw new ServletException(ex);
		}
		Body body = readBody(bytes);
		if (body.problem() != null) {
			return badRequest(responseType, body.problem());
		}
		return execute(request, body.parameters());
	}

	/** The same checks for a request that reaches Spring's route for this handler. */
	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		return handlePost(request);
	}

	private ServerResponse execute(ServerRequest request, Map<String, Object> body) {
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), body,
				UUID.randomUUID().toString(), locale());
		return prepareResponse(request, this.graphQlHandler.handleRequest(graphQlRequest));
	}

	/**
	 * The parameters of a well-formed body, or what is wrong with it.
	 */
	private record Body(Map<String, Object> parameters, @Nullable String problem) {

		static Body refused(String problem) {
			return new Body(Map.of(), problem);
		}

	}

	@SuppressWarnings("unchecked")
	private Body readBody(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return Body.refused("The request body is not valid UTF-8.");
		}
		// JSON may start with a byte-order mark, which its readers may ignore (RFC 8259).
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			return Body.refused("The request body is empty: send a JSON object with a 'query' string.");
		}
		// UTF-16 and UTF-32 without a byte-order mark decode as UTF-8 full of NULs, which
		// JSON never holds unescaped; Jackson would detect the encoding and accept them.
		if (text.indexOf('\u0000') >= 0) {
			return Body.refused("The request body is not valid UTF-8.");
		}
		JsonNode node;
		try {
			node = this.jsonMapper.readTree(text);
		}
		catch (StreamConstraintsException ex) {
			return Body.refused("The request body nests JSON deeper than " + MAX_JSON_DEPTH + " levels.");
		}
		catch (JacksonException ex) {
			return Body.refused("The request body is not valid JSON.");
		}
		if (node.isArray()) {
			return Body
				.refused("Batches (a JSON array of requests) are not supported: send one JSON object per request.");
		}
		if (!node.isObject()) {
			return Body.refused("The request body must be a JSON object with a 'query' string.");
		}
		String problem = malformedParameter(node);
		if (problem != null) {
			return Body.refused(problem);
		}
		return new Body(this.jsonMapper.treeToValue(node, Map.class), null);
	}

	private static @Nullable String malformedParameter(JsonNode body) {
		JsonNode query = body.get("query");
		if (query == null || query.isNull() || (query.isString() && query.asString().isBlank())) {
			return "The parameter 'query' is missing or empty.";
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

	private static @Nullable String unsupportedContentType(ServerRequest request) {
		MediaType contentType;
		try {
			contentType = request.headers().contentType().orElse(null);
		}
		catch (InvalidMediaTypeException ex) {
			contentType = null;
		}
		if (contentType == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| APPLICATION_GRAPHQL.isCompatibleWith(contentType))) {
			return "Send the request as application/json.";
		}
		Charset charset;
		try {
			charset = contentType.getCharset();
		}
		catch (IllegalArgumentException ex) {
			return "The request body must be encoded in UTF-8.";
		}
		if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
			return "The request body must be encoded in UTF-8.";
		}
		return null;
	}

	/**
	 * The media type an answer goes out in, chosen as Spring's handler chooses it for a
	 * response (the first of the two GraphQL types the client lists; JSON for a
	 * wildcard), or null when the client accepts neither and must get 406.
	 */
	static @Nullable MediaType responseType(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
		if (accepted.isEmpty()) {
			return MediaType.APPLICATION_JSON;
		}
		MediaType wildcard = null;
		for (MediaType type : accepted) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			if (type.equalsTypeAndSubtype(MediaType.APPLICATION_GRAPHQL_RESPONSE)) {
				return MediaType.APPLICATION_GRAPHQL_RESPONSE;
			}
			if (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
			if (type.includes(MediaType.APPLICATION_JSON)) {
				wildcard = MediaType.APPLICATION_JSON;
			}
		}
		return wildcard;
	}

	private ServerResponse notAcceptable() {
		return refusal(HttpStatus.NOT_ACCEPTABLE, MediaType.APPLICATION_JSON,
				"This endpoint answers application/graphql-response+json or application/json; subscriptions are "
						+ "served over the WebSocket at " + this.webSocketPath + ".")
			.build();
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

	private static ServerResponse badRequest(MediaType responseType, String message) {
		return refusal(HttpStatus.BAD_REQUEST, responseType, message).build();
	}

	/**
	 * A refusal before anything runs: a GraphQL response with one error, classified as
	 * the errors the engine raises for a request the client must fix.
	 */
	private static Refusal refusal(HttpStatus status, MediaType responseType, String message) {
		return new Refusal(status, responseType, message, null);
	}

	private record Refusal(HttpStatus status, MediaType responseType, String message, @Nullable HttpMethod allow) {

		Refusal allow(HttpMethod method) {
			return new Refusal(this.status, this.responseType, this.message, method);
		}

		ServerResponse build() {
			ServerResponse.BodyBuilder builder = ServerResponse.status(this.status).contentType(this.responseType);
			if (this.allow != null) {
				builder.allow(this.allow);
			}
			return builder.body(Map.of("errors", List.of(Map.of("message", this.message, "extensions",
					Map.of("classification", org.springframework.graphql.execution.ErrorType.BAD_REQUEST.name())))));
		}

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
