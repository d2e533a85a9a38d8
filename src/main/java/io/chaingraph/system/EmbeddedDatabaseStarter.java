package io.chaingraph.system;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Starts the embedded database as soon as the environment is known, so that Neo4j's start
 * overlaps with Spring's, and registers it as the {@code embeddedDatabase} bean.
 * Registered in {@code META-INF/spring.factories}; does nothing when {@code NEO4J_URI} is
 * set.
 */
class EmbeddedDatabaseStarter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddedDatabase";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		DatabaseProperties properties = Binder.get(context.getEnvironment())
			.bindOrCreate("chaingraph.database", DatabaseProperties.class);
		if (!properties.isEmbedded() || !(context instanceof GenericApplicationContext registry)) {
			return;
		}
		EmbeddedDatabase database = EmbeddedDatabase.start(properties.embedded());
		registry.registerBean(BEAN_NAME, EmbeddedDatabase.class, () -> database,
				(definition) -> definition.setDestroyMethodName("close"));
		// A context that fails before the bean is created must still release the store.
		context.addApplicationListener((event) -> {
			if (event instanceof ApplicationFailedEvent) {
				database.close();
			}
		});
	}

}
