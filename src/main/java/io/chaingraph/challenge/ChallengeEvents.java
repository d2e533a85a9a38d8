package io.chaingraph.challenge;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/**
 * Newly posted challenges, as they are committed, for subscribers of this service
 * process.
 */
@Component
class ChallengeEvents {

	private final Sinks.Many<String> posted = Sinks.many().multicast().directBestEffort();

	void posted(String challenge) {
		this.posted.tryEmitNext(challenge);
	}

	Flux<String> posted() {
		return this.posted.asFlux();
	}

}
