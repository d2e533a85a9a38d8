package io.chaingraph.system;

import java.lang.management.ManagementFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Logs, once the service answers, how long it took from JVM start and where to find it.
 */
@Component
class ReadinessLog implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(ReadinessLog.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		String base = (event.getApplicationContext() instanceof WebServerApplicationContext web)
				? "http://localhost:" + web.getWebServer().getPort() : "(no web server)";
		logger.info(
				"Chain Graph ready %.1f s after JVM start: GraphiQL %s/graphiql, GraphQL %s/graphql, schema %s/graphql/schema"
					.formatted(uptime / 1000.0, base, base, base));
	}

}
