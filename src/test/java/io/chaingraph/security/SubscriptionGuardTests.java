package io.chaingraph.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import io.chaingraph.system.database.EmbeddedDatabase;
import io.chaingraph.system.error.Language;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The guard around a WebSocket subscription's events, without a server: a quiet
 * subscription ends at the next interval once its key stops authenticating, and one whose
 * events finish completes without waiting for the interval.
 */
class SubscriptionGuardTests {

	private final AtomicBoolean valid = new AtomicBoolean(true);

	private final AtomicInteger checks = new AtomicInteger();

	private final ViewerInterceptor interceptor = new ViewerInterceptor(
			new ApiKeys(null, null, new StaticListableBeanFactory().getBeanProvider(EmbeddedDatabase.class),
					new SecurityProperties(true, List.of(), false, true, Duration.ofMillis(50))) {

				@Override
				Optional<Viewer> authenticate(String key) {
					SubscriptionGuardTests.this.checks.incrementAndGet();
					return SubscriptionGuardTests.this.valid.get()
							? Optional.of(new Viewer("guarded", Set.of(Role.VIEWER), null, null, null, "k1"))
							: Optional.empty();
				}

			}, new SecurityProperties(true, List.of(), false, true, Duration.ofMillis(50)));

	@Test
	void aQuietSubscriptionEndsOnceItsKeyIsRevoked() {
		Flux<ExecutionResult> guarded = this.interceptor.guarded(Flux.never(), "key", Language.EN);
		Flux.just(0).delayElements(Duration.ofMillis(300)).subscribe((tick) -> this.valid.set(false));
		assertThatExceptionOfType(SubscriptionPublisherException.class)
			.isThrownBy(() -> guarded.collectList().block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.getErrors()).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
		assertThat(this.checks.get()).isGreaterThan(1);
	}

	@Test
	void eventsAreCheckedOneByOneAndTheStreamCompletesWithThem() {
		ExecutionResult event = ExecutionResultImpl.newExecutionResult().data("event").build();
		List<ExecutionResult> delivered = this.interceptor.guarded(Flux.just(event, event), "key", Language.EN)
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(delivered).hasSize(2);
		assertThat(this.checks.get()).isGreaterThanOrEqualTo(2);
	}

}
