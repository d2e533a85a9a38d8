package io.chaingraph.security;

import java.util.List;

import org.apache.commons.logging.LogFactory;

import io.chaingraph.system.database.EmbeddedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * HTTP security: API keys authenticate, CORS lets the configured origins in, and every
 * path but the Actuator's is open at the HTTP level because what a viewer may do is
 * decided per GraphQL field by {@link AccessPolicy}. No sessions and no CSRF tokens: a
 * request carries its key in a header that a browser never adds by itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * Actuator: health and its probes answer everyone, with details (store path, disk,
	 * the database's address) only for ADMIN, decided by Boot from
	 * {@code management.endpoint.health.roles}; metrics and Prometheus (which name
	 * exception classes) only for ADMIN. A chain of its own so that the GraphQL chain
	 * below stays lean: Boot's role check needs the servlet API wrapper and the
	 * authorization filter, which GraphQL requests do without.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorFilterChain(HttpSecurity http, ApiKeys keys, SecurityProperties properties)
			throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint());
		if (!properties.enabled()) {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}
		return http.csrf((csrf) -> csrf.disable())
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement((sessions) -> sessions.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKeys keys, SecurityProperties properties)
			throws Exception {
		if (!properties.enabled()) {
			LogFactory.getLog(SecurityConfiguration.class)
				.warn("chaingraph.security.enabled=false: anyone may call every mutation. Only for benchmarks.");
			// A chain that matches nothing: no filter runs, and Boot adds no default one.
			return http.securityMatcher((request) -> false).build();
		}
		// Only the filters that act here: API keys, CORS and the security headers. No
		// sessions (the context lives in the request), no anonymous token (a request
		// without one is an anonymous viewer), no servlet API wrapper and no translation
		// of
		// access denials, since nothing is decided at the HTTP level.
		return http.csrf((csrf) -> csrf.disable())
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement((sessions) -> sessions.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.exceptionHandling((exceptions) -> exceptions.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.cors((cors) -> {
			})
			// No authorization at the HTTP level: AccessPolicy decides per field, and a
			// permit-all rule would only add a filter to every request.
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
			.build();
	}

	/**
	 * No observations of the security filters: they timed and traced each filter of every
	 * request, which a profile of the service showed wrapped around every filter, for
	 * metrics nobody reads. Requests are still observed as a whole.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(SecurityProperties properties,
			ObjectProvider<EmbeddedDatabase> embedded) {
		List<String> origins = properties.corsAllowedOrigins();
		if (origins.isEmpty() && embedded.getIfAvailable() != null) {
			origins = List.of("http://localhost:[*]", "http://127.0.0.1:[*]");
		}
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(origins);
		cors.setAllowedMethods(List.of("GET", "POST"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/graphql", cors);
		source.registerCorsConfiguration("/graphql/**", cors);
		source.registerCorsConfiguration("/export", cors);
		return source;
	}

}
