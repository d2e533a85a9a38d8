package io.chaingraph.system.database;

import io.chaingraph.system.database.SeedStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.system.ApplicationHome;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;

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
		Environment environment = context.getEnvironment();
		Path seedArchive = environment.getProperty("chaingraph.seed.on-empty-start", Boolean.class, true)
				? seedArchive(properties.embedded()) : null;
		EmbeddedDatabase database = EmbeddedDatabase.start(properties.embedded(), seedArchive, () -> SeedStore
			.fingerprint(new PathMatchingResourcePatternResolver(context.getClassLoader()), environment));
		registry.registerBean(BEAN_NAME, EmbeddedDatabase.class, () -> database,
				(definition) -> definition.setDestroyMethodName("close"));
		// A context that fails before the bean is created must still release the store.
		context.addApplicationListener((event) -> {
			if (event instanceof ApplicationFailedEvent) {
				database.close();
			}
		});
	}

	// The archive the fast-start build writes beside the jar (target/app/, or /app in the
	// image), unless another is named.
	private static @Nullable Path seedArchive(DatabaseProperties.Embedded settings) {
		if (StringUtils.hasText(settings.seedStore())) {
			return Path.of(settings.seedStore());
		}
		File home = new ApplicationHome(EmbeddedDatabaseStarter.class).getDir();
		Path beside = home.toPath().resolve(SeedStore.FILE_NAME);
		return Files.isRegularFile(beside) ? beside : null;
	}

}
