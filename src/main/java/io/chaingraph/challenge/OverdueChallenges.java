package io.chaingraph.challenge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Closes OPEN challenges whose deadline has passed, as the system: once when the service
 * is ready (after the seed has loaded) and then every
 * {@code chaingraph.challenges.overdue-sweep-interval}. Each is closed in a transaction
 * of its own, under the challenge's lock, and recorded in its history with the actor
 * {@value #ACTOR} and a note naming the deadline. Moves check the same condition
 * themselves, so no move acts on an overdue challenge between two sweeps.
 */
@Component
public class OverdueChallenges implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

	/** The actor of the system's own workflow steps. */
	public static final String ACTOR = "system";

	private static final Log logger = LogFactory.getLog(OverdueChallenges.class);

	private final Driver driver;

	private final ChallengeWorkflow workflow;

	private final Duration interval;

	private @Nullable ScheduledExecutorService scheduler;

	OverdueChallenges(Driver driver, ChallengeWorkflow workflow,
			@Value("${chaingraph.challenges.overdue-sweep-interval:1h}") Duration interval) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException(
					"chaingraph.challenges.overdue-sweep-interval must be positive; got " + interval);
		}
		this.driver = driver;
		this.workflow = workflow;
		this.interval = interval;
	}

	/**
	 * Closes every challenge that is overdue now; returns the ids this call closed.
	 */
	public List<String> sweep() {
		List<String> candidates = this.driver
			.executableQuery("MATCH (c:Challenge {status: 'OPEN'}) WHERE c.deadline < $today RETURN c.id AS id")
			.withParameters(Map.of("today", ChallengeRules.today()))
			.execute()
			.records()
			.stream()
			.map((row) -> row.get("id").asString())
			.toList();
		List<String> closed = new ArrayList<>();
		for (String id : candidates) {
			if (this.workflow.closeIfOverdue(id)) {
				closed.add(id);
			}
		}
		if (!closed.isEmpty()) {
			logger.info("Closed %d overdue challenge(s): %s".formatted(closed.size(), closed));
		}
		return closed;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (this.scheduler == null) {
			this.scheduler = schedule(this::sweep, this.interval);
		}
	}

	/**
	 * Runs {@code sweep} now and then every {@code interval} on a daemon thread of its
	 * own. A failed run (the database away, say) is logged and stops neither the next run
	 * nor the service.
	 */
	static ScheduledExecutorService schedule(Runnable sweep, Duration interval) {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "overdue-challenges");
			thread.setDaemon(true);
			return thread;
		});
		scheduler.scheduleWithFixedDelay(() -> {
			try {
				sweep.run();
			}
			catch (RuntimeException ex) {
				logger.warn("Overdue challenges were not swept: " + ex.getMessage());
			}
		}, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
		return scheduler;
	}

	@Override
	public void destroy() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

}
