package io.chaingraph.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ErrorClassification;
import io.chaingraph.system.error.ErrorKind;
import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.Language;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the request's viewer into the GraphQL context, where {@link AccessPolicy} and the
 * controllers find it without depending on which thread a data fetcher runs on.
 * <p>
 * Over HTTP the viewer comes from {@link ApiKeyAuthenticationFilter}. A WebSocket keeps
 * the key it connected with, from the {@code connection_init} payload
 * ({@code {"Authorization": "Bearer <key>"}}, since a browser cannot set headers on a
 * WebSocket) or else from the upgrade request's header, and authenticates it again for
 * every operation and every pushed event: resolving the viewer once at the upgrade would
 * let a revoked key live as long as its socket.
 */
@Component
class ViewerInterceptor implements WebSocketGraphQlInterceptor {

	/** Where a socket keeps the key it connected with. */
	static final String KEY_ATTRIBUTE = ViewerInterceptor.class.getName() + ".key";

	/**
	 * Set in the GraphQL context when the socket's key no longer authenticates; the
	 * policy then refuses every root field.
	 */
	static final String KEY_REFUSED = "apiKeyRefused";

	/** Why a socket's key could not be checked for this operation, if it could not. */
	static final String KEY_CHECK_FAILED = "apiKeyCheckFailed";

	private record KeyCheck(Optional<Viewer> viewer, @Nullable RuntimeException failure) {

	}

	private static final String PREFIX = "Bearer ";

	private final ApiKeys keys;

	private final SecurityProperties properties;

	ViewerInterceptor(ApiKeys keys, SecurityProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
		// Spring for GraphQL takes one WebSocket interceptor: this one hears the language
		// too.
		Language.remember(payload, info.getAttributes());
		if (!this.properties.enabled()) {
			return Mono.empty();
		}
		return Mono.defer(() -> Mono.justOrEmpty(presentedKey(payload, info.getHeaders())))
			.publishOn(Schedulers.boundedElastic())
			.flatMap((key) -> {
				if (this.keys.authenticate(key).isEmpty()) {
					return Mono.error(new KeyRefusedException());
				}
				info.getAttributes().put(KEY_ATTRIBUTE, key);
				return Mono.empty();
			})
			.doOnError(KeyRefusedException.class, (ex) -> forbid(info))
			.then(Mono.empty());
	}

	private static void forbid(WebSocketSessionInfo info) {
		if (info.getAttributes()
			.get(WebSocketConfiguration.SESSION_ATTRIBUTE) instanceof WebSocketConfiguration.RefusableSession session) {
			session.refuseKey();
		}
	}

	/**
	 * The key a socket presents: the payload's {@code Authorization} entry (any case)
	 * wins over the upgrade request's header. An entry that is not {@code Bearer <key>}
	 * is refused rather than ignored, so a typo never makes the socket anonymous.
	 */
	static Optional<String> presentedKey(Map<String, Object> payload, HttpHeaders headers) {
		for (Map.Entry<String, Object> entry : payload.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(HttpHeaders.AUTHORIZATION)) {
				return Optional.of(bearer(entry.getValue()));
			}
		}
		String header = headers.getFirst(HttpHeaders.AUTHORIZATION);
		return (header != null) ? Optional.of(bearer(header)) : Optional.empty();
	}

	private static String bearer(@Nullable Object value) {
		if (value instanceof String text && text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return text.substring(PREFIX.length()).strip();
		}
		throw new KeyRefusedException();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest socket)) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			Viewer viewer = (authentication instanceof ApiKeyAuthenticationFilter.KeyAuthentication key)
					? key.getPrincipal() : Viewer.ANONYMOUS;
			request.configureExecutionInput((input,
					builder) -> builder.graphQLContext((context) -> context.put(Viewer.CONTEXT_KEY, viewer)).build());
			return chain.next(request);
		}
		String key = (String) socket.getSessionInfo().getAttributes().get(KEY_ATTRIBUTE);
		if (key == null) {
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext((context) -> context.put(Viewer.CONTEXT_KEY, Viewer.ANONYMOUS))
				.build());
			return chain.next(request);
		}
		return Mono.fromCallable(() -> new KeyCheck(this.keys.authenticate(key), null))
			.subscribeOn(Schedulers.boundedElastic())
			// A key that cannot be checked (the database is away) refuses the operation's
			// fields with the failure, classified like any other, instead of ending the
			// socket's operation with an unclassified error.
			.onErrorResume(RuntimeException.class, (ex) -> Mono.just(new KeyCheck(Optional.empty(), ex)))
			.flatMap((check) -> {
				request.configureExecutionInput((input, builder) -> builder.graphQLContext((context) -> {
					context.put(Viewer.CONTEXT_KEY, check.viewer().orElse(Viewer.ANONYMOUS));
					if (check.failure() != null) {
						context.put(KEY_CHECK_FAILED, check.failure());
					}
					else {
						context.put(KEY_REFUSED, check.viewer().isEmpty());
					}
				}).build());
				return chain.next(request);
			})
			.map((response) -> (response.getData() instanceof Publisher<?> events)
					? response.transform((builder) -> builder.data(guarded(events, key, Language.of(request))))
					: response);
	}

	/**
	 * A subscription's events, each delivered only while the key still authenticates, and
	 * the key checked at the configured interval too, so a subscription that hears
	 * nothing also ends once its key is revoked. One indexed read per event and per
	 * interval: events are rare (a posted challenge), and the interval is seconds.
	 */
	@SuppressWarnings("unchecked")
	Flux<ExecutionResult> guarded(Publisher<?> events, String key, Language language) {
		Flux<ExecutionResult> checked = Flux.from((Publisher<ExecutionResult>) events)
			.concatMap((event) -> stillValid(key, language)
				.flatMap((valid) -> valid ? Mono.just(event) : refused(language)));
		Duration interval = this.properties.keyRecheckInterval();
		// A check the database cannot answer skips its tick: the events are checked
		// anyway, and a revocation needs the database too.
		Flux<ExecutionResult> watchdog = Flux.interval(interval, interval)
			.concatMap((tick) -> stillValid(key, language).onErrorResume((ex) -> Mono.just(true)))
			.filter((valid) -> !valid)
			.concatMap((invalid) -> refused(language));
		// The first to finish ends both: the events completing, or the watchdog's
		// refusal.
		return Flux.merge(checked.materialize(), watchdog.materialize()).dematerialize();
	}

	// An event is not delivered when the key cannot be checked; the subscriber hears why
	// in a classified error, never the driver's exception.
	private Mono<Boolean> stillValid(String key, Language language) {
		return Mono.fromCallable(() -> this.keys.authenticate(key).isPresent())
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap((ex) -> new SubscriptionPublisherException(
					List.of(error(ErrorKind.UNAVAILABLE, ErrorText.of(SecurityErrors.KEY_UNCHECKED), language)), ex));
	}

	private static Mono<ExecutionResult> refused(Language language) {
		GraphQLError error = error(ErrorType.UNAUTHORIZED, ErrorText.of(SecurityErrors.KEY_NO_LONGER_VALID), language);
		return Mono.error(new SubscriptionPublisherException(List.of(error), new KeyRefusedException()));
	}

	private static GraphQLError error(ErrorClassification type, ErrorText text, Language language) {
		return GraphqlErrorBuilder.newError()
			.errorType(type)
			.message(text.render(language))
			.extensions(text.extensions())
			.build();
	}

	/**
	 * A socket's key is wrong, malformed or revoked.
	 */
	static final class KeyRefusedException extends RuntimeException {

		KeyRefusedException() {
			super("The API key is not valid, or was revoked", null, false, false);
		}

	}

}
