package io.chaingraph.system.graphql;

import java.util.Objects;

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

/**
 * GraphQL over HTTP beyond what Spring for GraphQL serves by itself: queries by GET, as
 * the GraphQL-over-HTTP specification allows, so that read requests can be cached and
 * linked; every POST to the endpoint read by our handler, whatever its media types, so
 * that each malformed one gets a GraphQL error and the status the specification gives
 * instead of falling through Spring's routes to a bare 415 or 500; and no GraphQL over
 * server-sent events, since subscriptions are served over the WebSocket only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

	/**
	 * Replaces Boot's handler with one that also answers GET, keeping its content
	 * negotiation and status codes for POST.
	 */
	@Bean
	GraphQlGetHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, GraphQlProperties properties) {
		return new GraphQlGetHandler(webGraphQlHandler, webSocketPath(properties));
	}

	/**
	 * Before Boot's routes, which match a POST only by its Content-Type and Accept and
	 * send {@code Accept: text/event-stream} to the server-sent events handler.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlRoutes(GraphQlGetHandler handler, GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		return RouterFunctions.route().GET(path, handler::handleGet).POST(path, handler::handlePost).build();
	}

	@Bean
	HttpSubscriptions httpSubscriptions(GraphQlProperties properties) {
		return new HttpSubscriptions(webSocketPath(properties));
	}

	// Only for the messages that send subscriptions there; application.yml sets it.
	private static String webSocketPath(GraphQlProperties properties) {
		return Objects.requireNonNullElse(properties.getWebsocket().getPath(), "/graphql-ws");
	}

}
