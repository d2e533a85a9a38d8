package io.chaingraph.system.error;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.http.HttpHeaders;

/**
 * The languages the service writes its messages in. A client asks with
 * {@code Accept-Language}: the first range it accepts that is Chinese ({@code zh},
 * {@code zh-CN}, {@code zh-Hans}...) or English wins, and anything else, or nothing, is
 * English, the language of the API's names.
 */
public enum Language {

	EN, ZH;

	/** Where a request's language waits in the GraphQL context. */
	public static final String CONTEXT_KEY = Language.class.getName();

	/** Where a WebSocket keeps the language its {@code connection_init} asked for. */
	public static final String SESSION_ATTRIBUTE = Language.class.getName() + ".session";

	/**
	 * The language a request asks for: a WebSocket's from its {@code connection_init},
	 * otherwise the request's {@code Accept-Language}.
	 */
	public static Language of(WebGraphQlRequest request) {
		if (request instanceof WebSocketGraphQlRequest socket
				&& socket.getSessionInfo().getAttributes().get(SESSION_ATTRIBUTE) instanceof Language chosen) {
			return chosen;
		}
		return of(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/**
	 * Keeps the language a WebSocket's {@code connection_init} payload asks for
	 * ({@code {"Accept-Language": "zh-CN"}}) for the socket's operations: a page cannot
	 * set a socket's headers, and the browser's own header names the browser's language,
	 * not the page's. Without one the upgrade request's header counts.
	 */
	public static void remember(Map<String, Object> payload, Map<String, Object> sessionAttributes) {
		for (Map.Entry<String, Object> entry : payload.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(HttpHeaders.ACCEPT_LANGUAGE)
					&& entry.getValue() instanceof String value) {
				sessionAttributes.put(SESSION_ATTRIBUTE, of(value));
			}
		}
	}

	/** The language an {@code Accept-Language} value asks for. */
	public static Language of(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return EN;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException ex) {
			return EN;
		}
		// parse() orders the ranges by weight and drops none; a weight of 0 refuses.
		for (Locale.LanguageRange range : ranges) {
			String tag = range.getRange().toLowerCase(Locale.ROOT);
			if (range.getWeight() <= 0) {
				continue;
			}
			if (tag.equals("zh") || tag.startsWith("zh-")) {
				return ZH;
			}
			if (tag.equals("en") || tag.startsWith("en-") || tag.equals("*")) {
				return EN;
			}
		}
		return EN;
	}

	/** The language of the request a GraphQL context belongs to; English if unknown. */
	public static Language of(@Nullable GraphQLContext context) {
		Object language = (context != null) ? context.get(CONTEXT_KEY) : null;
		return (language instanceof Language known) ? known : EN;
	}

}
