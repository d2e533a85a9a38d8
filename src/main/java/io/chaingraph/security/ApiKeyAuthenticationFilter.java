package io.chaingraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chaingraph.system.error.DatabaseFailures;
import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.Language;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a request's {@code Authorization: Bearer <key>} into an authenticated viewer. A
 * request without the header goes on as anonymous; one with a key that is wrong or
 * revoked is refused with 401 before it reaches GraphQL, so a typo never silently
 * downgrades a writer to an anonymous reader.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApiKeys keys;

	ApiKeyAuthenticationFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Viewer> viewer;
		try {
			viewer = header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
					? this.keys.authenticate(header.substring(PREFIX.length()).strip()) : Optional.empty();
		}
		catch (RuntimeException ex) {
			if (!DatabaseFailures.isUnavailable(ex)) {
				throw ex;
			}
			// Keys live in the database: while it is away no key can be checked, and the
			// request is answered as GraphQL answers an anonymous one then, not with a
			// servlet error page.
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			answer(request, response, "UNAVAILABLE", ErrorText.of(SecurityErrors.KEYS_UNAVAILABLE));
			return;
		}
		if (viewer.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			answer(request, response, "UNAUTHORIZED", ErrorText.of(SecurityErrors.KEY_NOT_VALID));
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(new KeyAuthentication(viewer.get()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	// Answered before GraphQL runs, as GraphQL answers: a classification, a code and the
	// message in the request's language.
	private static void answer(HttpServletRequest request, HttpServletResponse response, String classification,
			ErrorText text) throws IOException {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification);
		extensions.putAll(text.extensions());
		Map<String, Object> error = Map.of("message",
				text.render(Language.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))), "extensions", extensions);
		response.setContentType("application/json");
		response.getOutputStream()
			.write(JSON.writeValueAsString(Map.of("errors", List.of(error))).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * An authenticated API key, with its roles as authorities.
	 */
	static final class KeyAuthentication extends AbstractAuthenticationToken {

		private final Viewer viewer;

		KeyAuthentication(Viewer viewer) {
			super(viewer.roles().stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
			this.viewer = viewer;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Viewer getPrincipal() {
			return this.viewer;
		}

	}

}
