package io.chaingraph.system;

import io.chaingraph.system.error.StartupException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link StartupException} into the one-paragraph report Spring Boot prints when
 * start-up fails, so the operator reads the cause and the fix rather than a stack trace.
 */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupException cause) {
		return new FailureAnalysis(cause.getMessage(), "Fix what the description names, then start again.", cause);
	}

}
