package io.chaingraph.system.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.chaingraph.ChainGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Schema files are applied once each and recorded; editing an applied file stops the next
 * start with a message naming it.
 */
class SchemaMigrationsTests {

	@TempDir
	Path tmp;

	@Test
	void editedAppliedFileShouldStopStartNamingTheFile() throws IOException {
		Path schema = copySchemaFiles();
		String[] args = { "--server.port=0", "--chaingraph.database.uri=", "--chaingraph.database.embedded.bolt-port=0",
				"--chaingraph.database.embedded.store-dir=" + this.tmp.resolve("store"),
				"--chaingraph.schema.location=file:" + schema + "/" };

		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(ChainGraphApplication.class)
			.run(args)) {
			Driver driver = first.getBean(Driver.class);
			assertThat(driver.executableQuery("MATCH (m:SchemaMigration) RETURN m.file AS file ORDER BY m.version")
				.execute()
				.records()
				.stream()
				.map((row) -> row.get("file").asString()))
				.startsWith("V0001__constraints.cypher", "V0002__indexes.cypher", "V0003__fulltext.cypher")
				.doesNotHaveDuplicates()
				.isSorted();
			assertThat(driver.executableQuery("SHOW INDEXES YIELD name WHERE name = 'entity_text' RETURN count(*) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong()).isEqualTo(1);
		}

		Files.writeString(schema.resolve("V0002__indexes.cypher"),
				"CREATE INDEX sneaky IF NOT EXISTS FOR (n:City) ON (n.name);\n", StandardOpenOption.APPEND);
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ChainGraphApplication.class).run(args));

		assertThat(failure).isInstanceOf(SchemaMigrationException.class)
			.hasMessageContaining("V0002__indexes.cypher")
			.hasMessageContaining("edited after it was applied");
	}

	// Issue 16: a store made before ids were unique across the graph may hold one id
	// under two labels; the file that makes them unique stops the start naming it, and
	// applies once the store is mended, labelling the model's nodes and nothing else.
	@Test
	void aStoreHoldingOneIdUnderTwoLabelsStopsTheGlobalIdsFileNamingTheIdAndBothLabels() throws IOException {
		Path schema = copySchemaFiles();
		Path globalIds = schema.resolve("V0008__global_ids.cypher");
		String file = Files.readString(globalIds);
		Files.delete(globalIds);
		String[] args = { "--server.port=0", "--chaingraph.database.uri=", "--chaingraph.database.embedded.bolt-port=0",
				"--chaingraph.database.embedded.store-dir=" + this.tmp.resolve("store"),
				"--chaingraph.schema.location=file:" + schema + "/" };
		try (ConfigurableApplicationContext before = new SpringApplicationBuilder(ChainGraphApplication.class)
			.run(args)) {
			before.getBean(Driver.class).executableQuery("""
					CREATE (:Chain {id: 'mig_same', name: '链'}), (:Enterprise {id: 'mig_same', name: '企业'}),
					  (:University:Organization {id: 'mig_uni', name: '大学'}), (:ApiKey {id: 'mig_key', name: 'key'})
					""").execute();
		}

		Files.writeString(globalIds, file);
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ChainGraphApplication.class).run(args));

		assertThat(failure).isInstanceOf(SchemaMigrationException.class)
			.hasMessageContaining("V0008__global_ids.cypher")
			.hasMessageContaining("id 'mig_same' is held by both Chain and Enterprise")
			.hasMessageNotContaining("Exception");

		Files.delete(globalIds);
		try (ConfigurableApplicationContext mending = new SpringApplicationBuilder(ChainGraphApplication.class)
			.run(args)) {
			mending.getBean(Driver.class).executableQuery("MATCH (n:Enterprise {id: 'mig_same'}) DELETE n").execute();
		}
		Files.writeString(globalIds, file);
		try (ConfigurableApplicationContext after = new SpringApplicationBuilder(ChainGraphApplication.class)
			.run(args)) {
			Driver driver = after.getBean(Driver.class);
			assertThat(driver
				.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'mig_' AND n:Node RETURN n.id AS id ORDER BY id")
				.execute()
				.records()
				.stream()
				.map((row) -> row.get("id").asString())).containsExactly("mig_same", "mig_uni");
			assertThat(driver.executableQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'node_id' RETURN count(*) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong()).isEqualTo(1);
		}
	}

	private Path copySchemaFiles() throws IOException {
		Path schema = Files.createDirectories(this.tmp.resolve("schema"));
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:cypher/schema/V*__*.cypher")) {
			try (InputStream in = resource.getInputStream()) {
				Files.copy(in, schema.resolve(resource.getFilename()));
			}
		}
		return schema;
	}

}
