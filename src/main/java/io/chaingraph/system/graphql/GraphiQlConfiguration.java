package io.chaingraph.system.graphql;

import java.util.Objects;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code spring.graphql.graphiql.path}, from our own page whose scripts and
 * styles all come from the jar (WebJars), instead of Spring's page, which imports
 * GraphiQL and React from a public CDN and stays on "Loading..." without the internet.
 * Spring's handler still serves it, so the redirect that adds {@code path} and
 * {@code wsPath} to the address is the one GraphiQL users know.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphiQlConfiguration {

	static final String PAGE = "static/graphiql/index.html";

	@Bean
	RouterFunction<ServerResponse> graphiQlRoute(GraphQlProperties properties) {
		String webSocketPath = Objects.requireNonNullElse(properties.getWebsocket().getPath(), "/graphql-ws");
		GraphiQlHandler handler = new GraphiQlHandler(properties.getHttp().getPath(), webSocketPath,
				new ClassPathResource(PAGE));
		return RouterFunctions.route().GET(properties.getGraphiql().getPath(), handler::handleRequest).build();
	}

}
