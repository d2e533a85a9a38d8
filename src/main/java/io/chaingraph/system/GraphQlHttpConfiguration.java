package io.chaingraph.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP beyond what Spring for GraphQL serves by itself: queries by GET, as
 * the GraphQL-over-HTTP specification allows, so that read requests can be cached and
 * linked.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

	/**
	 * Replaces Boot's handler with one that also answers GET, keeping its content
	 * negotiation and status codes for POST.
	 */
	@Bean
	GraphQlGetHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper jsonMapper) {
		return new GraphQlGetHandler(webGraphQlHandler, jsonMapper);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRoute(GraphQlGetHandler handler, GraphQlProperties properties) {
		return RouterFunctions.route().GET(properties.getHttp().getPath(), handler::handleGet).build();
	}

}
