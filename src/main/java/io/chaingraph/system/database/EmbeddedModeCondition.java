package io.chaingraph.system.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external database URI is configured, so the database runs in-process.
 */
class EmbeddedModeCondition implements Condition {

	static final String URI_PROPERTY = "chaingraph.database.uri";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
	}

}
