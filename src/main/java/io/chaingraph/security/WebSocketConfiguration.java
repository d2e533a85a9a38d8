package io.chaingraph.security;

import java.io.IOException;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Boot's GraphQL WebSocket handler, made as Boot makes it, with one change: a socket
 * whose {@code connection_init} key {@link ViewerInterceptor} refused is closed with 4403
 * Forbidden, the code the graphql-transport-ws protocol gives for a rejected connection.
 * Spring's handler closes with 4401 whatever the interceptor's reason, a code the
 * protocol keeps for a subscribe sent before the acknowledgement, and offers no way to
 * choose another; so the handler sees the session through a decorator that turns that one
 * close into 4403. Closing the socket from the interceptor instead would race the
 * handler's own close and log its failure as an error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSocketConfiguration {

	/** Where a socket keeps the session its handler sees. */
	static final String SESSION_ATTRIBUTE = WebSocketConfiguration.class.getName() + ".session";

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
			ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers) {
		return new GraphQlWebSocketHandler(handler, jsonConverter(customizers),
				properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive()) {

			@Override
			public void afterConnectionEstablished(WebSocketSession session) {
				RefusableSession refusable = new RefusableSession(session);
				session.getAttributes().put(SESSION_ATTRIBUTE, refusable);
				super.afterConnectionEstablished(refusable);
			}

			@Override
			protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
				super.handleTextMessage(
						(session.getAttributes().get(SESSION_ATTRIBUTE) instanceof RefusableSession refusable)
								? refusable : session,
						message);
			}

		};
	}

	@SuppressWarnings("unchecked")
	private static HttpMessageConverter<Object> jsonConverter(
			ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers) {
		HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer().registerDefaults();
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		for (HttpMessageConverter<?> converter : builder.build()) {
			if (converter.canRead(Map.class, MediaType.APPLICATION_JSON)) {
				return (HttpMessageConverter<Object>) converter;
			}
		}
		throw new IllegalStateException("No JSON converter for GraphQL over WebSocket");
	}

	/**
	 * A session that, once its key was refused, closes with 4403 where Spring asks for
	 * 4401.
	 */
	static final class RefusableSession extends WebSocketSessionDecorator {

		private static final CloseStatus FORBIDDEN = new CloseStatus(4403,
				"Forbidden: the API key is not valid, or was revoked");

		private volatile boolean keyRefused;

		RefusableSession(WebSocketSession session) {
			super(session);
		}

		void refuseKey() {
			this.keyRefused = true;
		}

		@Override
		public void close(CloseStatus status) throws IOException {
			super.close((this.keyRefused && status.getCode() == 4401) ? FORBIDDEN : status);
		}

	}

}
