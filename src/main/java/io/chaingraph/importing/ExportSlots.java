package io.chaingraph.importing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.chaingraph.system.error.TooManyRequestsException;

import org.springframework.stereotype.Component;

/**
 * The exports running now: at most one per API key and at most
 * {@code chaingraph.export.max-concurrent} in all, over HTTP and GraphQL together. An
 * export holds a database transaction and a request thread for up to its time budget, so
 * a flood of them, from one key or from many, would take the service's memory and threads
 * from everyone else.
 */
@Component
class ExportSlots {

	// Key id to the time its export must end by, in System.nanoTime().
	private final Map<String, Long> running = new HashMap<>();

	private final ExportProperties properties;

	ExportSlots(ExportProperties properties) {
		this.properties = properties;
	}

	/**
	 * A running export's hold; closing it frees the slot.
	 */
	interface Slot extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Takes a slot for the key, or refuses with TOO_MANY_REQUESTS.
	 */
	Slot acquire(String keyId) {
		long end = System.nanoTime() + this.properties.timeout().toNanos();
		synchronized (this.running) {
			Long own = this.running.get(keyId);
			if (own != null) {
				long wait = seconds(own);
				throw new TooManyRequestsException(Duration.ofSeconds(wait), ImportErrors.EXPORT_RUNNING_FOR_KEY, wait);
			}
			if (this.running.size() >= this.properties.maxConcurrent()) {
				long wait = seconds(this.running.values().stream().mapToLong(Long::longValue).min().orElse(end));
				throw new TooManyRequestsException(Duration.ofSeconds(wait), ImportErrors.EXPORTS_AT_LIMIT,
						this.running.size(), wait);
			}
			this.running.put(keyId, end);
		}
		// Frees this export's hold only: a second close must not free a later export of
		// the same key.
		return () -> {
			synchronized (this.running) {
				this.running.remove(keyId, end);
			}
		};
	}

	private static long seconds(long end) {
		return Math.max(1, (end - System.nanoTime() + 999_999_999L) / 1_000_000_000L);
	}

}
