package io.chaingraph.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.chaingraph.system.SchemaReadyEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The seed dataset in {@code src/main/resources/seed/}: loaded by itself into an empty
 * embedded database on its first start, and on demand (the {@code seed} command, the
 * {@code loadSeed} mutation) into any database.
 */
@Component
public class SeedLoader implements ApplicationListener<SchemaReadyEvent> {

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	static final String LOCATION = "classpath*:seed/**/*.csv";

	private final GraphImporter importer;

	private final ResourcePatternResolver resources;

	private final Driver driver;

	private final boolean onEmptyStart;

	SeedLoader(GraphImporter importer, ResourcePatternResolver resources, Driver driver,
			@Value("${chaingraph.seed.on-empty-start:true}") boolean onEmptyStart) {
		this.importer = importer;
		this.resources = resources;
		this.driver = driver;
		this.onEmptyStart = onEmptyStart;
	}

	@Override
	public void onApplicationEvent(SchemaReadyEvent event) {
		if (event.embedded() && this.onEmptyStart && isEmpty()) {
			logger.info("Empty database: loading the seed dataset");
			ImportJob job = load();
			if (job.status() != ImportJob.Status.DONE) {
				throw new IllegalStateException("The seed dataset did not load: " + job);
			}
		}
	}

	/**
	 * Imports the seed dataset; safe to repeat, since the import merges on ids.
	 */
	public ImportJob load() {
		return this.importer.run("seed", files());
	}

	List<ImportFile> files() {
		try {
			return ImportFile.ofResources(this.resources.getResources(LOCATION), "/seed/");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean isEmpty() {
		return this.driver.executableQuery("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) = 0 AS empty")
			.execute()
			.records()
			.get(0)
			.get("empty")
			.asBoolean();
	}

}
