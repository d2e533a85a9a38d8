package io.chaingraph.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failing warm-up is reported as a warning with its cause, and the others still run.
 */
@ExtendWith(OutputCaptureExtension.class)
class WarmUpsUnitTests {

	@Test
	void aFailingWarmUpIsAWarningAndTheNextStillRuns(CapturedOutput output) {
		List<String> ran = new ArrayList<>();
		WarmUp failing = () -> {
			throw new IllegalStateException("the ranking statement does not compile");
		};
		WarmUp next = () -> ran.add("next");
		new WarmUps(List.of(failing, next), true).run();
		assertThat(ran).containsExactly("next");
		assertThat(output.getOut() + output.getErr()).contains("WARN")
			.contains("failed; its reads are planned by their first request instead")
			.contains("the ranking statement does not compile");
	}

}
