package io.chaingraph.challenge;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue sweep runs at once and then at its interval, a setting, without a test
 * waiting for the production hour; a failing run does not stop the next.
 */
class OverdueSweepScheduleTests {

	@Test
	void theSweepRunsAtStartAndThenAtItsInterval() throws Exception {
		CountDownLatch runs = new CountDownLatch(3);
		ScheduledExecutorService scheduler = OverdueChallenges.schedule(() -> {
			runs.countDown();
			if (runs.getCount() == 2) {
				throw new IllegalStateException("database away");
			}
		}, Duration.ofMillis(20));
		try {
			assertThat(runs.await(30, TimeUnit.SECONDS)).as("three runs").isTrue();
		}
		finally {
			scheduler.shutdownNow();
		}
	}

}
