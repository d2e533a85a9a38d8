package io.chaingraph.system;

import java.time.Duration;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.graph.GraphReads;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A read that runs past its timeout is stopped by the database itself, and its failure is
 * recognised as a timeout, which the API answers as a BAD_REQUEST rather than an internal
 * error.
 */
@ChainGraphTest
class ReadTimeoutsTests {

	@Autowired
	GraphReads reads;

	@Test
	void shouldStopReadAtItsTimeoutAndRecogniseIt() {
		long started = System.nanoTime();
		Throwable failure = catchThrowable(
				() -> this.reads.read("UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n",
						Map.of(), Duration.ofMillis(300)));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(failure).isNotNull();
		assertThat(ReadTimeouts.isTimeout(failure)).as("recognised as a timeout: %s", failure).isTrue();
		assertThat(took).isLessThan(Duration.ofSeconds(15));
		assertThat(this.reads.read("RETURN 1 AS one", Map.of()).get(0).get("one").asInt()).isEqualTo(1);
	}

}
