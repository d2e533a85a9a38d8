package io.chaingraph.system;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link WarmUp}s on one background thread once the service is ready: readiness
 * does not wait for them, and requests that arrive meanwhile compete with one thread, not
 * with one per concept.
 */
@Component
class WarmUps implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(WarmUps.class);

	private final List<WarmUp> warmUps;

	private final boolean enabled;

	WarmUps(List<WarmUp> warmUps, @Value("${chaingraph.warm-up:true}") boolean enabled) {
		this.warmUps = warmUps;
		this.enabled = enabled;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!this.enabled || this.warmUps.isEmpty()) {
			return;
		}
		Thread thread = new Thread(this::run, "warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	void run() {
		for (WarmUp warmUp : this.warmUps) {
			long started = System.nanoTime();
			try {
				boolean warmed = warmUp.warmUp();
				logger.debug("%s %s in %d ms".formatted(warmUp.getClass().getSimpleName(),
						warmed ? "compiled its plans" : "found nothing to read",
						(System.nanoTime() - started) / 1_000_000));
			}
			catch (RuntimeException ex) {
				// The service goes on: the first request compiles the plans instead,
				// within the cold-read timeout. But a warm-up that fails on a database
				// that is there is a read that will fail for users too, so it is said
				// where an operator looks, with its cause.
				logger.warn("%s failed; its reads are planned by their first request instead"
					.formatted(warmUp.getClass().getSimpleName()), ex);
			}
		}
	}

}
